#include "rulefactsloader.h"

#include "competence/personfit.h"
#include "domain/employeefacts.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "storage/sqlutil.h"
#include "transfers/staffingminimumrepository.h"
#include "transfers/transferrepository.h"
#include "workload/staffinglevels.h"

namespace imbang {

RuleFactsLoader::RuleFactsLoader(QSqlDatabase db)
    : m_db(db)
    , m_policy(RetirementPolicy::fromSettingText(Settings(db).get(settingkeys::retirementAges)))
    , m_deriver(TransferKindDeriver::fromDatabase(db)) {}

TransferKind RuleFactsLoader::kindFor(qint64 fromUnitId, qint64 toUnitId) const {
    return m_deriver.derive(TransferKindDeriver::placeOf(m_db, fromUnitId),
                            TransferKindDeriver::placeOf(m_db, toUnitId));
}

RuleResults RuleFactsLoader::check(const Transfer &transfer) const {
    return TransferRules::check(forTransfer(transfer), RuleSettings::fromDatabase(m_db));
}

RuleFacts RuleFactsLoader::gather(const Employee &employee, qint64 fromUnitId, qint64 fromPositionId,
                                  const QDate &positionTmt, qint64 toUnitId, qint64 toPositionId,
                                  const QDate &tmt) const {
    const UnitRepository units(m_db);
    const PositionRepository positions(m_db);
    RuleFacts f;
    f.tmt = tmt;
    f.employeeName = employee.fullName();
    f.status = employee.status;
    f.active = employee.active;
    f.positionTmt = positionTmt;
    f.fromUnitId = fromUnitId;
    f.fromPositionId = fromPositionId;
    f.toUnitId = toUnitId;
    f.toPositionId = toPositionId;

    const std::optional<Position> fromPosition = positions.byId(fromPositionId);
    const std::optional<Position> toPosition = positions.byId(toPositionId);
    const std::optional<Unit> fromUnit = units.byId(fromUnitId);
    const std::optional<Unit> toUnit = units.byId(toUnitId);
    f.targetExists = toUnit && toPosition;
    if (fromUnit)
        f.fromUnitName = fromUnit->name;
    if (toUnit) {
        f.toUnitName = toUnit->name;
        f.targetUnitOpen = toUnit->isOpen();
        f.targetClosedOn = toUnit->closedOn;
    }
    if (fromPosition) {
        f.fromPositionName = fromPosition->name;
        f.fromFamily = fromPosition->family;
    }
    if (toPosition) {
        f.toPositionName = toPosition->name;
        f.toFamily = toPosition->family;
    }
    const PersonFit fit = PersonFit::of(m_db, employee.id, employee.education, toPosition ? toPosition->id : 0, tmt);
    f.lastRatings = fit.lastRatings;
    f.qualificationGaps = fit.qualificationGaps;
    // The retirement age follows the current position (the BUP the person has now).
    f.retirementDate =
        EmployeeFacts::compute(employee, fromPosition.value_or(Position()), m_policy, tmt).retirementDate;
    f.kind = kindFor(fromUnitId, toUnitId);

    if (toUnit && toPosition) {
        const StaffingLevel target = staffing::levelOf(m_db, toUnitId, toPositionId);
        f.targetNeed = target.need;
        f.targetStaff = target.inPost;
        auto recorded = sql::run(
            m_db, QStringLiteral("SELECT 1 FROM staffing_need WHERE unit_id = ? AND position_id = ?"),
            {toUnitId, toPositionId});
        f.targetNeedRecorded = recorded && recorded->next();
    }
    if (fromUnitId && fromPositionId) {
        const StaffingLevel origin = staffing::levelOf(m_db, fromUnitId, fromPositionId);
        f.originNeed = origin.need;
        f.originStaff = origin.inPost;
        f.originExplicitMinimum = StaffingMinimumRepository(m_db).minimum(fromUnitId, fromPositionId);
    }
    return f;
}

RuleFacts RuleFactsLoader::forNew(const Employee &employee, qint64 toUnitId, qint64 toPositionId,
                                  const QDate &tmt, const QList<PlannedMove> &earlierPeers) const {
    RuleFacts f = gather(employee, employee.unitId, employee.positionId, employee.positionTmt, toUnitId,
                         toPositionId, tmt);
    const TransferRepository transfers(m_db);
    f.otherOpenTransfers = transfers.openNumbersFor(employee.id);
    f.targetIncoming = transfers.pendingCount(toUnitId, toPositionId, true, 0, 0);
    f.originOutgoing = transfers.pendingCount(employee.unitId, employee.positionId, false, 0, 0);
    for (const PlannedMove &peer : earlierPeers) {
        if (peer.toUnitId == toUnitId && peer.toPositionId == toPositionId)
            ++f.targetIncoming;
        if (peer.fromUnitId == employee.unitId && peer.fromPositionId == employee.positionId)
            ++f.originOutgoing;
    }
    return f;
}

RuleFacts RuleFactsLoader::forTransfer(const Transfer &transfer) const {
    const Employee employee = EmployeeRepository(m_db).byId(transfer.employeeId).value_or(Employee());
    RuleFacts f = gather(employee, transfer.fromUnitId, transfer.fromPositionId, transfer.fromPositionTmt,
                         transfer.toUnitId, transfer.toPositionId, transfer.tmt);
    f.kind = transfer.kind;
    const TransferRepository transfers(m_db);
    f.otherOpenTransfers = transfers.openNumbersFor(transfer.employeeId, transfer.id);
    f.targetIncoming =
        transfers.pendingCount(transfer.toUnitId, transfer.toPositionId, true, transfer.id, transfer.batchId);
    f.originOutgoing = transfers.pendingCount(transfer.fromUnitId, transfer.fromPositionId, false,
                                              transfer.id, transfer.batchId);
    return f;
}

} // namespace imbang
