#pragma once

#include "domain/employee.h"
#include "output/texttable.h"
#include "records/employeefilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace imbang::ui {

// The employee list. It holds only the ordered ids of the people that match the filter (SQL does
// the filtering and sorting) and loads the rows a page at a time as the view asks for them, so a
// list of 100,000 people opens and searches without delay.
class EmployeeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NipColumn, NameColumn, RankColumn, PositionColumn, UnitColumn, StatusColumn, BirthDateColumn,
                  PositionTmtColumn, ColumnCount };
    enum Roles { EmployeeIdRole = Qt::UserRole + 1 };

    explicit EmployeeTableModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const EmployeeFilter &filter() const { return m_filter; }
    void setFilter(const EmployeeFilter &filter);

    qint64 employeeIdAt(int row) const;
    std::optional<Employee> employeeAt(int row) const;
    int rowOfEmployee(qint64 id) const; // -1 when not listed

    QString unitName(qint64 unitId) const { return m_unitNames.value(unitId); }

    // Every listed row (not only the loaded pages) with the given columns in that order, with the
    // values an export needs: NIP without spaces, dates as ISO text typed as dates.
    TextTable toTable(const QList<int> &columns) const;
    QString positionName(qint64 positionId) const { return m_positionNames.value(positionId); }

public slots:
    // Runs the query again with the same filter and order (after an edit, import or transfer).
    void refresh();

private:
    const Employee *cached(int row) const;
    void loadLookups();
    void requery();

    static constexpr int pageSize = 100;
    static constexpr int maxCachedPages = 64;

    QSqlDatabase m_db;
    bool m_personal = true; // may the logged-in role see birth dates and full NIPs (access/personaldata.h)
    EmployeeFilter m_filter;
    EmployeeSort m_sort;
    QList<qint64> m_ids;
    mutable QHash<int, QList<Employee>> m_pages;
    QHash<qint64, QString> m_unitNames;
    QHash<qint64, QString> m_positionNames;
};

} // namespace imbang::ui
