#pragma once

#include "workload/teacherneed.h"

#include <QAbstractTableModel>
#include <QHash>

namespace imbang {

// The subjects of a school with their weekly hours per class group and the teachers' position, editable.
class SchoolSubjectModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Subject, WeeklyHours, Position, ColumnCount };

    explicit SchoolSubjectModel(QHash<qint64, QString> positionNames, QObject *parent = nullptr);

    void setSubjects(const QList<SchoolSubject> &subjects);
    const QList<SchoolSubject> &subjects() const { return m_subjects; }
    void addSubject();
    void removeSubject(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void subjectsChanged();

private:
    QHash<qint64, QString> m_positionNames;
    QList<SchoolSubject> m_subjects;
};

} // namespace imbang
