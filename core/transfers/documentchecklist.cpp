#include "documentchecklist.h"

#include "access/session.h"
#include "audit/actor.h"
#include "audit/audittrail.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "transfers/transferrepository.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace imbang {
namespace {

struct Known {
    const char *code;
    const char *title;
    TransferStatus neededBy;
};

// In the order officers collect them.
constexpr Known catalogue[] = {
    {"ABK_JABATAN", QT_TRANSLATE_NOOP("DocumentChecklist", "Workload analysis (ABK) of the target position"),
     TransferStatus::Verified},
    {"SURAT_PERMOHONAN", QT_TRANSLATE_NOOP("DocumentChecklist", "Application letter of the employee"),
     TransferStatus::Verified},
    {"USUL_PENERIMA",
     QT_TRANSLATE_NOOP("DocumentChecklist", "Proposal of the receiving side naming the position"),
     TransferStatus::Verified},
    {"PERSETUJUAN_ASAL",
     QT_TRANSLATE_NOOP("DocumentChecklist", "Approval of the origin (agency head or PPK)"),
     TransferStatus::Verified},
    {"SK_TERAKHIR", QT_TRANSLATE_NOOP("DocumentChecklist", "Last rank or position decree (SK)"),
     TransferStatus::Verified},
    {"SK_CPNS_PNS", QT_TRANSLATE_NOOP("DocumentChecklist", "SK CPNS and SK PNS"), TransferStatus::Verified},
    {"IJAZAH", QT_TRANSLATE_NOOP("DocumentChecklist", "Diploma of the last education"),
     TransferStatus::Verified},
    {"SKP_2_TAHUN",
     QT_TRANSLATE_NOOP("DocumentChecklist", "Performance assessment \"baik\" for the last 2 years"),
     TransferStatus::Verified},
    {"BEBAS_HUKUMAN",
     QT_TRANSLATE_NOOP("DocumentChecklist", "Statement of no disciplinary or court proceedings"),
     TransferStatus::Verified},
    {"BEBAS_TUGAS_BELAJAR",
     QT_TRANSLATE_NOOP("DocumentChecklist", "Statement of no study leave or service bond"),
     TransferStatus::Verified},
    {"BEBAS_TEMUAN", QT_TRANSLATE_NOOP("DocumentChecklist", "Clearance of the inspectorate"),
     TransferStatus::Verified},
    {"PERTEK_BKN", QT_TRANSLATE_NOOP("DocumentChecklist", "Technical approval (pertek) of BKN"),
     TransferStatus::DecreeIssued},
};

QStringList codesFor(TransferKind kind, TransferReason reason) {
    QStringList codes{QStringLiteral("ABK_JABATAN"), QStringLiteral("SK_TERAKHIR"),
                      QStringLiteral("SKP_2_TAHUN"), QStringLiteral("BEBAS_HUKUMAN")};
    const bool betweenGovernments = kind == TransferKind::BetweenRegencies ||
                                    kind == TransferKind::BetweenProvinces ||
                                    kind == TransferKind::CentralRegional;
    if (reason == TransferReason::OwnRequest || betweenGovernments)
        codes << QStringLiteral("SURAT_PERMOHONAN");
    if (kind != TransferKind::WithinAgency)
        codes << QStringLiteral("USUL_PENERIMA") << QStringLiteral("PERSETUJUAN_ASAL");
    if (betweenGovernments)
        codes << QStringLiteral("BEBAS_TUGAS_BELAJAR") << QStringLiteral("BEBAS_TEMUAN")
              << QStringLiteral("SK_CPNS_PNS") << QStringLiteral("IJAZAH") << QStringLiteral("PERTEK_BKN");
    return codes;
}

QJsonObject tickJson(const DocumentTick &t) {
    return {{QStringLiteral("document"), t.document},
            {QStringLiteral("received_on"), t.receivedOn.toString(Qt::ISODate)},
            {QStringLiteral("file_ref"), t.fileRef},
            {QStringLiteral("note"), t.note}};
}

} // namespace

QString DocumentChecklist::title(const QString &code) {
    for (const Known &k : catalogue)
        if (code == QLatin1String(k.code))
            return QCoreApplication::translate("DocumentChecklist", k.title);
    return code;
}

QList<DocumentRequirement> DocumentChecklist::required(TransferKind kind, TransferReason reason) {
    const QStringList codes = codesFor(kind, reason);
    QList<DocumentRequirement> list;
    for (const Known &k : catalogue) {
        const QString code = QString::fromLatin1(k.code);
        if (codes.contains(code))
            list << DocumentRequirement{code, title(code), k.neededBy};
    }
    return list;
}

QList<DocumentRequirement> DocumentChecklist::required(const Transfer &transfer) {
    return required(transfer.kind, transfer.reason);
}

