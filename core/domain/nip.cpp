#include "nip.h"

#include <QCoreApplication>

namespace imbang::nip {
namespace {

Problem error(const QString &message) { return {Problem::Severity::Error, QStringLiteral("nip"), message}; }
Problem warning(const QString &field, const QString &message) {
    return {Problem::Severity::Warning, field, message};
}

bool allDigits(const QString &s) {
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return true;
}

int digitsAt(const QString &s, int pos, int len) { return QStringView(s).mid(pos, len).toInt(); }

// The checks both layouts share: length, digits, birth date, gender digit, sequence.
// Returns false when the structure is too broken to go on.
bool checkCommon(const QString &n, NipFacts &facts, Problems &problems) {
    if (n.isEmpty()) {
        problems << error(QCoreApplication::translate("Nip", "The NIP is empty."));
        return false;
    }
    if (!allDigits(n)) {
        problems << error(QCoreApplication::translate(
            "Nip", "The NIP may contain only digits; \"%1\" has other characters.").arg(n));
        return false;
    }
    if (n.size() != 18) {
        problems << error(QCoreApplication::translate(
            "Nip", "The NIP must have exactly 18 digits; this one has %n.", "", int(n.size())));
        return false;
    }
    facts.birthDate = QDate(digitsAt(n, 0, 4), digitsAt(n, 4, 2), digitsAt(n, 6, 2));
    if (!facts.birthDate.isValid())
        problems << error(QCoreApplication::translate(
            "Nip", "Digits 1-8 of the NIP (%1) are not a real birth date (YYYYMMDD).").arg(n.left(8)));
    const QChar g = n.at(14);
    if (g == QLatin1Char('1'))
        facts.gender = Gender::Male;
    else if (g == QLatin1Char('2'))
        facts.gender = Gender::Female;
    else
        problems << error(QCoreApplication::translate(
            "Nip", "Digit 15 of the NIP is the gender and must be 1 (male) or 2 (female), not %1.").arg(g));
    facts.sequence = digitsAt(n, 15, 3);
    if (facts.sequence < 1)
        problems << error(QCoreApplication::translate(
            "Nip", "Digits 16-18 of the NIP are a sequence number from 001 to 999, not 000."));
    return true;
}

void checkAppointmentDate(const QString &n, const QDate &appointment, const NipFacts &facts,
                          const QDate &today, Problems &problems) {
    if (!appointment.isValid() || !facts.birthDate.isValid())
        return;
    if (appointment < facts.birthDate.addYears(18))
        problems << error(QCoreApplication::translate(
            "Nip", "The appointment date in the NIP (%1) is before the person's 18th birthday.")
                              .arg(n.mid(8, 6)));
    // The NIP carries only the month, so compare months: an appointment this month is not "future".
    const QDate thisMonth(today.year(), today.month(), 1);
    if (appointment > thisMonth)
        problems << error(QCoreApplication::translate(
            "Nip", "The appointment date in the NIP (%1) lies in the future.").arg(n.mid(8, 6)));
}

} // namespace

QString normalize(const QString &input) {
    QString out;
    out.reserve(input.size());
    for (QChar c : input)
        if (!c.isSpace())
            out += c;
    if (out.startsWith(QLatin1Char('\'')))
        out.remove(0, 1);
    return out;
}

NipCheck checkPns(const QString &input, const QDate &today) {
    NipCheck result;
    result.normalized = normalize(input);
    NipFacts facts;
    if (!checkCommon(result.normalized, facts, result.problems))
        return result;
    const QString &n = result.normalized;
    facts.appointmentYear = digitsAt(n, 8, 4);
    facts.appointmentMonth = digitsAt(n, 12, 2);
    if (facts.appointmentMonth < 1 || facts.appointmentMonth > 12) {
        result.problems << error(QCoreApplication::translate(
            "Nip", "Digits 13-14 of the NIP are the month of TMT CPNS and must be 01-12, not %1.")
                                     .arg(n.mid(12, 2)));
    } else {
        checkAppointmentDate(n, QDate(facts.appointmentYear, facts.appointmentMonth, 1), facts, today,
                             result.problems);
    }
    if (!hasErrors(result.problems))
        result.facts = facts;
    return result;
}

NipCheck checkPppk(const QString &input, const QDate &today) {
    NipCheck result;
    result.normalized = normalize(input);
    NipFacts facts;
    if (!checkCommon(result.normalized, facts, result.problems))
        return result;
    const QString &n = result.normalized;
    facts.appointmentYear = digitsAt(n, 8, 4);
    if (facts.birthDate.isValid()) {
        if (facts.appointmentYear < facts.birthDate.year() + 18)
            result.problems << error(QCoreApplication::translate(
                "Nip", "The appointment year in the NI PPPK (%1) is before the person turned 18.")
                                         .arg(facts.appointmentYear));
        if (facts.appointmentYear > today.year())
            result.problems << error(QCoreApplication::translate(
                "Nip", "The appointment year in the NI PPPK (%1) lies in the future.")
                                         .arg(facts.appointmentYear));
    }
    if (!hasErrors(result.problems))
        result.facts = facts;
    return result;
}

NipCheck check(const QString &input, EmploymentStatus status, const QDate &today) {
    return status == EmploymentStatus::Pppk ? checkPppk(input, today) : checkPns(input, today);
}

Problems checkAgainstRecord(const NipFacts &facts, const QDate &birthDate, std::optional<Gender> gender) {
    Problems problems;
    if (birthDate.isValid() && facts.birthDate.isValid() && birthDate != facts.birthDate)
        problems << warning(QStringLiteral("birth_date"),
                            QCoreApplication::translate(
                                "Nip", "The birth date %1 does not match the NIP, which says %2.")
                                .arg(birthDate.toString(Qt::ISODate), facts.birthDate.toString(Qt::ISODate)));
    if (gender && *gender != facts.gender)
        problems << warning(QStringLiteral("gender"),
                            QCoreApplication::translate(
                                "Nip", "The gender %1 does not match the NIP, which says %2.")
                                .arg(codes::displayName(*gender), codes::displayName(facts.gender)));
    return problems;
}

QString grouped(const QString &number, EmploymentStatus status) {
    if (number.size() != 18 || !allDigits(number))
        return number;
    if (status == EmploymentStatus::Pppk)
        return QStringList{number.mid(0, 8), number.mid(8, 4), number.mid(12, 2), number.mid(14, 1),
                           number.mid(15, 3)}
            .join(QLatin1Char(' '));
    return QStringList{number.mid(0, 8), number.mid(8, 6), number.mid(14, 1), number.mid(15, 3)}
        .join(QLatin1Char(' '));
}

} // namespace imbang::nip
