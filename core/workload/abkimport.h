#pragma once

#include "util/expected.h"
#include "util/problem.h"
#include "workload/abksheetreader.h"
#include "workload/abktask.h"

#include <QList>
#include <QSqlDatabase>

namespace imbang {

// The tasks an ABK sheet gives one (unit, position, year), and the need they yield.
struct AbkImportGroup {
    qint64 unitId = 0;
    qint64 positionId = 0;
    int year = 0;
    QString unitCode;
    QString unitName;
    QString positionName;
    QList<AbkTask> tasks;
    double workloadMinutes = 0;
    double need = 0;
};

// What importing a sheet would do, checked before anything is written.
struct AbkImportPlan {
    int rowsRead = 0; // data rows, blank ones not counted
    QList<AbkImportGroup> groups;
    Problems problems; // messages name the sheet row ("Baris 7")
    bool canApply() const { return !hasErrors(problems) && !groups.isEmpty(); }
    int taskCount() const;
};

// Import of ABK sheets with the columns kode_unit, kode_jabatan, tahun, uraian_tugas, hasil_kerja, volume,
// satuan_periode, norma_waktu (a title block above the header is skipped). Units are matched by code,
// positions by code or else by name. The tasks of each (unit, position, year) in the sheet replace the
// stored ones, and each post's need is written with source ABK. A sheet with any error changes nothing.
class AbkImport {
public:
    static Expected<AbkImportPlan> prepare(const QSqlDatabase &db, const QString &path, double wkeHours);
    static AbkImportPlan prepareRows(const QSqlDatabase &db, const AbkSheetReader::Rows &rows, double wkeHours);
    // Writes the plan in one transaction and tells the views (ChangeBus) after the commit.
    static Status apply(const QSqlDatabase &db, const AbkImportPlan &plan, double wkeHours);

    // "1.250" (Indonesian thousands) -> 1250, "2,5" -> 2.5, "1.5" -> 1.5; numbers pass through.
    static std::optional<double> parseNumber(const QVariant &cell);
};

} // namespace imbang
