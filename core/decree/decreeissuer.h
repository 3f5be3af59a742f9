#pragma once

#include "decree/decreerepository.h"
#include "util/expected.h"

#include <QSqlDatabase>

namespace imbang {

// Finalises a draft decree, all or nothing in one transaction: takes the next number of the decree
// date's year (DecreeNumbering), freezes the data, the heading image and the layout into the decree's
// snapshot, links the transfers to it and moves each of them to "SK terbit" with that number and date
// through the transfer workflow (which records the step and audits it). Every transfer must still be
// approved and in no other decree.
class DecreeIssuer {
public:
    static Expected<StoredDecree> finalise(const QSqlDatabase &db, DecreeData draft, const DecreeLayout &layout,
                                           const QString &comment = {});
};

} // namespace imbang
