#pragma once

#include "decree/decreedata.h"
#include "util/expected.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace imbang {

// Makes the draft of a decree from approved transfers: the people as the records show them now, the
// office's template (DecreeTemplateRepository), the number pattern and today's date. Transfers must be
// "Disetujui"; a transfer whose decree was already finalised is reprinted from its snapshot instead
// (DecreeRepository::forTransfer).
class DecreeBuilder {
public:
    explicit DecreeBuilder(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // One person: the details go into the KESATU clause.
    Expected<DecreeData> forTransfer(qint64 transferId, const QDate &date = {}) const;
    // The approved transfers of a proposal: one person as above, several in the LAMPIRAN table.
    Expected<DecreeData> forBatch(qint64 batchId, const QDate &date = {}) const;
    // Any approved transfers, in the given order.
    Expected<DecreeData> forTransfers(const QList<qint64> &transferIds, const QDate &date = {}) const;

    // Paper, margins and font from the settings decree/...
    static DecreeLayout layoutFromSettings(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
};

} // namespace imbang
