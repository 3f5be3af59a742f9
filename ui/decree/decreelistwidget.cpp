#include "decreelistwidget.h"

#include "access/session.h"
#include "decree/decreebuilder.h"
#include "decree/decreedialog.h"
#include "decree/decreeissuer.h"
#include "decree/decreelistmodel.h"
#include "decree/decreeregister.h"
#include "decree/decreerenderer.h"
#include "decree/decreerepository.h"
#include "storage/changebus.h"
#include "storage/database.h"
#include "util/dialoghooks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace imbang::ui {
namespace {

// Shows drafts, final decrees or both, and the rows whose text contains the search words.
class DecreeFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int show = 0; // 0 all, 1 drafts, 2 final

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override {
        const bool final = sourceModel()->index(row, 0, parent).data(DecreeListModel::FinalRole).toBool();
        if ((show == 1 && final) || (show == 2 && !final))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

} // namespace

DecreeListWidget::DecreeListWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new DecreeListModel(database.connection(), this))
    , m_proxy(new DecreeFilter(this))
    , m_view(new QTableView(this))
    , m_show(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_preview(new QPushButton(tr("Print pre&view…"), this))
    , m_pdf(new QPushButton(tr("Save &PDF…"), this))
    , m_odt(new QPushButton(tr("Save &ODT…"), this))
    , m_finalise(new QPushButton(tr("&Finalise…"), this)) {
    m_show->addItem(tr("Drafts and final decrees"));
    m_show->addItem(tr("Drafts only"));
    m_show->addItem(tr("Final decrees only"));
    m_search->setPlaceholderText(tr("Search number, subject, proposal or transfer"));
    m_search->setClearButtonEnabled(true);
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    auto *filters = new QHBoxLayout;
    filters->addWidget(showLabel);
    filters->addWidget(m_show);
    filters->addWidget(m_search, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::EditRole);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Decrees"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(DecreeListModel::SubjectColumn, QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_open, m_preview, m_pdf, m_odt, m_finalise})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this](int index) {
        static_cast<DecreeFilter *>(m_proxy)->show = index;
        m_proxy->invalidate();
        updateButtons();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateButtons();
    });
    connect(m_view, &QAbstractItemView::activated, this, &DecreeListWidget::open);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DecreeListWidget::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &DecreeListWidget::open);
    connect(m_preview, &QPushButton::clicked, this, &DecreeListWidget::preview);
    connect(m_pdf, &QPushButton::clicked, this, &DecreeListWidget::savePdf);
    connect(m_odt, &QPushButton::clicked, this, &DecreeListWidget::saveOdt);
    connect(m_finalise, &QPushButton::clicked, this, &DecreeListWidget::finalise);
    auto *previewShortcut = new QShortcut(QKeySequence::Print, this);
    previewShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previewShortcut, &QShortcut::activated, this, &DecreeListWidget::preview);
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, [this](const QString &what) {
        if (what == QLatin1String("decree") || what == QLatin1String("transfer") || what == QLatin1String("*"))
            reload();
    });
    reload();
}

void DecreeListWidget::reload() {
    const std::optional<DecreeEntry> was = current();
    m_model->reload();
    int drafts = 0;
    int finals = 0;
    int keep = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const DecreeEntry &e = m_model->entry(row);
        (e.final ? finals : drafts) += 1;
        if (was && e.final == was->final && e.decreeId == was->decreeId && e.batchId == was->batchId &&
            e.transferId == was->transferId)
            keep = row;
    }
    m_summary->setText(tr("Drafts: %1 · Final decrees: %2").arg(drafts).arg(finals));
    if (!selectRow(keep) && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
}

bool DecreeListWidget::selectRow(int modelRow) {
    if (modelRow < 0 || modelRow >= m_model->rowCount())
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(modelRow, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

std::optional<DecreeEntry> DecreeListWidget::current() const {
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->entry(index.row());
}

void DecreeListWidget::updateButtons() {
    const std::optional<DecreeEntry> e = current();
    for (QPushButton *b : {m_open, m_preview, m_pdf, m_odt})
        b->setEnabled(e.has_value());
    const bool mayFinalise = !m_database.isReadOnly() && access::can(m_database.connection(), Permission::FinaliseDecree);
    m_finalise->setEnabled(e && !e->final && mayFinalise);
    m_finalise->setToolTip(mayFinalise ? QString() : tr("Your role may not issue decrees."));
}

std::optional<DecreeListWidget::Loaded> DecreeListWidget::load(const DecreeEntry &entry) {
    const QSqlDatabase db = m_database.connection();
    if (entry.final) {
        const std::optional<StoredDecree> stored = DecreeRepository(db).byId(entry.decreeId);
        if (!stored) {
            dialogs::warning(this, tr("Decrees"), tr("Decree %1 can no longer be read.").arg(entry.number));
            return std::nullopt;
        }
        return Loaded{stored->data, stored->layout, stored->id};
    }
    const Expected<DecreeData> draft =
        entry.batchId ? DecreeBuilder(db).forBatch(entry.batchId) : DecreeBuilder(db).forTransfer(entry.transferId);
    if (!draft) {
        dialogs::warning(this, tr("Decrees"), draft.error());
        return std::nullopt;
    }
    return Loaded{*draft, DecreeBuilder::layoutFromSettings(db), 0};
}

void DecreeListWidget::open() {
    const std::optional<DecreeEntry> e = current();
    if (!e)
        return;
    if (std::optional<Loaded> d = load(*e)) {
        DecreeDialog dialog(m_database, d->data, d->layout, d->storedId, this);
        dialogs::exec(dialog);
        reload();
    }
}

void DecreeListWidget::preview() {
    const std::optional<DecreeEntry> e = current();
    if (!e)
        return;
    if (std::optional<Loaded> d = load(*e))
        DecreeDialog::showPreview(DecreeRenderer(d->data, d->layout), this);
}

void DecreeListWidget::savePdf() {
    const std::optional<DecreeEntry> e = current();
    if (!e)
        return;
    if (std::optional<Loaded> d = load(*e))
        DecreeDialog::askAndSavePdf(DecreeRenderer(d->data, d->layout), d->data, this);
}

void DecreeListWidget::saveOdt() {
    const std::optional<DecreeEntry> e = current();
    if (!e)
        return;
    if (std::optional<Loaded> d = load(*e))
        DecreeDialog::askAndSaveOdt(DecreeRenderer(d->data, d->layout), d->data, this);
}

void DecreeListWidget::finalise() {
    const std::optional<DecreeEntry> e = current();
    if (!e || e->final)
        return;
    std::optional<Loaded> d = load(*e);
    if (!d)
        return;
    if (dialogs::question(this, tr("Finalise decree"),
                          tr("Finalise the decree for %n person(s) dated %1? It gets the next number, the transfers "
                             "become \"SK terbit\", and the decree can no longer be changed.",
                             "", int(d->data.people.size()))
                              .arg(d->data.date.toString(QStringLiteral("dd-MM-yyyy"))),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Expected<StoredDecree> stored = DecreeIssuer::finalise(m_database.connection(), d->data, d->layout);
    if (!stored) {
        dialogs::warning(this, tr("Finalise decree"), stored.error());
        return;
    }
    m_model->reload();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->entry(row).final && m_model->entry(row).decreeId == stored->id)
            selectRow(row);
    reload();
    dialogs::information(this, tr("Finalise decree"), tr("Decree %1 is final.").arg(stored->number));
}

} // namespace imbang::ui
