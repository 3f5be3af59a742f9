#pragma once

#include <QList>
#include <QString>

namespace imbang {

// One finding about user input: which field, how bad, and a translated message that says what is
// wrong and how to fix it. Validation in core returns lists of these; the UI shows them beside the
// field and the CLI prints them.
struct Problem {
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString field;   // machine name of the field, e.g. "nip", "birth_date"
    QString message; // translated, for the officer

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems &problems) {
    for (const Problem &p : problems)
        if (p.isError())
            return true;
    return false;
}

} // namespace imbang
