#include "transferregisterwidget.h"

#include "modalhooks.h"
#include "access/exportlog.h"
#include "output/spreadsheetexport.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "storage/database.h"
#include "transferdetaildialog.h"
#include "transferproposaldialog.h"
#include "transferregistermodel.h"
#include "unitflowmodel.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace imbang {
namespace {
constexpr int allStatuses = -1;
constexpr int openStatuses = -2;

QTableView *makeTable(QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    return view;
}
} // namespace

TransferRegisterWidget::TransferRegisterWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new TransferRegisterModel(this))
    , m_flowModel(new UnitFlowModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QWidget(this);
    buildFilters(bar);
    layout->addWidget(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TransferRegisterModel::SortRole);
    m_tabs = new QTabWidget(this);
    m_view = makeTable(m_tabs);
    m_view->setObjectName(QStringLiteral("transfer_register_view"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(TransferRegisterModel::Number, Qt::DescendingOrder);
    m_tabs->addTab(m_view, tr("Transfers"));
    m_flowView = makeTable(m_tabs);
    m_flowView->setObjectName(QStringLiteral("transfer_flow_view"));
    auto *flowProxy = new QSortFilterProxyModel(this);
    flowProxy->setSourceModel(m_flowModel);
    m_flowView->setModel(flowProxy);
    m_flowView->horizontalHeader()->setStretchLastSection(false);
    m_flowView->horizontalHeader()->setSectionResizeMode(UnitFlowModel::Unit, QHeaderView::Stretch);
    m_tabs->addTab(m_flowView, tr("In and out per unit"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QHBoxLayout;
    auto *propose = new QPushButton(tr("New proposal…"), this);
    propose->setObjectName(QStringLiteral("new_proposal"));
    m_open = new QPushButton(tr("Open…"), this);
    m_open->setObjectName(QStringLiteral("open_transfer"));
    auto *exportButton = new QPushButton(tr("Export to xlsx…"), this);
    exportButton->setObjectName(QStringLiteral("export_xlsx"));
    m_count = new QLabel(this);
    buttons->addWidget(propose);
    buttons->addWidget(m_open);
    buttons->addWidget(exportButton);
    buttons->addStretch();
    buttons->addWidget(m_count);
    layout->addLayout(buttons);

    connect(propose, &QPushButton::clicked, this, &TransferRegisterWidget::newProposal);
    connect(m_open, &QPushButton::clicked, this, &TransferRegisterWidget::openSelected);
    connect(exportButton, &QPushButton::clicked, this, &TransferRegisterWidget::exportXlsx);
    connect(m_view, &QTableView::doubleClicked, this, &TransferRegisterWidget::openSelected);
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, [this](const QString &what) {
        if (what == QLatin1String("transfer") || what == QLatin1String("employee") ||
            what == QLatin1String("unit") || what == QLatin1String("*")) {
            const bool unitsChanged = what == QLatin1String("unit") || what == QLatin1String("*");
            if (m_unitsListed && unitsChanged)
                listUnits();
            refresh();
        }
    });
    // Widths for the usual content; the user can drag them, and refreshing keeps them.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<std::pair<int, int>> widths{
        {TransferRegisterModel::Number, 10}, {TransferRegisterModel::Status, 8},
        {TransferRegisterModel::Kind, 14},   {TransferRegisterModel::Nip, 13},
        {TransferRegisterModel::Name, 14},   {TransferRegisterModel::From, 22},
        {TransferRegisterModel::To, 22},     {TransferRegisterModel::Tmt, 7}};
    for (const auto &[column, ems] : widths)
        m_view->setColumnWidth(column, ems * em);
    m_flowView->setColumnWidth(UnitFlowModel::Code, 10 * em);
    for (int column = UnitFlowModel::In; column < UnitFlowModel::ColumnCount; ++column)
        m_flowView->setColumnWidth(column, 8 * em);
    refresh();
}

void TransferRegisterWidget::buildFilters(QWidget *bar) {
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Name, NIP or transfer number"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("status_filter"));
    m_status->addItem(tr("All statuses"), allStatuses);
    m_status->addItem(tr("Still open"), openStatuses);
    for (TransferStatus s : transfercodes::allStatuses())
        m_status->addItem(transfercodes::displayName(s), int(s));
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("kind_filter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (TransferKind k : transfercodes::allKinds())
        m_kind->addItem(transfercodes::displayName(k), int(k));
    m_unit = new QComboBox(bar);
    m_unit->setObjectName(QStringLiteral("unit_filter"));
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    m_unit->completer()->setFilterMode(Qt::MatchContains);
    m_unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unit->addItem(tr("All units"), qint64(0));
    m_unit->setMinimumContentsLength(24);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fromOn = new QCheckBox(tr("TMT from"), bar);
    m_from = new QDateEdit(QDate(Clock::today().year(), 1, 1), bar);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_toOn = new QCheckBox(tr("to"), bar);
    m_to = new QDateEdit(QDate(Clock::today().year(), 12, 31), bar);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    row->addWidget(m_search, 2);
    row->addWidget(m_status);
    row->addWidget(m_kind);
    row->addWidget(m_unit, 2);
    row->addWidget(m_fromOn);
    row->addWidget(m_from);
    row->addWidget(m_toOn);
    row->addWidget(m_to);

    // Typing in the search waits for a pause; the other filters apply at once.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &TransferRegisterWidget::refresh);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_status, m_kind, m_unit})
        connect(combo, &QComboBox::currentIndexChanged, this, &TransferRegisterWidget::refresh);
    for (QCheckBox *box : {m_fromOn, m_toOn})
        connect(box, &QCheckBox::toggled, this, &TransferRegisterWidget::refresh);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &TransferRegisterWidget::refresh);
}

void TransferRegisterWidget::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_unitsListed)
        listUnits();
}

