#pragma once

#include "exchange/officedirectory.h"
#include "exchange/packageheader.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace imbang::exchange {

// What the merge would do with one record.
enum class MergeAction {
    Insert,    // new here
    Update,    // only the sender changed it: take theirs
    Delete,    // the sender deleted it and it is unchanged here
    Unchanged, // the same on both sides
    KeepLocal, // only this office changed it since the last exchange: keep ours
    Conflict,  // both changed it: the officer decides
};

enum class ConflictKind {
    BothChanged,             // both offices edited the record since their last exchange
    ChangedHereDeletedThere, // edited here, deleted by the sender
    DeletedHereChangedThere, // deleted here, edited by the sender
    NeverExchanged,          // different on both sides and never exchanged between these two offices
};

enum class Resolution { KeepMine, TakeTheirs };

struct FieldDifference {
    QString field; // translated title
    QString mine;
    QString theirs;
};

struct MergeConflict {
    QString entity;       // "employee"
    QString entityTitle;  // translated
    QString uuid;         // the record's UUID in the package
    QString naturalKey;   // NIP, code, ...
    QString label;
    ConflictKind kind = ConflictKind::BothChanged;
    QList<FieldDifference> differences; // empty when one side is deleted
    QDateTime mineModified;
    QDateTime theirsModified;

    QString key() const { return entity + QLatin1Char(':') + uuid; }
    QString kindText() const; // translated, one line
};

// Resolutions by MergeConflict::key(); a conflict without one keeps this office's version.
using Resolutions = QHash<QString, Resolution>;
// Or decided per conflict while the import runs (the CLI's --take-theirs-for).
using Resolver = std::function<Resolution(const MergeConflict &)>;

struct EntityCounts {
    QString entity;
    QString title;
    int inserted = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    int keptLocal = 0;
    int conflicts = 0;
    int skipped = 0; // apply only: records that could not be stored (see the warnings)

    int changes() const { return inserted + updated + deleted; }
};

// The signer of a package as this database sees it.
struct SignerInfo {
    SignerStatus status = SignerStatus::Unknown;
    QString fingerprint;
    QString officeName;
    QString region;
    QUuid officeId;
    QString statusText() const; // translated
};

struct ImportPreview {
    PackageHeader header;
    SignerInfo signer;
    QString scopeText;              // translated: "all data", "units 01, 02", "changes since ..."
    QList<EntityCounts> entities;
    QList<MergeConflict> conflicts;
    QStringList warnings;           // translated
    QDateTime alreadyImportedAt;    // valid when this very package was imported before
    bool encrypted = false;         // to this office's key; when false, warnings say so

    int changes() const;
};

struct ImportResult {
    ImportPreview comparison; // what the import found, inside its transaction
    QList<EntityCounts> entities;
    QStringList warnings;
    int changes = 0;          // records inserted, updated or deleted; one audit entry each
    int conflictsTakenTheirs = 0;
    int conflictsKeptMine = 0;
};

} // namespace imbang::exchange
