#include "audittrailwidget.h"

#include "audit/audittrail.h"
#include "audittrailmodel.h"
#include "access/exportlog.h"
#include "output/spreadsheetexport.h"
#include "storage/changebus.h"
#include "storage/database.h"
#include "transfers/modalhooks.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace imbang {
namespace {

QString pretty(const QJsonObject &o) {
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QDateEdit *dateEdit(const QDate &date, QWidget *parent) {
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    return edit;
}

} // namespace

AuditTrailWidget::AuditTrailWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new AuditTrailModel(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entity_filter"));
    m_entity->addItem(tr("All records"), QString());
    m_entity->addItem(tr("Employees"), QStringLiteral("employee"));
    m_entity->addItem(tr("Units"), QStringLiteral("unit"));
    m_entity->addItem(tr("Positions"), QStringLiteral("position"));
    m_entity->addItem(tr("Transfers"), QStringLiteral("transfer"));
    m_actor = new QLineEdit(this);
    m_actor->setObjectName(QStringLiteral("actor_filter"));
    m_actor->setPlaceholderText(tr("Who (exact name)"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Words in the description"));
    m_search->setClearButtonEnabled(true);
    m_fromOn = new QCheckBox(tr("From"), this);
    m_from = dateEdit(Clock::today().addMonths(-1), this);
    m_toOn = new QCheckBox(tr("to"), this);
    m_to = dateEdit(Clock::today(), this);
    filters->addWidget(m_entity);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_search, 2);
    filters->addWidget(m_fromOn);
    filters->addWidget(m_from);
    filters->addWidget(m_toOn);
    filters->addWidget(m_to);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("audit_view"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *details = new QWidget(split);
    auto *detailLayout = new QHBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *beforeBox = new QGroupBox(tr("Before"), details);
    auto *afterBox = new QGroupBox(tr("After"), details);
    m_before = new QPlainTextEdit(beforeBox);
    m_after = new QPlainTextEdit(afterBox);
    for (QPlainTextEdit *edit : {m_before, m_after}) {
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    (new QVBoxLayout(beforeBox))->addWidget(m_before);
    (new QVBoxLayout(afterBox))->addWidget(m_after);
    detailLayout->addWidget(beforeBox);
    detailLayout->addWidget(afterBox);
    split->addWidget(m_view);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    auto *verifyButton = new QPushButton(tr("Check the chain"), this);
    verifyButton->setObjectName(QStringLiteral("verify"));
    auto *exportButton = new QPushButton(tr("Export to xlsx…"), this);
    exportButton->setObjectName(QStringLiteral("export_xlsx"));
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("verification"));
    m_verification->setWordWrap(true);
    m_count = new QLabel(this);
    buttons->addWidget(verifyButton);
    buttons->addWidget(m_verification, 1);
    buttons->addWidget(m_count);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);

    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &AuditTrailWidget::refresh);
    for (QLineEdit *edit : {m_actor, m_search})
        connect(edit, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditTrailWidget::refresh);
    for (QCheckBox *box : {m_fromOn, m_toOn})
        connect(box, &QCheckBox::toggled, this, &AuditTrailWidget::refresh);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditTrailWidget::refresh);
    connect(verifyButton, &QPushButton::clicked, this, &AuditTrailWidget::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditTrailWidget::exportXlsx);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditTrailWidget::showSelected);
    // Everything that changes data writes the trail, so any change may add entries.
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, &AuditTrailWidget::refresh);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(AuditTrailModel::Id, 4 * em);
    m_view->setColumnWidth(AuditTrailModel::At, 13 * em);
    m_view->setColumnWidth(AuditTrailModel::Actor, 11 * em);
    m_view->setColumnWidth(AuditTrailModel::Action, 13 * em);
    m_view->setColumnWidth(AuditTrailModel::Entity, 6 * em);
    m_view->setWordWrap(false);
    refresh();
}

AuditFilter AuditTrailWidget::filter() const {
    AuditFilter f;
    f.entity = m_entity->currentData().toString();
    f.actor = m_actor->text().trimmed();
    f.text = m_search->text();
    // The day boxes are local days: from the start of the first to the end of the last.
    if (m_fromOn->isChecked())
        f.from = m_from->date().startOfDay();
    if (m_toOn->isChecked())
        f.to = m_to->date().endOfDay();
    return f;
}

void AuditTrailWidget::refresh() {
    AuditFilter f = filter();
    f.limit = shownLimit;
    m_model->setEntries(AuditTrail(m_database.connection()).entries(f));
    m_count->setText(m_model->rowCount() == shownLimit ? tr("the newest %n entries", "", shownLimit)
                                                       : tr("%n entries", "", m_model->rowCount()));
    showSelected();
}

void AuditTrailWidget::showSelected() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_before->clear();
        m_after->clear();
        return;
    }
    const AuditEntry &e = m_model->entries().at(current.row());
    m_before->setPlainText(pretty(e.record.before));
    m_after->setPlainText(pretty(e.record.after));
}

QString AuditTrailWidget::verificationText() const {
    return m_verification->text();
}

void AuditTrailWidget::verify() {
    const AuditVerification v = AuditTrail(m_database.connection()).verify();
    m_verification->setText(v.message);
    m_verification->setStyleSheet(v.intact ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                           : QStringLiteral("color: #b71c1c; font-weight: bold;"));
    if (!v.intact)
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->entries().at(r).id == v.firstBrokenId)
                m_view->selectRow(r);
}

void AuditTrailWidget::exportXlsx() {
    const QString path = modal::saveFileName(this, tr("Export to xlsx"), tr("audit-trail.xlsx"),
                                             tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    TextTable table;
    table.keys = {QStringLiteral("id"),     QStringLiteral("at"),     QStringLiteral("actor"),
                  QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("summary"),
                  QStringLiteral("before"), QStringLiteral("after")};
    table.headers = {tr("No."),    tr("Time"), tr("Who"),    tr("Action"),
                     tr("Record"), tr("What"), tr("Before"), tr("After")};
    const auto compact = [](const QJsonObject &o) {
        return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    // Every entry the filter matches, not only those shown.
    for (const AuditEntry &e : AuditTrail(m_database.connection()).entries(filter()))
        table.rows << QStringList{QString::number(e.id),
                                  e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                  e.actor,
                                  e.record.action,
                                  e.record.entity,
                                  e.record.summary,
                                  compact(e.record.before),
                                  compact(e.record.after)};
    if (Status s = spreadsheetexport::writeXlsx(table, path, tr("Audit trail")); !s) {
        modal::inform(this, QMessageBox::Warning, tr("Export to xlsx"), s.error());
        return;
    }
    Q_UNUSED(exportlog::record(m_database.connection(), QStringLiteral("audit-trail"), path, int(table.rows.size())))
    modal::inform(
        this, QMessageBox::Information, tr("Export to xlsx"),
        tr("%n entries written to %1.", "", int(table.rows.size())).arg(QDir::toNativeSeparators(path)));
}

} // namespace imbang
