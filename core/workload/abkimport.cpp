#include "abkimport.h"

#include "access/session.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "workload/abkrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <cmath>

namespace imbang {
namespace {

enum Column { UnitCode, PositionCode, Year, Description, Output, Volume, Period, Minutes, ColumnCount };

QString columnName(int column) {
    static const char *names[] = {"kode_unit", "kode_jabatan", "tahun", "uraian_tugas",
                                  "hasil_kerja", "volume", "satuan_periode", "norma_waktu"};
    return QLatin1String(names[column]);
}

// "Kode Unit", "KODE_UNIT", "kode unit " -> "kode_unit"
QString normaliseHeader(const QVariant &cell) {
    QString h = cell.toString().trimmed().toLower();
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    h.replace(nonWord, QStringLiteral("_"));
    while (h.startsWith(QLatin1Char('_')))
        h.remove(0, 1);
    while (h.endsWith(QLatin1Char('_')))
        h.chop(1);
    return h;
}

int columnOf(const QString &header) {
    static const QHash<QString, int> aliases{
        {QStringLiteral("kode_unit"), UnitCode},      {QStringLiteral("kode_unor"), UnitCode},
        {QStringLiteral("kode_unit_kerja"), UnitCode}, {QStringLiteral("kode_jabatan"), PositionCode},
        {QStringLiteral("jabatan"), PositionCode},    {QStringLiteral("nama_jabatan"), PositionCode},
        {QStringLiteral("tahun"), Year},              {QStringLiteral("tahun_abk"), Year},
        {QStringLiteral("uraian_tugas"), Description}, {QStringLiteral("uraian"), Description},
        {QStringLiteral("tugas"), Description},       {QStringLiteral("hasil_kerja"), Output},
        {QStringLiteral("satuan_hasil"), Output},     {QStringLiteral("volume"), Volume},
        {QStringLiteral("volume_kerja"), Volume},     {QStringLiteral("beban_kerja"), Volume},
        {QStringLiteral("satuan_periode"), Period},   {QStringLiteral("periode"), Period},
        {QStringLiteral("satuan_waktu"), Period},     {QStringLiteral("norma_waktu"), Minutes},
        {QStringLiteral("norma_waktu_menit"), Minutes}, {QStringLiteral("waktu_penyelesaian"), Minutes},
    };
    return aliases.value(header, -1);
}

QString cellText(const QVariantList &row, int column) {
    if (column < 0 || column >= row.size())
        return {};
    const QVariant &v = row.at(column);
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        // Codes typed as numbers ("2026", "101") come back as doubles: write them without ".0".
        if (std::floor(d) == d && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    QString s = v.toString().trimmed();
    if (s.startsWith(QLatin1Char('\''))) // a leading apostrophe that forced text in Excel
        s.remove(0, 1);
    return s;
}

bool blank(const QVariantList &row) {
    for (int c = 0; c < row.size(); ++c)
        if (!cellText(row, c).isEmpty())
            return false;
    return true;
}

struct Lookup {
    QHash<QString, std::pair<qint64, QString>> units;     // code -> id, name
    QHash<QString, std::pair<qint64, QString>> byCode;    // position code (case-folded) -> id, name
    QHash<QString, std::pair<qint64, QString>> byName;    // position name (case-folded) -> id, name

    static Lookup load(const QSqlDatabase &db) {
        Lookup l;
        if (auto q = sql::run(db, QStringLiteral("SELECT id, code, name FROM unit")))
            while (q->next())
                l.units.insert(q->value(1).toString().trimmed(), {q->value(0).toLongLong(), q->value(2).toString()});
        if (auto q = sql::run(db, QStringLiteral("SELECT id, code, name FROM position")))
            while (q->next()) {
                const std::pair<qint64, QString> p{q->value(0).toLongLong(), q->value(2).toString()};
                if (!q->value(1).toString().trimmed().isEmpty())
                    l.byCode.insert(q->value(1).toString().trimmed().toCaseFolded(), p);
                l.byName.insert(q->value(2).toString().simplified().toCaseFolded(), p);
            }
        return l;
    }
};

Problem error(const QString &field, const QString &message) { return {Problem::Severity::Error, field, message}; }

} // namespace

int AbkImportPlan::taskCount() const {
    int n = 0;
    for (const AbkImportGroup &g : groups)
        n += int(g.tasks.size());
    return n;
}

std::optional<double> AbkImport::parseNumber(const QVariant &cell) {
    if (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong)
        return cell.toDouble();
    QString s = cell.toString().trimmed();
    s.remove(QLatin1Char(' '));
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression thousands(QStringLiteral("^-?\\d{1,3}(\\.\\d{3})+(,\\d+)?$"));
    if (thousands.match(s).hasMatch())
        s.remove(QLatin1Char('.'));
    s.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

Expected<AbkImportPlan> AbkImport::prepare(const QSqlDatabase &db, const QString &path, double wkeHours) {
    auto rows = AbkSheetReader::read(path);
    if (!rows)
        return Expected<AbkImportPlan>::failure(rows.error());
    return prepareRows(db, *rows, wkeHours);
}

AbkImportPlan AbkImport::prepareRows(const QSqlDatabase &db, const AbkSheetReader::Rows &rows, double wkeHours) {
    AbkImportPlan plan;
    // The header is the first row (of the first 20) that names at least four of the columns.
    int headerRow = -1;
    int columns[ColumnCount];
    for (int r = 0; r < std::min<int>(20, int(rows.size())) && headerRow < 0; ++r) {
        std::fill(std::begin(columns), std::end(columns), -1);
        int found = 0;
        const QVariantList &row = rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const int col = columnOf(normaliseHeader(row.at(c)));
            if (col >= 0 && columns[col] < 0) {
                columns[col] = c;
                ++found;
            }
        }
        if (found >= 4)
            headerRow = r;
    }
    if (headerRow < 0) {
        plan.problems << error(QString(), QCoreApplication::translate(
                                              "AbkImport", "No header row found. The first rows of the sheet must "
                                                           "have the column names kode_unit, kode_jabatan, tahun, "
                                                           "uraian_tugas, hasil_kerja, volume, satuan_periode and "
                                                           "norma_waktu."));
        return plan;
    }
    QStringList missing;
    for (int c = 0; c < ColumnCount; ++c)
        if (columns[c] < 0 && c != Output)
            missing << columnName(c);
    if (!missing.isEmpty()) {
        plan.problems << error(QString(),
                               QCoreApplication::translate("AbkImport", "Row %1 is the header, but it lacks the "
                                                                        "column(s) %2. Add them and import again.")
                                   .arg(headerRow + 1)
                                   .arg(missing.join(QStringLiteral(", "))));
        return plan;
    }

    const Lookup lookup = Lookup::load(db);
    QMap<std::tuple<QString, qint64, int>, int> groupIndex; // (unit code, position, year) -> group, in code order
    QList<AbkImportGroup> groups;
    for (int r = headerRow + 1; r < rows.size(); ++r) {
        const QVariantList &row = rows.at(r);
        if (blank(row))
            continue;
        ++plan.rowsRead;
        const int line = r + 1;
        Problems rowProblems;
        const auto text = [&](int column) { return cellText(row, columns[column]); };
        const auto cell = [&](int column) {
            return columns[column] < row.size() ? row.at(columns[column]) : QVariant();
        };

        const QString unitCode = text(UnitCode);
        const auto unit = lookup.units.constFind(unitCode);
        if (unitCode.isEmpty())
            rowProblems << error(columnName(UnitCode),
                                 QCoreApplication::translate("AbkImport", "Row %1: kode_unit is empty. Write the "
                                                                          "unit's code, e.g. 01.08.SD001.")
                                     .arg(line));
        else if (unit == lookup.units.cend())
            rowProblems << error(columnName(UnitCode),
                                 QCoreApplication::translate("AbkImport", "Row %1: there is no unit with the code "
                                                                          "\"%2\". Check kode_unit against the unit "
                                                                          "list; codes must match exactly.")
                                     .arg(line)
                                     .arg(unitCode));

        const QString positionText = text(PositionCode);
        const std::pair<qint64, QString> *position = nullptr;
        if (const auto it = lookup.byCode.constFind(positionText.toCaseFolded()); it != lookup.byCode.cend())
            position = &*it;
        else if (const auto byName = lookup.byName.constFind(positionText.simplified().toCaseFolded());
                 byName != lookup.byName.cend())
            position = &*byName;
        if (positionText.isEmpty())
            rowProblems << error(columnName(PositionCode),
                                 QCoreApplication::translate("AbkImport", "Row %1: kode_jabatan is empty. Write "
                                                                          "the position's code or its full name.")
                                     .arg(line));
        else if (!position)
            rowProblems << error(columnName(PositionCode),
                                 QCoreApplication::translate("AbkImport", "Row %1: no position has the code or "
                                                                          "name \"%2\". Use a code or name from the "
                                                                          "position list.")
                                     .arg(line)
                                     .arg(positionText));

        const auto yearNumber = parseNumber(cell(Year));
        const int year = yearNumber ? int(*yearNumber) : 0;
        if (!yearNumber || *yearNumber != std::floor(*yearNumber) || year < 2000 || year > 2100)
            rowProblems << error(columnName(Year),
                                 QCoreApplication::translate("AbkImport", "Row %1: tahun \"%2\" is not a year. "
                                                                          "Write the ABK year with four digits, "
                                                                          "e.g. 2026.")
                                     .arg(line)
                                     .arg(text(Year)));

        const QString description = text(Description);
        if (description.isEmpty())
            rowProblems << error(columnName(Description),
                                 QCoreApplication::translate("AbkImport", "Row %1: uraian_tugas is empty. Describe "
                                                                          "the task, or delete the row.")
                                     .arg(line));

        const auto volume = parseNumber(cell(Volume));
        if (!volume || *volume < 0)
            rowProblems << error(columnName(Volume),
                                 QCoreApplication::translate("AbkImport", "Row %1: volume \"%2\" is not a number "
                                                                          "of zero or more. Write how many outputs "
                                                                          "per period, e.g. 12 or 2,5.")
                                     .arg(line)
                                     .arg(text(Volume)));

        const auto period = abk::periodFromText(text(Period));
        if (!period)
            rowProblems << error(columnName(Period),
                                 QCoreApplication::translate("AbkImport", "Row %1: satuan_periode \"%2\" is not "
                                                                          "known. Write hari, minggu, bulan or "
                                                                          "tahun.")
                                     .arg(line)
                                     .arg(text(Period)));

        const auto minutes = parseNumber(cell(Minutes));
        if (!minutes || *minutes <= 0)
            rowProblems << error(columnName(Minutes),
                                 QCoreApplication::translate("AbkImport", "Row %1: norma_waktu \"%2\" is not a "
                                                                          "number of minutes above zero. Write the "
                                                                          "minutes one output takes, e.g. 30.")
                                     .arg(line)
                                     .arg(text(Minutes)));

        if (hasErrors(rowProblems)) {
            plan.problems << rowProblems;
            continue;
        }
        AbkTask task;
        task.unitId = unit->first;
        task.positionId = position->first;
        task.year = year;
        task.description = description;
        task.output = text(Output);
        task.volume = *volume;
        task.period = *period;
        task.standardMinutes = *minutes;
        const auto key = std::make_tuple(unitCode, position->first, year);
        auto it = groupIndex.find(key);
        if (it == groupIndex.end()) {
            it = groupIndex.insert(key, int(groups.size()));
            AbkImportGroup g;
            g.unitId = unit->first;
            g.positionId = position->first;
            g.year = year;
            g.unitCode = unitCode;
            g.unitName = unit->second;
            g.positionName = position->second;
            groups << g;
        }
        AbkImportGroup &g = groups[*it];
        for (const AbkTask &other : g.tasks)
            if (other.description.compare(task.description, Qt::CaseInsensitive) == 0 &&
                other.output.compare(task.output, Qt::CaseInsensitive) == 0)
                plan.problems << Problem{Problem::Severity::Warning, columnName(Description),
                                         QCoreApplication::translate("AbkImport", "Row %1: the task \"%2\" appears "
                                                                                  "twice for this unit, position and "
                                                                                  "year; both are counted.")
                                             .arg(line)
                                             .arg(description)};
        g.tasks << task;
    }
    for (int index : groupIndex) {
        AbkImportGroup &g = groups[index];
        g.workloadMinutes = abk::workloadMinutes(g.tasks);
        g.need = abk::requiredStaff(g.workloadMinutes, wkeHours);
        plan.groups << g;
    }
    if (plan.rowsRead == 0)
        plan.problems << error(QString(), QCoreApplication::translate("AbkImport", "The sheet has a header but no "
                                                                                   "task rows below it."));
    return plan;
}

Status AbkImport::apply(const QSqlDatabase &db, const AbkImportPlan &plan, double wkeHours) {
    if (Status allowed = access::require(db, Permission::ImportData); !allowed)
        return allowed;
    if (!plan.canApply())
        return Status::failure(QCoreApplication::translate("AbkImport", "The sheet has errors; nothing was imported. "
                                                                        "Correct the rows named above and import "
                                                                        "again."));
    sql::Transaction transaction(db);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    AbkRepository repository(db);
    for (const AbkImportGroup &g : plan.groups)
        if (Status s = repository.replaceTasks(g.unitId, g.positionId, g.year, g.tasks, wkeHours); !s)
            return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("staffing_need"));
    return {};
}

} // namespace imbang
