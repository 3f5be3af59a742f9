#include "importanalyzer.h"

#include "domain/nip.h"
#include "importing/positionmatcher.h"
#include "importing/unitmatcher.h"
#include "importing/valueparser.h"
#include "records/employeecolumns.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "storage/sqlutil.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSet>

#include <atomic>
#include <thread>

namespace imbang {
namespace {

// Column index of every field, -1 when unmapped.
struct Columns {
    explicit Columns(const ColumnMapping &m) {
        for (int i = 0; i < m.fields.size(); ++i)
            if (m.fields.at(i) != ImportField::Ignore && index[int(m.fields.at(i))] < 0)
                index[int(m.fields.at(i))] = i;
    }
    int operator[](ImportField f) const { return index[int(f)]; }
    int index[int(ImportField::Education) + 1] = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
};

QHash<QString, Employee> loadExisting(const QSqlDatabase &db) {
    QHash<QString, Employee> existing;
    auto q = sql::run(db, employeecolumns::select());
    if (q)
        while (q->next()) {
            Employee e = employeecolumns::read(*q);
            existing.insert(e.nip, std::move(e));
        }
    return existing;
}

// A row that only numbers the columns (1, 2, 3, ...) under the header, as many agency sheets have.
bool isColumnNumberRow(const SourceRow &row) {
    int expected = 1;
    int seen = 0;
    for (const Cell &c : row.cells) {
        if (c.isEmpty())
            continue;
        // Checked on every data row: a number cell is compared as a number, without formatting it.
        if (c.kind == Cell::Kind::Number) {
            if (c.number != double(expected))
                return false;
        } else if (c.displayText().trimmed() != QString::number(expected)) {
            return false;
        }
        ++expected;
        ++seen;
    }
    return seen >= 3;
}

bool sameRow(const SourceRow &row, const QStringList &headers) {
    int same = 0;
    for (int i = 0; i < row.cells.size() && i < headers.size(); ++i)
        if (!headers.at(i).isEmpty() && row.cells.at(i).kind == Cell::Kind::Text &&
            row.cells.at(i).text.simplified() == headers.at(i))
            ++same;
    return same >= 2;
}

class RowAnalyzer {
public:
    RowAnalyzer(const Sheet &sheet, const ColumnMapping &mapping, const AnalyzeOptions &options, const QDate &today,
                UnitMatcher &units, PositionMatcher &positions, const QHash<QString, Employee> &existing,
                ImportPreview &preview)
        : m_sheet(sheet), m_cols(mapping), m_options(options), m_today(today), m_units(units),
          m_positions(positions), m_existing(existing), m_preview(preview) {}

