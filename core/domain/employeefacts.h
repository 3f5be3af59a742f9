#pragma once

#include "domain/employee.h"
#include "domain/position.h"
#include "domain/retirementpolicy.h"

#include <QDate>
#include <QString>

namespace imbang {

// A span in whole years and months, as officers say "masa kerja 12 tahun 3 bulan".
struct YearsMonths {
    int years = 0;
    int months = 0;
    static YearsMonths between(const QDate &from, const QDate &to); // zero when from is after to
    int totalMonths() const { return years * 12 + months; }
    QString text() const; // "12 tahun 3 bulan"
    friend bool operator==(const YearsMonths &, const YearsMonths &) = default;
};

// Values derived from an employee's record on a given day; nothing here is stored.
struct EmployeeFacts {
    int age = 0;                  // completed years on `today`
    YearsMonths service;          // since TMT CPNS
    YearsMonths timeInPost;       // since TMT jabatan
    int retirementAge = 0;        // BUP of the position
    QDate retirementDate;         // first day of the month after the BUP birthday
    bool dueForRotation = false;  // more than 5 years in post
    bool tooRecentToMove = false; // under 2 years in post

    static EmployeeFacts compute(const Employee &employee, const Position &position,
                                 const RetirementPolicy &policy, const QDate &today);
};

} // namespace imbang
