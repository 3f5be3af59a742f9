#pragma once

#include "domain/codes.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>

namespace imbang {

// A position (jabatan) of the catalogue. Its retirement age comes from the BUP table in the
// settings by kind and level, unless the position overrides it.
struct Position {
    qint64 id = 0;
    QUuid uuid;
    QString code;  // optional office code, unique when set
    QString name;  // unique
    PositionKind kind = PositionKind::Pelaksana;
    PositionLevel level = PositionLevel::None;
    QString family;             // rumpun, e.g. "Pendidikan", "Kesehatan"; used for compatibility
    bool teacher = false;       // guru: BUP 60 and the teacher rules apply
    std::optional<int> bupOverride;
    QDateTime modifiedAt;
    QString originOffice;

    friend bool operator==(const Position &, const Position &) = default;
};

} // namespace imbang
