#include "teacherneed.h"

#include <algorithm>

namespace imbang::teacherneed {

double classTeacherNeed(int rombel, bool remote, const TeacherNeedRules &rules) {
    const int minimum = remote ? rules.minimumClassTeachersRemote : rules.minimumClassTeachers;
    return std::max(rombel, minimum);
}

QList<TeacherNeedLine> compute(const SchoolProfile &profile, const TeacherNeedRules &rules) {
    QList<TeacherNeedLine> lines;
    const auto lineFor = [&lines](qint64 positionId) -> TeacherNeedLine & {
        for (TeacherNeedLine &l : lines)
            if (l.positionId == positionId)
                return l;
        lines.append(TeacherNeedLine{positionId, 0, 0, {}, false});
        return lines.last();
    };
    if (profile.classPositionId > 0) {
        TeacherNeedLine &l = lineFor(profile.classPositionId);
        l.need += classTeacherNeed(profile.rombel, profile.remote, rules);
        l.classTeachers = true;
    }
    for (const SchoolSubject &s : profile.subjects) {
        if (s.positionId <= 0)
            continue;
        TeacherNeedLine &l = lineFor(s.positionId);
        const double hours = profile.rombel * s.weeklyHours;
        l.weeklyHours += hours;
        if (rules.weeklyHours > 0)
            l.need += hours / rules.weeklyHours;
        l.subjects << s.subject;
    }
    return lines;
}

} // namespace imbang::teacherneed
