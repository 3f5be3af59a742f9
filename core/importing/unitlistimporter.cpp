#include "unitlistimporter.h"

#include "access/session.h"
#include "importing/importfield.h"
#include "importing/valueparser.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QHash>

namespace imbang {
namespace {

enum Column { Code, Name, Kind, Parent, Region, Latitude, Longitude, ColumnCount };

int columnFor(const QString &header) {
    const QString h = importfield::normalizeHeader(header);
    if (h == QLatin1String("kodeunit") || h == QLatin1String("kode") || h == QLatin1String("code") ||
        h == QLatin1String("kodeunitkerja"))
        return Code;
    if (h == QLatin1String("namaunit") || h == QLatin1String("nama") || h == QLatin1String("name") ||
        h == QLatin1String("unitkerja") || h == QLatin1String("namaunitkerja"))
        return Name;
    if (h == QLatin1String("jenis") || h == QLatin1String("kind") || h == QLatin1String("jenisunit"))
        return Kind;
    if (h == QLatin1String("induk") || h == QLatin1String("kodeinduk") || h == QLatin1String("parent") ||
        h == QLatin1String("parentcode"))
        return Parent;
    if (h == QLatin1String("kabupatenkota") || h == QLatin1String("wilayah") || h == QLatin1String("region") ||
        h == QLatin1String("kabkota"))
        return Region;
    if (h == QLatin1String("lintang") || h == QLatin1String("latitude") || h == QLatin1String("lat"))
        return Latitude;
    if (h == QLatin1String("bujur") || h == QLatin1String("longitude") || h == QLatin1String("lon") ||
        h == QLatin1String("lng"))
        return Longitude;
    return -1;
}

std::optional<UnitKind> kindFrom(const QString &text) {
    const QString t = text.trimmed().toUpper();
    if (auto k = codes::unitKindFromCode(t))
        return k;
    for (UnitKind k : codes::allUnitKinds())
        if (codes::displayName(k).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return k;
    if (t == QLatin1String("DINAS") || t == QLatin1String("BADAN"))
        return UnitKind::Opd;
    return std::nullopt;
}

std::optional<double> number(const QString &text, bool &ok) {
    ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const double v = QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

Expected<UnitImportResult> UnitListImporter::import(const QSqlDatabase &db, const Sheet &sheet, bool dryRun) {
    if (!dryRun) {
        if (Status allowed = access::require(db, Permission::ImportData); !allowed)
            return Expected<UnitImportResult>::failure(allowed.error());
}
    using Result = Expected<UnitImportResult>;
    // Header: the first row naming a code and a name column.
    int headerIndex = -1;
    int cols[ColumnCount];
    for (int i = 0; i < std::min<int>(20, int(sheet.rows.size())) && headerIndex < 0; ++i) {
        std::fill(std::begin(cols), std::end(cols), -1);
        const SourceRow &row = sheet.rows.at(i);
        for (int c = 0; c < row.cells.size(); ++c)
            if (const int f = columnFor(row.cells.at(c).displayText()); f >= 0 && cols[f] < 0)
                cols[f] = c;
        if (cols[Code] >= 0 && cols[Name] >= 0)
            headerIndex = i;
    }
    if (headerIndex < 0)
        return Result::failure(QCoreApplication::translate(
            "UnitListImporter", "No header row with a unit code and a unit name column was found. The unit list needs "
                                "the columns Kode Unit and Nama Unit (and may have Jenis, Induk, Kabupaten/Kota, "
                                "Lintang, Bujur)."));
    if (headerIndex + 1 >= sheet.rows.size())
        return Result::failure(
            QCoreApplication::translate("UnitListImporter", "The unit list has a header but no units below it."));

    UnitRepository units(db);
    QHash<QString, Unit> byCode;
    for (const Unit &u : units.all())
        byCode.insert(u.code, u);
    sql::Transaction transaction(db);
    UnitImportResult result;
    QList<QPair<int, QString>> parents; // row index -> parent code, resolved after all units exist
    QHash<QString, int> seen;
    const auto cell = [](const SourceRow &r, int c) { return c < 0 ? QString() : valueparser::cleanText(r.cell(c)); };
    for (int i = headerIndex + 1; i < sheet.rows.size(); ++i) {
        const SourceRow &row = sheet.rows.at(i);
        const auto reject = [&](const QString &message) { result.rejected.append({row.number, message}); };
        Unit u;
        u.code = cell(row, cols[Code]);
        u.name = cell(row, cols[Name]);
        if (u.code.isEmpty() || u.name.isEmpty()) {
            reject(QCoreApplication::translate("UnitListImporter", "The unit code and the unit name must both be filled in."));
            continue;
        }
        if (seen.contains(u.code)) {
            reject(QCoreApplication::translate("UnitListImporter", "Unit code %1 appears again (first in row %2).")
                       .arg(u.code)
                       .arg(seen.value(u.code)));
            continue;
        }
        seen.insert(u.code, row.number);
        const QString kindText = cell(row, cols[Kind]);
        const auto kind = kindText.isEmpty() ? std::optional<UnitKind>(UnitKind::Other) : kindFrom(kindText);
        if (!kind) {
            reject(QCoreApplication::translate("UnitListImporter",
                                               "\"%1\" is not a unit kind. Use OPD, SEKOLAH, PUSKESMAS, BIDANG, UPTD or "
                                               "LAINNYA.")
                       .arg(kindText));
            continue;
        }
        u.kind = *kind;
        u.region = cell(row, cols[Region]);
        bool latOk = true, lonOk = true;
        u.latitude = number(cell(row, cols[Latitude]), latOk);
        u.longitude = number(cell(row, cols[Longitude]), lonOk);
        if (!latOk || !lonOk || (u.latitude && std::abs(*u.latitude) > 90) || (u.longitude && std::abs(*u.longitude) > 180)) {
            reject(QCoreApplication::translate("UnitListImporter", "The coordinates must be decimal degrees, "
                                                                   "for example -1.61 and 103.61."));
            continue;
        }
        auto existing = byCode.find(u.code);
        if (existing == byCode.end()) {
            u.uuid = QUuid::createUuid(); // kept by insert(), so the later parent update keeps it too
            auto id = units.insert(u);
            if (!id)
                return Result::failure(id.error());
            u.id = *id;
            byCode.insert(u.code, u);
            ++result.inserted;
        } else {
            Unit merged = *existing;
            merged.name = u.name;
            merged.kind = u.kind;
            if (!u.region.isEmpty())
                merged.region = u.region;
            if (u.latitude)
                merged.latitude = u.latitude;
            if (u.longitude)
                merged.longitude = u.longitude;
            if (merged == *existing) {
                ++result.unchanged;
            } else {
                if (Status s = units.update(merged); !s)
                    return Result::failure(s.error());
                *existing = merged;
                ++result.updated;
            }
        }
        parents.append({i, cell(row, cols[Parent])});
    }
    for (const auto &[index, parentCode] : std::as_const(parents)) {
        const SourceRow &row = sheet.rows.at(index);
        Unit &u = byCode[cell(row, cols[Code])];
        qint64 parentId = 0;
        if (!parentCode.isEmpty()) {
            const auto p = byCode.constFind(parentCode);
            if (p == byCode.cend() || p->id == u.id) {
                result.rejected.append({row.number, QCoreApplication::translate(
                                                        "UnitListImporter", "The parent unit %1 is not in the list; the "
                                                                            "unit was saved without a parent.")
                                                        .arg(parentCode)});
            } else {
                parentId = p->id;
            }
        }
        if (u.parentId != parentId) {
            u.parentId = parentId;
            if (Status s = units.update(u); !s)
                return Result::failure(s.error());
        }
    }
    if (dryRun)
        return result; // the transaction rolls back
    if (Status s = transaction.commit(); !s)
        return Result::failure(s.error());
    ChangeBus::notify(QStringLiteral("unit"));
    return result;
}

} // namespace imbang
