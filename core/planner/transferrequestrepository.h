#pragma once

#include "util/expected.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace imbang {

// An employee's own request to be moved to a region (kabupaten/kota). The planner honours requests first
// where a shortage in that region fits; the proposal then carries the reason "own request".
struct TransferRequest {
    qint64 id = 0;
    qint64 employeeId = 0;
    QString region;
    QString note;
    QDate requestedOn;
};

class TransferRequestRepository {
public:
    explicit TransferRequestRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<TransferRequest> all() const;
    QList<TransferRequest> forEmployee(qint64 employeeId) const;
    std::optional<TransferRequest> find(qint64 employeeId, const QString &region) const;
    QStringList regions() const; // the kabupaten/kota the units lie in: what a request may name
    // Records a request (the region must be one some unit lies in); the same region twice updates the note.
    // Audited, like withdrawing it.
    Status add(qint64 employeeId, const QString &region, const QString &note = {});
    Status remove(qint64 employeeId, const QString &region);

private:
    QList<TransferRequest> select(const QString &where, const QVariantList &bindings) const;

    QSqlDatabase m_db;
};

} // namespace imbang
