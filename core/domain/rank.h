#pragma once

#include "domain/codes.h"

#include <QList>
#include <QString>

#include <optional>

namespace imbang {

// A golongan/ruang. PNS ranks run from I/a to IV/e (domain.md table); PPPK ranks are golongan I to
// XVII. Stored as one integer: group * 10 + ruang (I/a = 11, IV/e = 45) for PNS, 100 + golongan for
// PPPK, so that ranks sort in order.
class Rank {
public:
    Rank() = default;
    static std::optional<Rank> fromCode(int code);
    static std::optional<Rank> pns(int group, QChar ruang); // group 1-4, ruang 'a'-'e'
    static std::optional<Rank> pppk(int golongan);          // 1-17

    // Reads the ways spreadsheets write ranks: "III/b", "III b", "3b", "III-b",
    // "Penata Muda Tingkat I (III/b)", "Penata Muda Tk. I, III/b", a pangkat name alone, and for
    // PPPK "IX" or "9". `status` decides how a bare roman numeral is read.
    static std::optional<Rank> parse(const QString &text, EmploymentStatus status = EmploymentStatus::Pns);

    bool isValid() const { return m_code != 0; }
    bool isPppk() const { return m_code > 100; }
    int code() const { return m_code; }

    QString text() const;       // "III/b" or "IX"
    QString pangkatName() const; // "Penata Muda Tingkat I"; empty for PPPK
    QString fullText() const;   // "Penata Muda Tingkat I (III/b)" or "Golongan IX"

    // Whether this rank can belong to a person of that status.
    bool fitsStatus(EmploymentStatus status) const;

    static QList<Rank> allPns();
    static QList<Rank> allPppk();

    friend bool operator==(const Rank &, const Rank &) = default;
    friend auto operator<=>(const Rank &, const Rank &) = default;

private:
    explicit Rank(int code) : m_code(code) {}
    int m_code = 0;
};

QString romanNumeral(int value); // 1..17

} // namespace imbang
