#include "workspace.h"

#include "models/unittreemodel.h"
#include "records/recordsview.h"
#include "storage/changebus.h"
#include "storage/database.h"
#include "unitawarepage.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace imbang::ui {

Workspace::Workspace(Database &database, QWidget *parent)
    : QWidget(parent), m_database(database), m_unitModel(new UnitTreeModel(database.connection(), this)),
      m_unitTree(new QTreeView(this)), m_pages(new QTabWidget(this)),
      m_records(new RecordsView(database.connection(), this)), m_splitter(new QSplitter(this)) {
    m_unitTree->setModel(m_unitModel);
    m_unitTree->setUniformRowHeights(true);
    m_unitTree->setAlternatingRowColors(true);
    m_unitTree->header()->setStretchLastSection(false);
    m_unitTree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    m_unitTree->header()->setSectionResizeMode(UnitTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_unitTree->setAccessibleName(tr("Unit tree"));
    m_unitTree->setMinimumWidth(260);
    m_unitTree->setDragDropMode(QAbstractItemView::InternalMove);
    m_unitTree->setDefaultDropAction(Qt::MoveAction);

    m_pages->setDocumentMode(true);
    addPage(m_records, tr("Em&ployees"));

    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(m_unitTree);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({320, 1000});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_unitTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit unitSelected(selectedUnitId(), selectedRegion()); });
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, &Workspace::onDataChanged);
}

void Workspace::addPage(QWidget *page, const QString &title) {
    m_pages->addTab(page, title);
    if (auto *follower = dynamic_cast<UnitAwarePage *>(page)) { // RecordsView too
        connect(this, &Workspace::unitSelected, page,
                [follower](qint64 unitId, const QString &region) { follower->setUnit(unitId, region); });
        follower->setUnit(selectedUnitId(), selectedRegion());
    }
}

qint64 Workspace::selectedUnitId() const {
    return m_unitTree->currentIndex().data(UnitTreeModel::UnitIdRole).toLongLong();
}

QString Workspace::selectedRegion() const {
    return m_unitTree->currentIndex().data(UnitTreeModel::RegionRole).toString();
}

void Workspace::selectUnit(qint64 unitId) {
    const QModelIndex index = m_unitModel->indexOfUnit(unitId);
    if (!index.isValid())
        return;
    m_unitTree->scrollTo(index);
    m_unitTree->setCurrentIndex(index);
}

void Workspace::showEmployee(qint64 employeeId) {
    m_pages->setCurrentWidget(m_records);
    m_records->selectEmployee(employeeId);
}

void Workspace::onDataChanged(const QString &what) {
    const qint64 keep = selectedUnitId();
    if (what == QLatin1String("unit") || what == QLatin1String("*")) {
        m_unitModel->reload();
        if (keep)
            selectUnit(keep);
    } else {
        m_unitModel->reloadCounts();
    }
    m_records->refresh();
}

} // namespace imbang::ui
