#pragma once

#include "util/expected.h"

#include <QUndoCommand>

class QUndoStack;

namespace imbang::ui {

// A change the officer can undo. apply() makes the change, revert() takes it back; both go
// through core, so every step is validated and audited like any other change.
class RecordCommand : public QUndoCommand {
public:
    using QUndoCommand::QUndoCommand;
    virtual Status apply() = 0;
    virtual Status revert() = 0;

    void redo() final;
    void undo() final;

private:
    friend Status execute(RecordCommand *command);
    bool m_applied = false; // the first redo() of a pushed command was already done by execute()
};

// The one undo stack of the open database, behind a few free functions: every edit goes through
// execute(), the Edit menu's Undo/Redo act on stack(). Switching pages does not touch it; opening
// another database clears it (its commands refer to the old file).
QUndoStack *undoStack();
// Applies `command`; on success pushes it (taking ownership) so it can be undone, on failure
// deletes it and returns the reason.
Status execute(RecordCommand *command);
void clearUndo();

} // namespace imbang::ui
