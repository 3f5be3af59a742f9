#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace imbang {

class Database;

// The imports done so far, newest first, with "Undo this import" for the selected one.
class ImportBatchesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportBatchesDialog(Database &db, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void reload();
    // Asks (ImportPrompts::confirm), then undoes the selected import; false when refused or failed.
    bool undoSelected();

signals:
    void undone(qint64 batchId);

private:
    Database &m_db;
    QTableWidget *m_table;
    QPushButton *m_undo;
};

} // namespace imbang
