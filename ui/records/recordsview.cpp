#include "recordsview.h"

#include "models/employeetablemodel.h"
#include "records/employeedetailpanel.h"
#include "records/employeefilterbar.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace imbang::ui {

RecordsView::RecordsView(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_db(db), m_filterBar(new EmployeeFilterBar(db, this)), m_model(new EmployeeTableModel(db, this)),
      m_table(new QTableView(this)), m_detail(new EmployeeDetailPanel(db, this)), m_splitter(new QSplitter(this)) {
    // Row height before the model: set afterwards it resizes 100,000 sections one signal at a time.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The indicator first: enabling sorting sorts by it at once, and the header's own default
    // (first column, descending) would sort 100,000 rows by NIP for nothing.
    m_table->horizontalHeader()->setSortIndicator(EmployeeTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setAccessibleName(tr("Employee list"));
    // Fixed widths: measuring 100,000 rows to size columns would defeat lazy loading.
    const int charWidth = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[EmployeeTableModel::ColumnCount] = {24, 30, 7, 30, 34, 10, 11, 11};
    for (int c = 0; c < EmployeeTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c] * charWidth);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(300);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 400});
    m_splitter->setObjectName(QStringLiteral("recordsSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    connect(m_filterBar, &EmployeeFilterBar::filterChanged, this, [this](const EmployeeFilter &filter) {
        const qint64 keep = currentEmployeeId();
        m_model->setFilter(filter);
        emit listedCountChanged(m_model->rowCount());
        if (keep)
            selectEmployee(keep);
        showCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordsView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordsView::showCurrent,
                Qt::UniqueConnection);
    });
}

void RecordsView::setUnit(qint64 unitId, const QString &region) { m_filterBar->setUnit(unitId, region); }

void RecordsView::focusSearch() {
    m_filterBar->searchEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchEdit()->selectAll();
}

qint64 RecordsView::currentEmployeeId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->employeeIdAt(current.row()) : 0;
}

void RecordsView::selectEmployee(qint64 id) {
    const int row = m_model->rowOfEmployee(id);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, EmployeeTableModel::NameColumn));
    m_table->scrollTo(m_table->currentIndex());
}

void RecordsView::refresh() {
    const qint64 keep = currentEmployeeId();
    m_filterBar->reloadChoices();
    m_model->refresh();
    if (keep)
        selectEmployee(keep);
    emit listedCountChanged(m_model->rowCount());
    showCurrent();
}

void RecordsView::showCurrent() {
    const QModelIndex current = m_table->currentIndex();
    m_detail->showEmployee(current.isValid() ? m_model->employeeAt(current.row()) : std::nullopt);
    emit currentEmployeeChanged(currentEmployeeId());
}

} // namespace imbang::ui
