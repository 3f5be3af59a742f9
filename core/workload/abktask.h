#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace imbang {

// The period an ABK task's volume is counted in. A year has 250 working days, 50 working weeks and
// 12 months (PermenPANRB 1/2020), so volumes become yearly with x250 / x50 / x12 / x1.
enum class AbkPeriod { Day, Week, Month, Year };

// One task (uraian tugas) of a position in a unit, from an ABK sheet or typed in the ABK dialog.
struct AbkTask {
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 positionId = 0;
    int year = 0;            // the ABK's year (tahun)
    QString description;     // uraian tugas
    QString output;          // hasil kerja, e.g. "Surat", "Laporan"
    double volume = 0;       // outputs per period
    AbkPeriod period = AbkPeriod::Year;
    double standardMinutes = 0; // norma waktu: minutes per output

    friend bool operator==(const AbkTask &, const AbkTask &) = default;
};

namespace abk {

int periodFactor(AbkPeriod period); // 250, 50, 12, 1
QString periodCode(AbkPeriod period); // storage code: "HARI", "MINGGU", "BULAN", "TAHUN"
QString periodName(AbkPeriod period); // translated display name
QList<AbkPeriod> allPeriods();
// Reads a period as sheets write it: "hari", "Harian", "per minggu", "BULAN", "thn", "day", ...
std::optional<AbkPeriod> periodFromText(const QString &text);

double yearlyVolume(const AbkTask &task);  // volume x factor
double yearlyMinutes(const AbkTask &task); // yearly volume x standard minutes
double workloadMinutes(const QList<AbkTask> &tasks);
// Required staff = yearly workload / WKE; WKE in hours (1,250 by default, a setting).
double requiredStaff(double workloadMinutes, double wkeHours);
double requiredStaff(const QList<AbkTask> &tasks, double wkeHours);

} // namespace abk
} // namespace imbang