    PreviewRow analyze(int index) {
        const SourceRow &src = m_sheet.rows.at(index);
        PreviewRow row;
        row.sheetRowIndex = index;
        row.sourceRow = src.number;
        m_row = &row;
        m_src = &src;
        Employee e;

        // Status first: it decides the NIP layout and how a bare roman rank is read.
        std::optional<EmploymentStatus> status;
        if (const QString s = text(ImportField::Status); !s.isEmpty()) {
            status = valueparser::parseStatus(s);
            if (!status)
                error(ImportField::Status, QCoreApplication::translate("ImportAnalyzer", "\"%1\" is not an employment status. Write PNS, CPNS or PPPK.").arg(s));
        }
        const QString rankText = text(ImportField::Rank);
        if (!status && !rankText.isEmpty()) {
            // PPPK golongan (V..XVII, or a number above 4) tell the status when no column does.
            const auto pppk = parseRank(rankText, EmploymentStatus::Pppk);
            const auto pns = parseRank(rankText, EmploymentStatus::Pns);
            if (pppk && !pns)
                status = EmploymentStatus::Pppk;
        }
        e.status = status.value_or(EmploymentStatus::Pns);

        // NIP
        const valueparser::NipValue nipValue = valueparser::parseNip(cell(ImportField::Nip));
        std::optional<NipFacts> facts;
        if (!nipValue.message.isEmpty()) {
            error(ImportField::Nip, nipValue.message);
        } else {
            e.nip = nipValue.nip;
            NipCheck check = nip::check(e.nip, e.status, m_today);
            const bool pnsRank = !rankText.isEmpty() && parseRank(rankText, EmploymentStatus::Pns).has_value();
            if (!check.isValid() && !status && !pnsRank) {
                // No status column: an NI PPPK fails the PNS layout but passes its own (unless the
                // rank says PNS, in which case the PNS messages stand).
                NipCheck pppk = nip::check(e.nip, EmploymentStatus::Pppk, m_today);
                if (pppk.isValid()) {
                    check = pppk;
                    e.status = EmploymentStatus::Pppk;
                }
            }
            for (const Problem &p : std::as_const(check.problems))
                add(ImportField::Nip, p.severity, p.message);
            facts = check.facts;
        }

        // Name and titles
        const valueparser::NameParts parts = valueparser::splitTitles(text(ImportField::Name));
        e.name = parts.name;
        e.titleFront = text(ImportField::TitleFront);
        e.titleBack = text(ImportField::TitleBack);
        if (e.titleFront.isEmpty())
            e.titleFront = parts.titleFront;
        if (e.titleBack.isEmpty())
            e.titleBack = parts.titleBack;
        if (e.name.isEmpty())
            error(ImportField::Name, QCoreApplication::translate("ImportAnalyzer", "The name is empty. Every row needs the employee's name."));

        e.birthPlace = text(ImportField::BirthPlace);
        e.education = text(ImportField::Education);
        e.birthDate = date(ImportField::BirthDate);
        e.rankTmt = date(ImportField::RankTmt);
        e.positionTmt = date(ImportField::PositionTmt);
        e.cpnsTmt = date(ImportField::CpnsTmt);

        // Gender: the column, else the NIP.
        std::optional<Gender> gender;
        if (const QString g = text(ImportField::Gender); !g.isEmpty()) {
            gender = valueparser::parseGender(g);
            if (!gender)
                add(ImportField::Gender, facts ? Problem::Severity::Warning : Problem::Severity::Error,
                    QCoreApplication::translate("ImportAnalyzer", "\"%1\" is not a gender. Write L or P (Laki-laki / Perempuan).").arg(g));
        }
        if (facts) {
            if (!e.birthDate.isValid() && m_cols[ImportField::BirthDate] < 0)
                e.birthDate = facts->birthDate;
            for (const Problem &p : nip::checkAgainstRecord(*facts, e.birthDate, gender))
                add(p.field == QLatin1String("gender") ? ImportField::Gender : ImportField::BirthDate,
                    Problem::Severity::Warning, p.message);
        }
        e.gender = gender ? *gender : (facts ? facts->gender : Gender::Male);

        // Rank
        if (!rankText.isEmpty()) {
            const auto rank = parseRank(rankText, e.status);
            if (!rank)
                error(ImportField::Rank, QCoreApplication::translate("ImportAnalyzer", "\"%1\" is not a rank (golongan). Write it like III/b, or IX for PPPK.")
                                             .arg(rankText));
            else if (!rank->fitsStatus(e.status))
                error(ImportField::Rank, QCoreApplication::translate("ImportAnalyzer", "Rank %1 does not exist for %2 employees.")
                                             .arg(rank->text(), codes::displayName(e.status)));
            else
                e.rank = *rank;
        }

        // Unit
        const QString unitName = text(ImportField::UnitName);
        const QString unitCode = text(ImportField::UnitCode);
        if (!unitName.isEmpty() || !unitCode.isEmpty()) {
            const UnitMatcher::Match m = m_units.match(unitCode, unitName);
            if (m.unitId) {
                e.unitId = m.unitId;
            } else {
                const qint64 choice = m_options.unitChoices.value(AnalyzeOptions::unitKey(unitName), 0);
                if (choice > 0) {
                    e.unitId = choice;
                } else if (choice == AnalyzeOptions::createUnit && !unitName.isEmpty()) {
                    row.unitText = unitName;
                    if (!m_preview.newUnits.contains(unitName))
                        m_preview.newUnits << unitName;
                } else {
                    unmatchedUnit(unitCode, unitName, m.candidates);
                }
            }
        } else if (m_cols[ImportField::UnitName] >= 0 || m_cols[ImportField::UnitCode] >= 0) {
            warning(m_cols[ImportField::UnitName] >= 0 ? ImportField::UnitName : ImportField::UnitCode,
                    QCoreApplication::translate("ImportAnalyzer", "The unit is empty; the employee will have no unit."));
        }

        // Position
        if (const QString positionName = text(ImportField::Position); !positionName.isEmpty()) {
            e.positionId = m_positions.match(positionName);
            if (!e.positionId) {
                if (m_options.createMissingPositions) {
                    row.newPositionName = positionName.simplified();
                    // Listed once in the preview summary (newPositions), not as a warning on every row.
                    if (!m_preview.newPositions.contains(row.newPositionName))
                        m_preview.newPositions << row.newPositionName;
                } else {
                    error(ImportField::Position,
                          QCoreApplication::translate("ImportAnalyzer", "The position \"%1\" is not in the catalogue. Add it to the catalogue first or correct "
                             "the name.")
                              .arg(positionName));
                }
            }
        }

        // New or known employee
        const auto known = m_existing.constFind(e.nip);
        if (e.nip.isEmpty() || known == m_existing.cend()) {
            row.action = RowAction::Insert;
            row.employee = std::move(e);
        } else {
            row.employee = merge(*known, e, row);
        }
        return row;
    }

private:
    // The known record with the file's values laid over it; empty cells never erase data.
    Employee merge(const Employee &old, const Employee &file, PreviewRow &row) {
        Employee m = old;
        const auto take = [this](ImportField f) { return m_cols[f] >= 0; };
        if (!file.name.isEmpty())
            m.name = file.name;
        if (!file.titleFront.isEmpty())
            m.titleFront = file.titleFront;
        if (!file.titleBack.isEmpty())
            m.titleBack = file.titleBack;
        if (!file.birthPlace.isEmpty())
            m.birthPlace = file.birthPlace;
        if (file.birthDate.isValid())
            m.birthDate = file.birthDate;
        if (take(ImportField::Gender) && !text(ImportField::Gender).isEmpty())
            m.gender = file.gender;
        if (take(ImportField::Status) && !text(ImportField::Status).isEmpty())
            m.status = file.status;
        if (file.rank.isValid())
            m.rank = file.rank;
        if (file.rankTmt.isValid())
            m.rankTmt = file.rankTmt;
        if (file.cpnsTmt.isValid())
            m.cpnsTmt = file.cpnsTmt;
        if (!file.education.isEmpty())
            m.education = file.education;

        // A different unit or position is not applied silently: the officer decides.
        const bool unitDiffers = (file.unitId || !row.unitText.isEmpty()) && file.unitId != old.unitId;
        const bool positionDiffers = (file.positionId || !row.newPositionName.isEmpty()) && file.positionId != old.positionId;
        if (unitDiffers || positionDiffers) {
            row.discrepancy = true;
            row.fileUnitId = unitDiffers ? file.unitId : old.unitId;
            row.filePositionId = positionDiffers ? file.positionId : old.positionId;
            row.decision = m_options.decisions.value(row.sheetRowIndex, DiscrepancyDecision::Undecided);
            if (row.decision == DiscrepancyDecision::Correction) {
                m.unitId = row.fileUnitId;
                m.positionId = row.filePositionId;
                if (file.positionTmt.isValid())
                    m.positionTmt = file.positionTmt;
            } else {
                // Stays as it is until the transfer is decided: nothing to create for this row.
                if (!unitDiffers)
                    row.unitText.clear();
                if (!positionDiffers)
                    row.newPositionName.clear();
            }
        } else if (file.positionTmt.isValid()) {
            m.positionTmt = file.positionTmt;
        }
        row.action = m == old ? RowAction::None : RowAction::Update;
        return m;
    }

