#pragma once

#include "domain/codes.h"

#include <QList>
#include <QString>
#include <QStringList>

// Fixed lists the demo generator draws from: Jambi's kabupaten/kota with their seats and
// coordinates, the agencies every region has, the position catalogue, and fictional names.
namespace imbang::demo {

struct RegionSeed {
    QString code;     // "01"
    QString name;     // "Kota Jambi"
    QString shortName; // "Kota Jambi" for cities, "Batanghari" for kabupaten (as school names use it)
    QString seat;     // town used as a birth place
    double latitude;
    double longitude;
    int romanSuffix;  // SD numbering suffix "/I", "/II", ...
};

struct PositionSeed {
    QString name;
    PositionKind kind;
    PositionLevel level;
    QString family;
    bool teacher;
};

QList<RegionSeed> regions();
QStringList agencyNames(); // without the region suffix; index 7 is the education agency, 8 health
QList<PositionSeed> positions();
QStringList maleNames();
QStringList femaleNames();
QStringList familyNames();
QStringList otherBirthPlaces();

} // namespace imbang::demo
