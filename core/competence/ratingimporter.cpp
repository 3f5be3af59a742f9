#include "ratingimporter.h"

#include "access/session.h"
#include "competence/competencerepository.h"
#include "competence/performancepredicate.h"
#include "records/employeerepository.h"
#include "settings/settingkeys.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace imbang {
namespace {

struct Layout {
    int headerRow = -1; // index into sheet.rows
    int nip = -1, year = -1, predicate = -1, score = -1, document = -1;
    QList<std::pair<int, int>> yearColumns; // (column, year) of the wide layout
    bool wide() const { return !yearColumns.isEmpty(); }
};

QString norm(const Cell &c) { return c.displayText().simplified().toLower(); }

Layout findLayout(const Sheet &sheet) {
    static const QRegularExpression yearInHeader(QStringLiteral("(?:^|\\D)((?:19|20)\\d\\d)(?:\\D|$)"));
    for (int r = 0; r < sheet.rows.size() && r < 30; ++r) {
        const SourceRow &row = sheet.rows.at(r);
        Layout l;
        for (int c = 0; c < row.cells.size(); ++c) {
            const QString h = norm(row.cells.at(c));
            if (h.isEmpty())
                continue;
            if (l.nip < 0 && (h == QLatin1String("nip") || h.startsWith(QLatin1String("nip ")) ||
                              h.startsWith(QLatin1String("nip/")) || h == QLatin1String("ni pppk") ||
                              h == QLatin1String("nip_baru"))) // SIASN's export
                l.nip = c;
            else if (h == QLatin1String("tahun") || h == QLatin1String("tahun penilaian") || h == QLatin1String("year"))
                l.year = c;
            else if (h.startsWith(QLatin1String("predikat")) && !yearInHeader.match(h).hasMatch())
                l.predicate = c;
            else if ((h.startsWith(QLatin1String("nilai")) || h == QLatin1String("skor")) && !yearInHeader.match(h).hasMatch())
                l.score = c;
            else if (h.startsWith(QLatin1String("dokumen")) || h.startsWith(QLatin1String("nomor skp")))
                l.document = c;
            else if (const auto m = yearInHeader.match(h); m.hasMatch() && row.cells.at(c).kind == Cell::Kind::Text)
                l.yearColumns.append({c, m.captured(1).toInt()});
        }
        if (l.nip >= 0 && ((l.year >= 0 && (l.predicate >= 0 || l.score >= 0)) || !l.yearColumns.isEmpty())) {
            l.headerRow = r;
            if (l.year >= 0)
                l.yearColumns.clear(); // the long layout wins when it is complete
            return l;
        }
    }
    return {};
}

// A predicate from a cell: the name or code, or a numeric score mapped by the office's setting.
std::optional<PerformancePredicate> readPredicate(const Cell &cell, const performance::ScoreMapping &mapping,
                                                  std::optional<double> *score) {
    if (cell.kind == Cell::Kind::Number) {
        *score = cell.number;
        return mapping.map(cell.number);
    }
    const QString text = cell.displayText().trimmed();
    bool numeric = false;
    const double value = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&numeric);
    if (numeric) {
        *score = value;
        return mapping.map(value);
    }
    return performance::parse(text);
}

} // namespace

QList<int> RatingImporter::ratingColumnYears(const Sheet &sheet) {
    const Layout layout = findLayout(sheet);
    if (layout.headerRow < 0 || !layout.wide())
        return {};
    const SourceRow &header = sheet.rows.at(layout.headerRow);
    static const QRegularExpression aboutPerformance(QStringLiteral("skp|predikat|kinerja|nilai"));
    QList<int> years;
    for (const auto &[column, year] : layout.yearColumns) {
        if (!aboutPerformance.match(norm(header.cells.at(column))).hasMatch())
            return {}; // a year column about something else: this is not a sheet with ratings
        years << year;
    }
    return years;
}

QString RatingImporter::importWithStaffList(const QSqlDatabase &db, const Sheet &sheet) {
    if (ratingColumnYears(sheet).isEmpty())
        return {};
    const auto imported = import(db, sheet);
    if (!imported)
        return QCoreApplication::translate("RatingImporter",
                                           "The performance predicates of the sheet were not imported: %1")
            .arg(imported.error());
    if (!imported->problems.isEmpty())
        return QCoreApplication::translate(
                   "RatingImporter",
                   "The performance predicates of the sheet were not imported, because of %n row(s) with problems "
                   "(the staff list itself was saved). First: %1 Fix the sheet and import it again with "
                   "Data > Import performance predicates.",
                   "", int(imported->problems.size()))
            .arg(imported->problems.first());
    return QCoreApplication::translate("RatingImporter", "Performance predicates: %1 recorded for %n employee(s).",
                                       "", imported->people)
        .arg(imported->written);
}