    void unmatchedUnit(const QString &code, const QString &name, const QList<qint64> &candidates) {
        QStringList names;
        for (qint64 id : candidates)
            if (const Unit *u = m_units.unit(id))
                names << QStringLiteral("\"%1\"").arg(u->name);
        const ImportField field = name.isEmpty() ? ImportField::UnitCode : ImportField::UnitName;
        const QString written = name.isEmpty() ? code : name;
        if (names.isEmpty())
            error(field, QCoreApplication::translate("ImportAnalyzer", "The unit \"%1\" is not in the unit list. Import the unit list first "
                            "(imbang-cli import-units), or choose or create the unit in the import wizard.")
                             .arg(written));
        else
            error(field, QCoreApplication::translate("ImportAnalyzer", "The unit \"%1\" is not in the unit list. Closest: %2. Correct the name, or choose "
                            "the unit in the import wizard.")
                             .arg(written, names.join(QStringLiteral(", "))));
        if (!name.isEmpty() && !m_unmatchedSeen.contains(AnalyzeOptions::unitKey(name))) {
            m_unmatchedSeen.insert(AnalyzeOptions::unitKey(name));
            m_preview.unmatchedUnits.append({name, candidates});
        }
    }

    // A sheet has a handful of distinct rank spellings: each is parsed once.
    std::optional<Rank> parseRank(const QString &text, EmploymentStatus status) {
        QHash<QString, std::optional<Rank>> &known = m_ranks[status == EmploymentStatus::Pppk ? 1 : 0];
        if (auto it = known.constFind(text); it != known.cend())
            return *it;
        const std::optional<Rank> rank = Rank::parse(text, status);
        if (known.size() < 1000)
            known.insert(text, rank);
        return rank;
    }