// Fills the unit filter, keeping the chosen unit when it still exists.
void TransferRegisterWidget::listUnits() {
    const QSignalBlocker blocker(m_unit);
    const qint64 chosen = m_unit->currentData().toLongLong();
    m_unit->clear();
    m_unit->addItem(tr("All units"), qint64(0));
    for (const UnitSummary &u : UnitRepository(m_database.connection()).summaries())
        m_unit->addItem(QStringLiteral("%1 %2").arg(u.code, u.name), u.id);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(chosen)));
    m_unitsListed = true;
}

TransferFilter TransferRegisterWidget::filter() const {
    TransferFilter f;
    const int status = m_status->currentData().toInt();
    if (status == openStatuses) {
        for (TransferStatus s : transfercodes::allStatuses())
            if (transfercodes::isOpen(s))
                f.statuses << s;
    } else if (status >= 0) {
        f.statuses << TransferStatus(status);
    }
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.kind = TransferKind(kind);
    f.unitId = m_unit->currentData().toLongLong();
    if (m_fromOn->isChecked())
        f.from = m_from->date();
    if (m_toOn->isChecked())
        f.to = m_to->date();
    f.search = m_search->text();
    return f;
}

void TransferRegisterWidget::refresh() {
    const TransferFilter f = filter();
    const TransferRegister reg(m_database.connection());
    m_model->setRows(reg.rows(f));
    m_flowModel->setFlows(reg.flows(f.from, f.to, f.unitId));
    m_count->setText(tr("%n transfer(s)", "", m_model->rowCount()));
    m_open->setEnabled(m_model->rowCount() > 0);
}

void TransferRegisterWidget::newProposal() {
    TransferProposalDialog dialog(m_database, this);
    if (modal::run(dialog) == QDialog::Accepted)
        refresh();
}

void TransferRegisterWidget::openTransfer(qint64 transferId) {
    TransferDetailDialog dialog(m_database, transferId, this);
    modal::run(dialog);
    refresh();
}

void TransferRegisterWidget::openSelected() {
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex index = current.isValid() ? current : m_proxy->index(0, 0);
    if (!index.isValid())
        return;
    openTransfer(m_proxy->data(index, TransferRegisterModel::TransferIdRole).toLongLong());
}

void TransferRegisterWidget::exportXlsx() {
    const bool flows = m_tabs->currentWidget() == m_flowView;
    const QString path = modal::saveFileName(this, tr("Export to xlsx"),
                                             flows ? tr("transfer-flows.xlsx") : tr("transfer-register.xlsx"),
                                             tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const TransferFilter f = filter();
    const TransferRegister reg(m_database.connection());
    // The rows as filtered, in the order the table shows them.
    QList<TransferRow> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_model->rows().at(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    const TextTable table = flows ? TransferRegister::flowTable(reg.flows(f.from, f.to, f.unitId))
                                  : TransferRegister::table(rows);
    if (Status s = spreadsheetexport::writeXlsx(table, path, flows ? tr("Transfer flows") : tr("Transfer register"));
        !s) {
        modal::inform(this, QMessageBox::Warning, tr("Export to xlsx"), s.error());
        return;
    }
    Q_UNUSED(exportlog::record(m_database.connection(), flows ? QStringLiteral("transfer-flows") : QStringLiteral("transfer-register"), path,
                               int(table.rows.size())))
    modal::inform(
        this, QMessageBox::Information, tr("Export to xlsx"),
        tr("%n row(s) written to %1.", "", int(table.rows.size())).arg(QDir::toNativeSeparators(path)));
}

} // namespace imbang
