#include "undofacade.h"

#include "util/dialoghooks.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace imbang::ui {

QUndoStack *undoStack() {
    static QUndoStack *stack = [] {
        auto *s = new QUndoStack(QCoreApplication::instance());
        s->setUndoLimit(200);
        return s;
    }();
    return stack;
}

void RecordCommand::redo() {
    if (!m_applied) {
        m_applied = true; // execute() applied it just before pushing
        return;
    }
    if (Status s = apply(); !s) {
        setObsolete(true);
        dialogs::warning(nullptr, QCoreApplication::translate("Undo", "Cannot redo"), s.error());
    }
}

void RecordCommand::undo() {
    if (Status s = revert(); !s) {
        setObsolete(true);
        dialogs::warning(nullptr, QCoreApplication::translate("Undo", "Cannot undo"), s.error());
    }
}

Status execute(RecordCommand *command) {
    Status s = command->apply();
    if (!s) {
        delete command;
        return s;
    }
    undoStack()->push(command); // its redo() sees m_applied == false and only marks it applied
    return {};
}

void clearUndo() { undoStack()->clear(); }

} // namespace imbang::ui
