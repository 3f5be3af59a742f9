#include "unittreemodel.h"

#include "util/indonesianformat.h"

#include <QFont>
#include <QMimeData>

#include <algorithm>

namespace imbang::ui {

struct UnitTreeModel::Node {
    bool everything = false; // the "all units" node at the top
    qint64 unitId = 0;       // 0 for a region node and the "all units" node
    QString region;
    Node *parent = nullptr;
    std::vector<Node *> children;
    int row = 0;
    int total = 0; // active employees here and below
};

UnitTreeModel::UnitTreeModel(QSqlDatabase db, QObject *parent) : QAbstractItemModel(parent), m_db(std::move(db)) {
    reload();
}

UnitTreeModel::~UnitTreeModel() = default;

void UnitTreeModel::reload() {
    beginResetModel();
    build();
    endResetModel();
}

void UnitTreeModel::build() {
    m_nodes.clear();
    m_roots.clear();
    m_byUnit.clear();
    m_units.clear();
    UnitRepository repo(m_db);
    const QList<UnitSummary> units = repo.summaries();
    for (const UnitSummary &u : units)
        m_units.insert(u.id, u);

    QHash<QString, Node *> regions;
    const auto makeNode = [this]() {
        m_nodes.push_back(std::make_unique<Node>());
        return m_nodes.back().get();
    };
    for (const UnitSummary &u : units) {
        Node *n = makeNode();
        n->unitId = u.id;
        n->region = u.region;
        m_byUnit.insert(u.id, n);
    }
    for (const UnitSummary &u : units) {
        Node *n = m_byUnit.value(u.id);
        Node *parentNode = u.parentId ? m_byUnit.value(u.parentId) : nullptr;
        if (!parentNode) {
            Node *&regionNode = regions[u.region];
            if (!regionNode) {
                regionNode = makeNode();
                regionNode->region = u.region;
                m_roots.push_back(regionNode);
            }
            parentNode = regionNode;
        }
        n->parent = parentNode;
        parentNode->children.push_back(n);
    }
    std::sort(m_roots.begin(), m_roots.end(), [](Node *a, Node *b) { return a->region < b->region; });
    // "All units" first: a view that selects the first row by itself (on focus) then shows everything.
    Node *everything = makeNode();
    everything->everything = true;
    m_roots.insert(m_roots.begin(), everything);
    for (std::size_t i = 0; i < m_roots.size(); ++i)
        m_roots[i]->row = int(i);
    for (auto &owned : m_nodes) {
        Node *n = owned.get();
        for (std::size_t i = 0; i < n->children.size(); ++i)
            n->children[i]->row = int(i);
    }
    m_directCounts = repo.activeEmployeeCounts();
    sumAll();
}

void UnitTreeModel::sumAll() {
    m_totalActive = 0;
    for (Node *root : m_roots)
        m_totalActive += sumCounts(root);
    m_roots.front()->total = m_totalActive;
}

int UnitTreeModel::sumCounts(Node *node) {
    if (node->everything) {
        node->total = 0; // set once the regions are summed
        return 0;
    }
    node->total = node->unitId ? m_directCounts.value(node->unitId) : 0;
    for (Node *child : node->children)
        node->total += sumCounts(child);
    return node->total;
}

void UnitTreeModel::reloadCounts() {
    m_directCounts = UnitRepository(m_db).activeEmployeeCounts();
    sumAll();
    // Counts of every row may change; the tree shape does not.
    for (auto &owned : m_nodes) {
        const QModelIndex idx = indexOfNode(owned.get(), CountColumn);
        emit dataChanged(idx, idx, {Qt::DisplayRole});
    }
}

UnitTreeModel::Node *UnitTreeModel::nodeOf(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex UnitTreeModel::indexOfNode(const Node *node, int column) const {
    if (!node)
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_roots.size()))
            return {};
        return createIndex(row, column, m_roots[std::size_t(row)]);
    }
    if (parent.column() != 0)
        return {};
    const Node *p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[std::size_t(row)]);
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const {
    const Node *n = nodeOf(child);
    if (!n || !n->parent)
        return {};
    return indexOfNode(n->parent);
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int UnitTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const {
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    const UnitSummary *u = n->unitId ? unit(n->unitId) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return indonesian::number(n->total);
        if (n->everything)
            return tr("All units");
        if (!u)
            return n->region.isEmpty() ? tr("(no region)") : n->region;
        return u->name;
    case Qt::ToolTipRole:
        if (n->everything)
            return tr("Every unit: %n active employee(s)", "", n->total);
        if (!u)
            return tr("%1: %n active employee(s)", "", n->total).arg(n->region);
        return tr("%1\nCode %2 · %3\n%n active employee(s) including sub-units", "", n->total)
            .arg(u->name, u->code, codes::displayName(u->kind));
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (!u || (u && !u->isOpen())) {
            QFont font;
            font.setBold(!u);
            font.setItalic(u && !u->isOpen());
            return font;
        }
        return {};
    case UnitIdRole:
        return n->unitId;
    case RegionRole:
        return n->region;
    case IsRegionRole:
        return n->unitId == 0 && !n->everything;
    default:
        return {};
    }
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Unit") : tr("Employees");
}

QModelIndex UnitTreeModel::indexOfUnit(qint64 unitId) const { return indexOfNode(m_byUnit.value(unitId)); }

QModelIndex UnitTreeModel::indexOfRegion(const QString &region) const {
    for (const Node *root : m_roots)
        if (!root->everything && root->region == region)
            return indexOfNode(root);
    return {};
}

const UnitSummary *UnitTreeModel::unit(qint64 unitId) const {
    auto it = m_units.constFind(unitId);
    return it == m_units.cend() ? nullptr : &*it;
}

} // namespace imbang::ui

namespace imbang::ui {
namespace {
const QString unitMime = QStringLiteral("application/x-imbang-unit-id");
}

Qt::ItemFlags UnitTreeModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const Node *n = nodeOf(index);
    if (!n)
        return f;
    if (n->unitId)
        f |= Qt::ItemIsDragEnabled;
    if (!n->everything)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList UnitTreeModel::mimeTypes() const { return {unitMime}; }

QMimeData *UnitTreeModel::mimeData(const QModelIndexList &indexes) const {
    for (const QModelIndex &index : indexes) {
        const Node *n = nodeOf(index);
        if (n && n->unitId) {
            auto *data = new QMimeData;
            data->setData(unitMime, QByteArray::number(n->unitId));
            return data;
        }
    }
    return nullptr;
}

bool UnitTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const {
    const Node *target = nodeOf(parent);
    if (action != Qt::MoveAction || !data || !data->hasFormat(unitMime) || !target || target->everything)
        return false;
    const qint64 moving = data->data(unitMime).toLongLong();
    // Not onto itself or below itself.
    for (const Node *n = target; n; n = n->parent)
        if (n->unitId == moving)
            return false;
    return true;
}

bool UnitTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit unitDropped(data->data(unitMime).toLongLong(), nodeOf(parent)->unitId);
    return false; // the tree reloads from the database after the move
}

} // namespace imbang::ui
