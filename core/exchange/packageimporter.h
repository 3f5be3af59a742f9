#pragma once

#include "exchange/importpreview.h"
#include "exchange/packagefile.h"
#include "exchange/payloadlimits.h"
#include "util/expected.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace imbang::exchange {

struct MergePlan;

// Imports an exchange package in three steps:
//  1. open(): reads the file and checks header, content hash and signature; nothing is parsed.
//  2. preview(): only for a trusted signer (or with trustSigner): parses the payload within the
//     limits and compares it with the database: per entity new / updated / deleted / unchanged /
//     kept / conflicts.
//  3. apply(): one transaction. The comparison is made again inside it, so a change made between
//     preview and apply is never overwritten; conflicts follow `resolutions` (default: keep mine).
//     One audit entry per change; ChangeBus::notify after the commit. A failure rolls everything back.
// Three-way merge: per record and office the database keeps the content hash it last received from
// and last sent to that office. A record that equals that base on one side changed only on the
// other side, which wins; a record that differs from the base on both sides is a conflict.
// preview() and apply() take the connection to use, so each may run in its own worker thread.
class PackageImporter {
public:
    using Progress = std::function<void(int percent, const QString &step)>;

    PackageImporter();
    ~PackageImporter();
    PackageImporter(const PackageImporter &) = delete;
    PackageImporter &operator=(const PackageImporter &) = delete;

    void setLimits(const PayloadLimits &limits) { m_limits = limits; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Reads and verifies the package, and looks its signer up in `db`.
    Status open(const QString &path, const QSqlDatabase &db);
    Status openBytes(const QByteArray &bytes, const QSqlDatabase &db);

    const PackageHeader &header() const;
    const SignerInfo &signer() const { return m_signer; }
    bool signerAccepted() const; // own key or a trusted office with its known key

    // Fails for an untrusted signer unless trustSigner (nothing is stored by a preview).
    Expected<ImportPreview> preview(const QSqlDatabase &db, bool trustSigner = false);
    // trustSigner also stores the trust (in the same transaction as the import).
    Expected<ImportResult> apply(const QSqlDatabase &db, const Resolutions &resolutions, bool trustSigner = false);
    Expected<ImportResult> apply(const QSqlDatabase &db, const Resolver &resolver, bool trustSigner = false);

    static QString cancelledMessage();

private:
    Status ensurePayload(bool trustSigner);
    Expected<std::unique_ptr<MergePlan>> plan(const QSqlDatabase &db, ImportPreview &preview);
    void report(int percent, const QString &step) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    PayloadLimits m_limits;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    std::unique_ptr<VerifiedPackage> m_package;
    std::shared_ptr<const PackagePayload> m_payload;
    SignerInfo m_signer;
};

} // namespace imbang::exchange
