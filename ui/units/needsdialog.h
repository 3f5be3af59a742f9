#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QTableWidget;
class QPushButton;

namespace imbang::ui {

class RecordCombo;

// The staffing needs (kebutuhan) of one unit, per position, beside the people in post and the gap.
// A need typed here is a "direct" need (e.g. from an approved formasi); each change can be undone.
class NeedsDialog : public QDialog {
    Q_OBJECT
public:
    NeedsDialog(QSqlDatabase db, qint64 unitId, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // Sets a need for a position (adds the row if needed) the way the officer would.
    void setNeed(qint64 positionId, double need);

private:
    void reload();
    void commitRow(int row);

    QSqlDatabase m_db;
    qint64 m_unitId;
    QTableWidget *m_table;
    RecordCombo *m_newPosition;
    bool m_loading = false;
};

} // namespace imbang::ui