QList<DocumentRequirement> DocumentChecklist::missing(const Transfer &transfer,
                                                      const QList<DocumentTick> &ticks,
                                                      TransferStatus status) {
    // Statuses in workflow order: a document needed by Verified is needed by everything after it too.
    const auto rank = [](TransferStatus s) {
        return int(s);
    };
    QList<DocumentRequirement> result;
    for (const DocumentRequirement &r : required(transfer)) {
        if (rank(r.neededBy) > rank(status))
            continue;
        const bool ticked = std::any_of(ticks.cbegin(), ticks.cend(),
                                        [&](const DocumentTick &t) { return t.document == r.code; });
        if (!ticked)
            result << r;
    }
    return result;
}

Status DocumentChecklist::tick(const QSqlDatabase &db, qint64 transferId, DocumentTick tick) {
    // Documents are received while drafting and while verifying.
    if (!access::can(db, Permission::VerifyTransfer))
        if (Status allowed = access::require(db, Permission::DraftTransfer); !allowed)
            return allowed;
    TransferRepository repo(db);
    const std::optional<Transfer> transfer = repo.byId(transferId);
    if (!transfer)
        return Status::failure(
            QCoreApplication::translate("DocumentChecklist", "Transfer %1 does not exist.").arg(transferId));
    const QList<DocumentRequirement> list = required(*transfer);
    if (!std::any_of(list.cbegin(), list.cend(),
                     [&](const DocumentRequirement &r) { return r.code == tick.document; })) {
        QStringList codes;
        for (const DocumentRequirement &r : list)
            codes << r.code;
        return Status::failure(QCoreApplication::translate(
                                   "DocumentChecklist", "\"%1\" is not on the checklist of transfer %2. Its "
                                                        "documents are: %3.")
                                   .arg(tick.document, transfer->number, codes.join(QStringLiteral(", "))));
    }
    if (!transfercodes::isOpen(transfer->status))
        return Status::failure(
            QCoreApplication::translate("DocumentChecklist",
                                        "Transfer %1 is %2: its checklist can no longer change.")
                .arg(transfer->number, transfercodes::displayName(transfer->status)));
    tick.fileRef = tick.fileRef.trimmed();
    if (tick.fileRef.isEmpty())
        return Status::failure(
            QCoreApplication::translate("DocumentChecklist",
                                        "Enter where \"%1\" is kept (archive number, folder or "
                                        "file) before ticking it.")
                .arg(title(tick.document)));
    if (!tick.receivedOn.isValid())
        tick.receivedOn = Clock::today();
    tick.actor = actor::current();

    sql::Transaction transaction(db);
    QJsonObject before;
    for (const DocumentTick &t : repo.documents(transferId))
        if (t.document == tick.document)
            before = tickJson(t);
    if (Status s = repo.setDocument(transferId, tick); !s)
        return s;
    if (Status s = AuditTrail(db).record(
            {QStringLiteral("transfer.document"), QStringLiteral("transfer"), transfer->uuid,
             QCoreApplication::translate("DocumentChecklist", "Transfer %1: document received: %2")
                 .arg(transfer->number, title(tick.document)),
             before, tickJson(tick)});
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("transfer"));
    return {};
}

Status DocumentChecklist::untick(const QSqlDatabase &db, qint64 transferId, const QString &code) {
    // Documents are received while drafting and while verifying.
    if (!access::can(db, Permission::VerifyTransfer))
        if (Status allowed = access::require(db, Permission::DraftTransfer); !allowed)
            return allowed;
    TransferRepository repo(db);
    const std::optional<Transfer> transfer = repo.byId(transferId);
    if (!transfer)
        return Status::failure(
            QCoreApplication::translate("DocumentChecklist", "Transfer %1 does not exist.").arg(transferId));
    if (!transfercodes::isOpen(transfer->status))
        return Status::failure(
            QCoreApplication::translate("DocumentChecklist",
                                        "Transfer %1 is %2: its checklist can no longer change.")
                .arg(transfer->number, transfercodes::displayName(transfer->status)));
    QJsonObject before;
    for (const DocumentTick &t : repo.documents(transferId))
        if (t.document == code)
            before = tickJson(t);
    if (before.isEmpty())
        return {};
    sql::Transaction transaction(db);
    if (Status s = repo.removeDocument(transferId, code); !s)
        return s;
    if (Status s = AuditTrail(db).record(
            {QStringLiteral("transfer.document"),
             QStringLiteral("transfer"),
             transfer->uuid,
             QCoreApplication::translate("DocumentChecklist", "Transfer %1: document unticked: %2")
                 .arg(transfer->number, title(code)),
             before,
             {}});
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    ChangeBus::notify(QStringLiteral("transfer"));
    return {};
}

} // namespace imbang
