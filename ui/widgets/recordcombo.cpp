#include "recordcombo.h"

#include <QCompleter>
#include <QLineEdit>

namespace imbang::ui {

RecordCombo::RecordCombo(QWidget *parent) : QComboBox(parent) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setMinimumContentsLength(30);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
}

void RecordCombo::addRecord(const QString &text, qint64 id) { addItem(text, id); }

qint64 RecordCombo::currentId() const {
    // The text must name an entry exactly: a half-typed name is no choice.
    const int index = findText(currentText(), Qt::MatchFixedString);
    return index >= 0 ? itemData(index).toLongLong() : 0;
}

void RecordCombo::setCurrentId(qint64 id) {
    const int index = findData(id);
    setCurrentIndex(index);
    if (index < 0)
        lineEdit()->clear();
}

} // namespace imbang::ui
