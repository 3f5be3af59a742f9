#pragma once

#include "transfers/transfercodes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <optional>

namespace imbang {

// One employee's transfer (mutasi): where from, where to, from which TMT, why, and how far it got.
// The origin is copied when the transfer is proposed, so the record still says where the person
// came from after it is executed.
struct Transfer {
    qint64 id = 0;
    QUuid uuid;
    QString number;     // register number "MUT-2026-0001", unique
    qint64 batchId = 0; // the proposal it belongs to; 0 when proposed alone
    qint64 employeeId = 0;
    qint64 fromUnitId = 0;
    qint64 fromPositionId = 0;
    QDate fromPositionTmt;
    qint64 toUnitId = 0;
    qint64 toPositionId = 0;
    QDate tmt;
    TransferKind kind = TransferKind::WithinAgency;
    TransferReason reason = TransferReason::OrganisationalNeed;
    QString notes;
    TransferStatus status = TransferStatus::Draft;
    QString decreeNumber;
    QDate decreeDate;
    QDateTime executedAt;
    qint64 reversesId = 0; // a transfer that takes back an earlier, completed one
    QDateTime createdAt;
    QDateTime modifiedAt;
    QString originOffice;

    // For the audit trail: every field by its column name.
    QJsonObject toJson() const;
    friend bool operator==(const Transfer &, const Transfer &) = default;
};

// One step of the workflow: who moved the transfer from which status to which, when, and why.
struct TransferStep {
    qint64 id = 0;
    qint64 transferId = 0;
    std::optional<TransferStatus> from; // none for the creation of the draft
    TransferStatus to = TransferStatus::Draft;
    QString actor;
    QDateTime at;
    QString comment;
    QJsonArray checks; // the rule results at this step (RuleResult::toJson)
};

// A warning the officer decided to override, with the written justification.
struct RuleOverride {
    QString rule;
    QString justification;
    QString actor;
    QDateTime at;
    friend bool operator==(const RuleOverride &, const RuleOverride &) = default;
};

// A document of the checklist that has arrived, and where the paper or scan is kept.
struct DocumentTick {
    QString document; // DocumentChecklist code
    QDate receivedOn;
    QString fileRef; // archive number, folder or file path
    QString note;
    QString actor;
    friend bool operator==(const DocumentTick &, const DocumentTick &) = default;
};

} // namespace imbang