    const Cell &cell(ImportField f) const { return m_src->cell(m_cols[f]); }
    QString text(ImportField f) const { return m_cols[f] < 0 ? QString() : valueparser::cleanText(cell(f)); }
    QDate date(ImportField f) {
        if (m_cols[f] < 0)
            return {};
        const valueparser::DateValue v = valueparser::parseDate(cell(f), m_sheet.dateOrigin);
        if (!v.message.isEmpty())
            error(f, v.message);
        return v.date;
    }
    void add(ImportField f, Problem::Severity s, const QString &message) {
        m_row->messages.append({m_cols[f], s, message});
    }
    void error(ImportField f, const QString &message) { add(f, Problem::Severity::Error, message); }
    void warning(ImportField f, const QString &message) { add(f, Problem::Severity::Warning, message); }

    const Sheet &m_sheet;
    const Columns m_cols;
    const AnalyzeOptions &m_options;
    QDate m_today;
    UnitMatcher &m_units;
    PositionMatcher &m_positions;
    const QHash<QString, Employee> &m_existing;
    ImportPreview &m_preview;
    PreviewRow *m_row = nullptr;
    const SourceRow *m_src = nullptr;
    QSet<QString> m_unmatchedSeen;
    QHash<QString, std::optional<Rank>> m_ranks[2]; // PNS/CPNS, PPPK
};

} // namespace

Status ImportAnalyzer::checkMapping(const Sheet &sheet, const ColumnMapping &mapping) {
    if (mapping.headerRowIndex < 0)
        return Status::failure(
            QCoreApplication::translate("ImportAnalyzer",
                                        "No header row was found in sheet \"%1\": none of its first 30 rows has column "
                                        "names such as NIP and Nama. Add a header row above the data.")
                .arg(sheet.name));
    if (!mapping.has(ImportField::Nip))
        return Status::failure(
            QCoreApplication::translate(
                "ImportAnalyzer", "Sheet \"%1\" has no NIP column (the header in row %2 reads: %3). Name the column "
                                  "\"NIP\" or choose it in the column mapping; employees are matched by NIP.")
                .arg(sheet.name)
                .arg(sheet.rows.at(mapping.headerRowIndex).number)
                .arg(mapping.headers.join(QStringLiteral(", ")).left(300)));
    if (mapping.headerRowIndex + 1 >= sheet.rows.size())
        return Status::failure(QCoreApplication::translate(
                                   "ImportAnalyzer", "Sheet \"%1\" has column headers in row %2 but no data below them.")
                                   .arg(sheet.name)
                                   .arg(sheet.rows.at(mapping.headerRowIndex).number));
    return {};
}

Expected<ImportPreview> ImportAnalyzer::analyze(const QSqlDatabase &db, const Sheet &sheet,
                                                const ColumnMapping &mapping, const AnalyzeOptions &options) {
    if (Status s = checkMapping(sheet, mapping); !s)
        return Expected<ImportPreview>::failure(s.error());
    ImportPreview preview;
    preview.sheetName = sheet.name;
    preview.mapping = mapping;
    const QDate today = options.today.isValid() ? options.today : Clock::today();
    UnitMatcher units(UnitRepository(db).all());
    PositionMatcher positions(PositionRepository(db).all());
    const QHash<QString, Employee> existing = loadExisting(db);

    // The rows are checked in two halves on two threads (each with its own unit matcher, whose
    // cache changes); the second half's findings follow the first's, so the preview is the same as
    // from one pass. Small sheets take one pass.
    const int first = mapping.headerRowIndex + 1;
    const int total = int(sheet.rows.size());
    const bool split = options.threads > 1 && total - first >= 2000;
    const int middle = split ? first + (total - first) / 2 : total;
    std::atomic<bool> stop = false;
    const auto check = [&](int from, int to, ImportPreview &part, UnitMatcher &matcher, bool reportProgress) {
        RowAnalyzer analyzer(sheet, mapping, options, today, matcher, positions, existing, part);
        part.rows.reserve(to - from);
        for (int i = from; i < to && !stop; ++i) {
            const SourceRow &src = sheet.rows.at(i);
            if (isColumnNumberRow(src) || sameRow(src, mapping.headers))
                continue;
            part.rows.append(analyzer.analyze(i));
            if (reportProgress && options.progress && i % 5000 == 0 && !options.progress(split ? 2 * (i - first) + first : i, total))
                stop = true;
        }
    };
    ImportPreview second;
    UnitMatcher secondUnits = units;
    std::thread worker;
    if (split)
        worker = std::thread([&] { check(middle, total, second, secondUnits, false); });
    check(first, middle, preview, units, true);
    if (worker.joinable())
        worker.join();
    if (stop)
        return Expected<ImportPreview>::failure(
            QCoreApplication::translate("ImportAnalyzer", "Checking the rows was cancelled."));
    if (split) {
        preview.rows.append(std::move(second.rows));
        for (const QString &name : std::as_const(second.newUnits))
            if (!preview.newUnits.contains(name))
                preview.newUnits << name;
        for (const QString &name : std::as_const(second.newPositions))
            if (!preview.newPositions.contains(name))
                preview.newPositions << name;
        QSet<QString> unmatched;
        for (const auto &u : std::as_const(preview.unmatchedUnits))
            unmatched.insert(AnalyzeOptions::unitKey(u.first));
        for (const auto &u : std::as_const(second.unmatchedUnits))
            if (!unmatched.contains(AnalyzeOptions::unitKey(u.first)))
                preview.unmatchedUnits.append(u);
    }

    // Preview row index per NIP, and every index of the NIPs seen more than once (one list per
    // duplicate, not per row).
    QHash<QString, int> firstRowOfNip;
    firstRowOfNip.reserve(preview.rows.size());
    QHash<QString, QList<int>> rowsByNip;
    for (int r = 0; r < preview.rows.size(); ++r) {
        const QString &nip = preview.rows.at(r).employee.nip;
        if (nip.isEmpty())
            continue;
        const auto seen = firstRowOfNip.constFind(nip);
        if (seen == firstRowOfNip.cend()) {
            firstRowOfNip.insert(nip, r);
        } else {
            QList<int> &rows = rowsByNip[nip];
            if (rows.isEmpty())
                rows << *seen;
            rows << r;
        }
    }

    // Every row of a NIP that appears more than once is flagged: which one is right is for the agency to say.
    const int nipColumn = mapping.columnOf(ImportField::Nip);
    for (auto it = rowsByNip.cbegin(); it != rowsByNip.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QStringList numbers;
        for (int r : *it)
            numbers << QString::number(preview.rows.at(r).sourceRow);
        for (int r : *it)
            preview.rows[r].messages.append(
                {nipColumn, Problem::Severity::Error,
                 QCoreApplication::translate("ImportAnalyzer",
                                             "NIP %1 appears more than once in the file (rows %2). Keep one row per "
                                             "employee.")
                     .arg(it.key(), numbers.join(QStringLiteral(", ")))});
    }
    for (const PreviewRow &r : std::as_const(preview.rows))
        if (r.action == RowAction::Update && !r.hasErrors())
            if (auto e = existing.constFind(r.employee.nip); e != existing.cend())
                preview.before.insert(e->id, *e);
    return preview;
}

} // namespace imbang
