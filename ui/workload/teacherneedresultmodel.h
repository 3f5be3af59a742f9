#pragma once

#include "workload/teacherneed.h"

#include <QAbstractTableModel>
#include <QHash>

namespace imbang {

// The teacher need a school profile gives, per position, against the teachers in post.
class TeacherNeedResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Position, Subjects, Hours, Need, InPost, Gap, ColumnCount };

    TeacherNeedResultModel(QHash<qint64, QString> positionNames, QHash<qint64, int> inPost, QObject *parent = nullptr);
    void setLines(const QList<TeacherNeedLine> &lines);
    const QList<TeacherNeedLine> &lines() const { return m_lines; }
    double totalNeed() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, QString> m_positionNames;
    QHash<qint64, int> m_inPost;
    QList<TeacherNeedLine> m_lines;
};

} // namespace imbang
