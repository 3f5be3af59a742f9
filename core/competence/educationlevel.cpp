#include "educationlevel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace imbang::education {
namespace {

struct Spelling {
    QRegularExpression pattern;
    EducationLevel level;
};

// Anchored at the start; the longest spellings first so that "S-1" is not read as "S".
const QList<Spelling> &spellings() {
    static const QList<Spelling> list = [] {
        const auto p = [](const char *re, EducationLevel l) {
            return Spelling{QRegularExpression(QStringLiteral("^\\s*(?:%1)\\b[\\s.,/-]*").arg(QLatin1String(re)),
                                               QRegularExpression::CaseInsensitiveOption),
                            l};
        };
        return QList<Spelling>{
            p("S\\s*-?\\s*3|STRATA\\s*(?:3|III)|DOKTOR", EducationLevel::S3),
            p("S\\s*-?\\s*2|STRATA\\s*(?:2|II)|MAGISTER", EducationLevel::S2),
            p("S\\s*-?\\s*1|STRATA\\s*(?:1|I)|SARJANA|D\\s*-?\\s*(?:IV|4)", EducationLevel::S1),
            p("D\\s*-?\\s*(?:III|3)", EducationLevel::D3),
            p("D\\s*-?\\s*(?:II|2)", EducationLevel::D2),
            p("D\\s*-?\\s*(?:I|1)", EducationLevel::D1),
            p("SMA(?:\\s*/\\s*SMK)?|SMK|SLTA|MA|STM|SPK|SMEA", EducationLevel::SMA),
            p("SMP|SLTP|MTS", EducationLevel::SMP),
            p("SD|MI", EducationLevel::SD),
        };
    }();
    return list;
}

} // namespace

EducationLevel levelOf(const QString &education) {
    for (const Spelling &s : spellings())
        if (s.pattern.match(education).hasMatch())
            return s.level;
    return EducationLevel::Unknown;
}

QString majorOf(const QString &education) {
    for (const Spelling &s : spellings()) {
        const auto m = s.pattern.match(education);
        if (m.hasMatch())
            return education.mid(m.capturedEnd()).trimmed();
    }
    return education.trimmed();
}

QString toCode(EducationLevel level) {
    switch (level) {
    case EducationLevel::Unknown:
        return {};
    case EducationLevel::SD:
        return QStringLiteral("SD");
    case EducationLevel::SMP:
        return QStringLiteral("SMP");
    case EducationLevel::SMA:
        return QStringLiteral("SMA");
    case EducationLevel::D1:
        return QStringLiteral("D1");
    case EducationLevel::D2:
        return QStringLiteral("D2");
    case EducationLevel::D3:
        return QStringLiteral("D3");
    case EducationLevel::S1:
        return QStringLiteral("S1");
    case EducationLevel::S2:
        return QStringLiteral("S2");
    case EducationLevel::S3:
        return QStringLiteral("S3");
    }
    return {};
}

EducationLevel fromCode(const QString &code) {
    for (int i = int(EducationLevel::SD); i <= int(EducationLevel::S3); ++i)
        if (toCode(EducationLevel(i)) == code)
            return EducationLevel(i);
    return EducationLevel::Unknown;
}

QString displayName(EducationLevel level) {
    switch (level) {
    case EducationLevel::Unknown:
        return QCoreApplication::translate("Education", "not recorded");
    case EducationLevel::SD:
        return QStringLiteral("SD");
    case EducationLevel::SMP:
        return QStringLiteral("SMP");
    case EducationLevel::SMA:
        return QCoreApplication::translate("Education", "SMA or equivalent");
    case EducationLevel::D1:
        return QStringLiteral("D-I");
    case EducationLevel::D2:
        return QStringLiteral("D-II");
    case EducationLevel::D3:
        return QStringLiteral("D-III");
    case EducationLevel::S1:
        return QCoreApplication::translate("Education", "S-1 / D-IV");
    case EducationLevel::S2:
        return QStringLiteral("S-2");
    case EducationLevel::S3:
        return QStringLiteral("S-3");
    }
    return {};
}

} // namespace imbang::education
