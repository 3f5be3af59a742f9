#pragma once

// Shared steps of the decree tests: approved transfers of the transfer scenario, with the details a
// decree prints (titles, birth place, education, rank).
#include "records/employeerepository.h"
#include "transferhelpers.h"

namespace imbang::test {

// Gives the scenario's people titles, a birth place, education and a rank, as real records have.
inline void completeRecords(TransferScenario &s) {
    const char *fronts[] = {"Dra.", "", "", ""};
    const char *backs[] = {"S.Pd.", "S.Pd., M.Pd.", "A.Md.", "S.Pd.SD"};
    for (int i = 0; i < s.sd1Teachers.size(); ++i) {
        Employee e = s.get(s.sd1Teachers.at(i));
        e.titleFront = QString::fromUtf8(fronts[i]);
        e.titleBack = QString::fromUtf8(backs[i]);
        e.birthPlace = QStringLiteral("Muara Bungo");
        e.education = QStringLiteral("S-1 Pendidikan Guru Sekolah Dasar");
        e.rank = *Rank::pns(3, QLatin1Char('b'));
        e.rankTmt = QDate(2022, 4, 1);
        TransferScenario::check(EmployeeRepository(s.db).update(e));
    }
}

// One approved transfer of the first SD 1 teacher to SD 2.
inline qint64 approvedSingle(TransferScenario &s) {
    const qint64 id = propose(s.db, s.sd1Teachers.at(0), s.sd2, s.guruKelas);
    TransferScenario::check(reach(s.db, id, TransferStatus::Approved));
    return id;
}

// A proposal moving the first two SD 1 teachers to SD 2, approved; returns the batch id.
inline qint64 approvedBatch(TransferScenario &s) {
    auto outcome = TransferProposal::create(s.db, request({s.sd1Teachers.at(0), s.sd1Teachers.at(1)}, s.sd2,
                                                          s.guruKelas));
    if (!outcome)
        qFatal("batch: %s", qPrintable(outcome.error()));
    for (qint64 id : outcome->transferIds) {
        TransferScenario::check(TransferWorkflow::advance(s.db, id, TransferStatus::Proposed));
        TransferScenario::check(tickAll(s.db, id));
    }
    TransferScenario::check(TransferWorkflow::advanceBatch(s.db, outcome->batchId, TransferStatus::Verified));
    TransferScenario::check(TransferWorkflow::advanceBatch(s.db, outcome->batchId, TransferStatus::Approved));
    return outcome->batchId;
}

} // namespace imbang::test
