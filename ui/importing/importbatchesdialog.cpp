#include "importbatchesdialog.h"

#include "importprompts.h"

#include "importing/importbatchrepository.h"
#include "storage/database.h"
#include "util/indonesianformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace imbang {

ImportBatchesDialog::ImportBatchesDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db) {
    setWindowTitle(tr("Import history"));
    m_table = new QTableWidget(0, 8, this);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Time"), tr("File"), tr("New"), tr("Updated"), tr("Rejected"),
                                        tr("By"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_undo = new QPushButton(tr("&Undo this import"), this);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportBatchesDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        m_undo->setEnabled(!rows.isEmpty() && m_table->item(rows.first().row(), 0)->data(Qt::UserRole + 1).toBool());
    });
    resize(900, 420);
    reload();
}

void ImportBatchesDialog::reload() {
    const QList<ImportBatch> batches = ImportBatchRepository(m_db.connection()).all();
    m_table->setRowCount(int(batches.size()));
    for (int i = 0; i < batches.size(); ++i) {
        const ImportBatch &b = batches.at(i);
        auto *id = new QTableWidgetItem(QString::number(b.id));
        id->setData(Qt::UserRole, b.id);
        id->setData(Qt::UserRole + 1, !b.isUndone());
        m_table->setItem(i, 0, id);
        m_table->setItem(i, 1, new QTableWidgetItem(b.importedAt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
        m_table->setItem(i, 2, new QTableWidgetItem(b.fileName));
        m_table->setItem(i, 3, new QTableWidgetItem(QString::number(b.inserted)));
        m_table->setItem(i, 4, new QTableWidgetItem(QString::number(b.updated)));
        m_table->setItem(i, 5, new QTableWidgetItem(QString::number(b.rejected)));
        m_table->setItem(i, 6, new QTableWidgetItem(b.actor));
        m_table->setItem(i, 7, new QTableWidgetItem(b.isUndone() ? tr("undone") : tr("in force")));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_undo->setEnabled(false);
    if (!batches.isEmpty())
        m_table->selectRow(0);
}

bool ImportBatchesDialog::undoSelected() {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const qint64 id = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    const QString file = m_table->item(rows.first().row(), 2)->text();
    if (!ImportPrompts::confirm(this, tr("Undo import"),
                                tr("Undo import %1 (%2)? Employees it added are removed and those it changed get "
                                   "their previous data back.")
                                    .arg(id)
                                    .arg(file)))
        return false;
    if (Status s = ImportBatchRepository(m_db.connection()).undo(id); !s) {
        ImportPrompts::warn(this, tr("The import was not undone"), s.error());
        return false;
    }
    reload();
    emit undone(id);
    return true;
}

} // namespace imbang