Expected<RatingImportResult> RatingImporter::import(const QSqlDatabase &db, const Sheet &sheet) {
    using Result = Expected<RatingImportResult>;
    if (Status allowed = access::require(db, Permission::ImportData); !allowed)
        return Result::failure(allowed.error());
    const Layout layout = findLayout(sheet);
    if (layout.headerRow < 0)
        return Result::failure(QCoreApplication::translate(
            "RatingImporter",
            "No header row with a NIP column and either TAHUN with PREDIKAT (or NILAI), or one column per year "
            "(e.g. \"SKP 2025\"), was found in the first 30 rows of sheet %1. Add such a header row and import "
            "again.")
                                   .arg(sheet.name));
    const performance::ScoreMapping mapping =
        performance::ScoreMapping::fromSettingText(Settings(db).get(settingkeys::performanceScoreMapping))
            .value_or(performance::ScoreMapping());

    const EmployeeRepository employees(db);
    QList<PerformanceRating> ratings;
    RatingImportResult result;
    const auto problem = [&](const SourceRow &row, const QString &text) {
        result.problems << QCoreApplication::translate("RatingImporter", "Row %1: %2").arg(row.number).arg(text);
    };
    const auto add = [&](const SourceRow &row, qint64 employeeId, int year, const Cell &value, const QString &document) {
        if (value.isEmpty())
            return;
        std::optional<double> score;
        const auto predicate = readPredicate(value, mapping, &score);
        if (!predicate) {
            problem(row, QCoreApplication::translate("RatingImporter",
                                                     "\"%1\" is not a predicate. Write Sangat Baik, Baik, Butuh "
                                                     "Perbaikan, Kurang or Sangat Kurang, or a score from 0 to 100.")
                             .arg(value.displayText()));
            return;
        }
        if (year < 1990 || year > 2100) {
            problem(row, QCoreApplication::translate("RatingImporter", "The year \"%1\" is not a year.").arg(year));
            return;
        }
        PerformanceRating r;
        r.employeeId = employeeId;
        r.year = year;
        r.predicate = *predicate;
        r.score = score;
        r.document = document;
        ratings << r;
    };
    for (int i = layout.headerRow + 1; i < sheet.rows.size(); ++i) {
        const SourceRow &row = sheet.rows.at(i);
        QString nip = row.cell(layout.nip).displayText();
        nip.remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
        if (nip.isEmpty())
            continue;
        if (row.cell(layout.nip).kind == Cell::Kind::Number) {
            problem(row, QCoreApplication::translate("RatingImporter",
                                                     "the NIP arrived as a number (%1), so its last digits are lost. "
                                                     "Format the NIP column as text in Excel and import again.")
                             .arg(nip));
            continue;
        }
        const auto employee = employees.byNip(nip);
        if (!employee) {
            problem(row, QCoreApplication::translate("RatingImporter", "NIP %1 is not in this database.").arg(nip));
            continue;
        }
        const QString document = layout.document >= 0 ? row.cell(layout.document).displayText().trimmed() : QString();
        if (layout.wide()) {
            for (const auto &[column, year] : layout.yearColumns)
                add(row, employee->id, year, row.cell(column), document);
        } else {
            bool ok = false;
            const int year = row.cell(layout.year).displayText().trimmed().toInt(&ok);
            if (!ok) {
                problem(row, QCoreApplication::translate("RatingImporter", "The year \"%1\" is not a year.")
                                 .arg(row.cell(layout.year).displayText()));
                continue;
            }
            add(row, employee->id, year, row.cell(layout.predicate >= 0 ? layout.predicate : layout.score), document);
        }
    }
    if (!result.problems.isEmpty())
        return result; // nothing written
    sql::Transaction transaction(db);
    CompetenceRepository repo(db);
    QSet<qint64> people;
    for (const PerformanceRating &r : std::as_const(ratings)) {
        if (Status s = repo.putRating(r); !s)
            return Result::failure(s.error());
        people.insert(r.employeeId);
    }
    if (Status s = transaction.commit(); !s)
        return Result::failure(s.error());
    result.written = int(ratings.size());
    result.people = int(people.size());
    ChangeBus::notify(QStringLiteral("employee"));
    return result;
}

} // namespace imbang
