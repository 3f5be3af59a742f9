#pragma once

#include <QComboBox>

namespace imbang::ui {

// A combo box over many records (5,000 units, hundreds of positions) that the officer can type
// into: any part of the name or code finds the entry.
class RecordCombo : public QComboBox {
    Q_OBJECT
public:
    explicit RecordCombo(QWidget *parent = nullptr);

    void addRecord(const QString &text, qint64 id);
    qint64 currentId() const;  // 0 when nothing (valid) is chosen
    void setCurrentId(qint64 id);
};

} // namespace imbang::ui
