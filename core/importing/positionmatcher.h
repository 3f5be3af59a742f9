#pragma once

#include "domain/position.h"

#include <QHash>
#include <QList>
#include <QString>

namespace imbang {

// Finds a catalogue position by its name as written (exact, then normalised). A name the catalogue
// lacks can be added: positionFromName() infers kind, level, family and whether it is a teacher
// post from the usual naming ("Guru Ahli Muda Kelas", "Perawat Terampil", "Kepala Bidang").
class PositionMatcher {
public:
    explicit PositionMatcher(const QList<Position> &positions);
    qint64 match(const QString &name) const; // 0 when unknown
    void add(const Position &position);      // a position created during the import

    static Position positionFromName(const QString &name);

private:
    QHash<QString, qint64> m_byExact;
    QHash<QString, qint64> m_byNormalized;
};

} // namespace imbang
