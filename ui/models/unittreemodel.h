#pragma once

#include "records/unitrepository.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <vector>

namespace imbang::ui {

// The units as a tree: "all units" and the kabupaten/kota at the top, then agencies (OPD), then their sub-units
// (schools, puskesmas, divisions). The second column counts active employees including sub-units.
class UnitTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Roles { UnitIdRole = Qt::UserRole + 1, RegionRole, IsRegionRole };
    enum Columns { NameColumn, CountColumn, ColumnCount };

    explicit UnitTreeModel(QSqlDatabase db, QObject *parent = nullptr);
    ~UnitTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Drag a unit onto another unit (or a region, for a top-level agency) to move it there.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexOfUnit(qint64 unitId) const;
    QModelIndex indexOfRegion(const QString &region) const;
    const UnitSummary *unit(qint64 unitId) const;
    int totalActive() const { return m_totalActive; }

signals:
    // The model does not move anything itself: the move is an undoable command (UnitActions).
    void unitDropped(qint64 unitId, qint64 newParentId);

public slots:
    void reload();       // units and counts
    void reloadCounts(); // counts only, keeps the tree (after an edit or import)

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    void build();
    int sumCounts(Node *node);
    void sumAll();

    QSqlDatabase m_db;
    std::vector<std::unique_ptr<Node>> m_nodes; // owns every node
    std::vector<Node *> m_roots;
    QHash<qint64, Node *> m_byUnit;
    QHash<qint64, UnitSummary> m_units;
    QHash<qint64, int> m_directCounts;
    int m_totalActive = 0;
};

} // namespace imbang::ui
