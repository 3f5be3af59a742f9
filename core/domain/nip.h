#pragma once

#include "domain/codes.h"
#include "util/problem.h"

#include <QDate>
#include <QString>

#include <optional>

namespace imbang {

// What the 18 digits of a NIP (PNS) or NI PPPK say about the person. See domain.md, "NIP".
struct NipFacts {
    QDate birthDate;
    int appointmentYear = 0;  // TMT CPNS year (NIP) or appointment year (NI PPPK)
    int appointmentMonth = 0; // TMT CPNS month (NIP); 0 for NI PPPK, which carries no month
    Gender gender = Gender::Male;
    int sequence = 0;
};

struct NipCheck {
    QString normalized;              // digits only, as stored
    std::optional<NipFacts> facts;   // set when the structure is valid
    Problems problems;               // one per failure, field "nip"
    bool isValid() const { return facts.has_value() && !hasErrors(problems); }
};

namespace nip {

// Removes spaces (and a leading apostrophe left by spreadsheets); keeps every other character so
// that validation can say what is wrong.
QString normalize(const QString &input);

// Validates a PNS NIP: 18 digits, real birth date, TMT CPNS month 01-12, TMT after the 18th birthday
// and not after `today`, gender digit 1 or 2, sequence 001-999.
NipCheck checkPns(const QString &input, const QDate &today);

// Validates an NI PPPK: birth date (8) + appointment year (4) + contract field (2) + gender (1) +
// sequence (3).
NipCheck checkPppk(const QString &input, const QDate &today);

// Picks the layout by status: PPPK numbers are NI PPPK, the others NIP.
NipCheck check(const QString &input, EmploymentStatus status, const QDate &today);

// Warnings when the record's own birth date or gender disagree with the number.
Problems checkAgainstRecord(const NipFacts &facts, const QDate &birthDate, std::optional<Gender> gender);

// "19791026 200309 1 001" for a PNS NIP; NI PPPK as "19850312 2022 21 2 001". Anything that is not
// 18 digits is returned unchanged.
QString grouped(const QString &number, EmploymentStatus status = EmploymentStatus::Pns);

} // namespace nip
} // namespace imbang
