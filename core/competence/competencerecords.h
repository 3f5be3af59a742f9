#pragma once

#include "competence/educationlevel.h"
#include "competence/performancepredicate.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace imbang {

// One year's performance predicate of an employee, with the document it comes from.
struct PerformanceRating {
    qint64 id = 0;
    QUuid uuid;
    qint64 employeeId = 0;
    int year = 0;
    PerformancePredicate predicate = PerformancePredicate::Good;
    std::optional<double> score; // the old numeric SKP score the predicate was mapped from, if any
    QString document;            // e.g. "SKP 2025 No. 800/123/BKD"
    QDateTime modifiedAt;
    QString originOffice;
    friend bool operator==(const PerformanceRating &, const PerformanceRating &) = default;
};

// A certification (e.g. "Sertifikat Pendidik", subject "Matematika") or a training (diklat) an
// employee holds.
struct Competence {
    enum class Kind { Certification, Training };
    qint64 id = 0;
    QUuid uuid;
    qint64 employeeId = 0;
    Kind kind = Kind::Certification;
    QString name;
    QString subject;
    int year = 0;
    QString reference; // certificate number or document
    QDateTime modifiedAt;
    QString originOffice;
    friend bool operator==(const Competence &, const Competence &) = default;
    // Storage code, also used in audit records: "SERTIFIKASI" or "DIKLAT".
    static QString kindCode(Kind kind) {
        return kind == Kind::Certification ? QStringLiteral("SERTIFIKASI") : QStringLiteral("DIKLAT");
    }
};

// What a position of the catalogue expects of the person in it.
struct PositionRequirement {
    qint64 positionId = 0;
    EducationLevel minimumEducation = EducationLevel::Unknown; // Unknown: no minimum
    QString certification; // e.g. "Sertifikat Pendidik"; empty: none expected
    bool isEmpty() const { return minimumEducation == EducationLevel::Unknown && certification.trimmed().isEmpty(); }
    friend bool operator==(const PositionRequirement &, const PositionRequirement &) = default;
};

} // namespace imbang
