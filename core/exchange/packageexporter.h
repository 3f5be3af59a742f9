#pragma once

#include "util/expected.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace imbang::exchange {

// What goes into a package.
struct ExportOptions {
    QStringList unitCodes; // empty: every unit; otherwise these units with their sub-units
    QString targetOffice;  // a known office (id, name or fingerprint); empty: a package for anyone
    bool sinceLast = false; // only what changed since the last package sent to targetOffice
    // A package for anyone cannot be encrypted: it is only written when the officer chose so.
    bool unencrypted = false;
};

struct ExportSummary {
    QString path;
    qint64 bytes = 0;
    int units = 0;
    int positions = 0;
    int employees = 0;
    int staffingNeeds = 0;
    int tombstones = 0;
    int rankHistory = 0;
    int ratings = 0;
    int competences = 0;
    int transfers = 0;
    int transferSteps = 0;
    QString targetName;    // empty without a target office
    QDateTime since;       // invalid when the package holds everything in scope
    bool firstToTarget = false; // --since-last, but nothing was sent to that office before
    QString fingerprint;   // of the key that signed the package
    bool encrypted = false; // to the target office's key

    int records() const {
        return units + positions + employees + staffingNeeds + tombstones + rankHistory + ratings + competences +
               transfers + transferSteps;
    }
};

// Writes exchange packages. The records are read in one snapshot (a read transaction), the package
// is signed with the office key (made on first use), encrypted to the target office's key when it has
// one (the office must be trusted: its key was confirmed by its fingerprint) and written atomically; for a package to a known
// office, what was sent is remembered for the next "changes since the last package" and for merging
// that office's answer. Runs in any thread on a connection of that thread.
class PackageExporter {
public:
    // percent 0-100 and a translated description of the step.
    using Progress = std::function<void(int percent, const QString &step)>;

    explicit PackageExporter(QSqlDatabase db) : m_db(std::move(db)) {}
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // When the flag becomes true the export stops, writes nothing and returns the "cancelled" message.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    Expected<ExportSummary> exportTo(const QString &path, const ExportOptions &options);

    static QString cancelledMessage();
    // Records changed this long before the previous package's snapshot are sent again: a write that
    // was still running when that snapshot was taken cannot slip between two packages.
    static constexpr int sinceOverlapSeconds = 60;

private:
    void report(int percent, const QString &step) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    QSqlDatabase m_db;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace imbang::exchange
