#pragma once

#include <QList>
#include <QString>

namespace imbang {

// One subject a school teaches: weekly lesson hours per class group (rombel), and the position its
// teachers hold at this school (e.g. "Guru Ahli Muda Matematika").
struct SchoolSubject {
    QString subject;
    double weeklyHours = 0; // jam pelajaran per rombel per week
    qint64 positionId = 0;
    friend bool operator==(const SchoolSubject &, const SchoolSubject &) = default;
};

// What a school's teacher need is computed from; stored per school.
struct SchoolProfile {
    qint64 unitId = 0;
    int rombel = 0;           // class groups
    bool remote = false;      // daerah terpencil: a lower minimum of class teachers
    qint64 classPositionId = 0; // position of class teachers (guru kelas, SD); 0: none
    QList<SchoolSubject> subjects;
    friend bool operator==(const SchoolProfile &, const SchoolProfile &) = default;
};

// The rules, all settings: a teacher covers 24 JTM a week; at least 6 class teachers, 4 when remote.
struct TeacherNeedRules {
    double weeklyHours = 24;
    int minimumClassTeachers = 6;
    int minimumClassTeachersRemote = 4;
};

// The need of one position at the school, and the subjects it comes from.
struct TeacherNeedLine {
    qint64 positionId = 0;
    double need = 0;
    double weeklyHours = 0; // lesson hours a week the position covers (class teachers: 0)
    QStringList subjects;   // subjects, or empty for class teachers
    bool classTeachers = false;
    friend bool operator==(const TeacherNeedLine &, const TeacherNeedLine &) = default;
};

namespace teacherneed {

// Subject teachers: rombel x weekly hours / JTM, summed per position. Class teachers: one per rombel,
// at least the minimum. Lines come in the order positions first appear (class teachers first).
QList<TeacherNeedLine> compute(const SchoolProfile &profile, const TeacherNeedRules &rules = {});
double classTeacherNeed(int rombel, bool remote, const TeacherNeedRules &rules = {});

} // namespace teacherneed
} // namespace imbang
