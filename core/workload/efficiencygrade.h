#pragma once

#include <QString>

#include <optional>

namespace imbang {

// Efektivitas jabatan (EJ) = workload / (staff in post x WKE), and its grade A-E. The thresholds are
// a setting; the defaults are the usual table: A > 1.00, B 0.90-1.00, C 0.70-0.89, D 0.50-0.69, E < 0.50.
struct GradeThresholds {
    double a = 1.00; // EJ above this is A
    double b = 0.90; // at least this is B
    double c = 0.70;
    double d = 0.50;

    QString toSettingText() const; // "1.00;0.90;0.70;0.50"
    static GradeThresholds fromSettingText(const QString &text);
    friend bool operator==(const GradeThresholds &, const GradeThresholds &) = default;
};

enum class Grade { A, B, C, D, E };

// EJ when the workload is given as a need in people: need / staff. No staff: no value (the post
// is vacant; its grade is A, overloaded).
std::optional<double> efficiency(double need, int staff);
Grade gradeOf(std::optional<double> efficiency, const GradeThresholds &thresholds = {});
QString gradeLetter(Grade grade);
QString gradeName(Grade grade); // "Sangat Baik", ... (translated)

} // namespace imbang
