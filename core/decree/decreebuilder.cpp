#include "decreebuilder.h"

#include "decree/decreetemplaterepository.h"
#include "records/employeerepository.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "settings/settingkeys.h"
#include "transfers/transferrepository.h"
#include "util/clock.h"

#include <QCoreApplication>

namespace imbang {
namespace {

QString unitName(const QSqlDatabase &db, qint64 id) {
    const std::optional<Unit> unit = id ? UnitRepository(db).byId(id) : std::nullopt;
    return unit ? unit->name : QString();
}

QString positionName(const QSqlDatabase &db, qint64 id) {
    const std::optional<Position> position = id ? PositionRepository(db).byId(id) : std::nullopt;
    return position ? position->name : QString();
}

} // namespace

DecreeLayout DecreeBuilder::layoutFromSettings(const QSqlDatabase &db) {
    const Settings settings(db);
    DecreeLayout layout;
    const QString paper = settings.get(settingkeys::decreePaper).trimmed().toUpper();
    layout.paper = DecreeLayout::isPaper(paper) ? paper : layout.paper;
    layout.marginTopMm = settings.get(settingkeys::decreeMarginTopMm);
    layout.marginRightMm = settings.get(settingkeys::decreeMarginRightMm);
    layout.marginBottomMm = settings.get(settingkeys::decreeMarginBottomMm);
    layout.marginLeftMm = settings.get(settingkeys::decreeMarginLeftMm);
    layout.fontFamily = settings.get(settingkeys::decreeFontFamily);
    layout.fontSizePt = settings.get(settingkeys::decreeFontSizePt);
    return layout;
}

Expected<DecreeData> DecreeBuilder::forTransfer(qint64 transferId, const QDate &date) const {
    return forTransfers({transferId}, date);
}

Expected<DecreeData> DecreeBuilder::forBatch(qint64 batchId, const QDate &date) const {
    const QList<Transfer> members = TransferRepository(m_db).inBatch(batchId);
    if (members.isEmpty())
        return Expected<DecreeData>::failure(
            QCoreApplication::translate("DecreeBuilder", "Proposal %1 does not exist or is empty.").arg(batchId));
    QList<qint64> approved;
    for (const Transfer &t : members)
        if (t.status == TransferStatus::Approved)
            approved << t.id;
    if (approved.isEmpty())
        return Expected<DecreeData>::failure(
            QCoreApplication::translate("DecreeBuilder",
                                        "Proposal %1 has no approved transfer: a decree is drafted for "
                                        "transfers with the status \"%2\".")
                .arg(batchId)
                .arg(transfercodes::displayName(TransferStatus::Approved)));
    Expected<DecreeData> data = forTransfers(approved, date);
    if (data)
        data->batchId = batchId;
    return data;
}

Expected<DecreeData> DecreeBuilder::forTransfers(const QList<qint64> &transferIds, const QDate &date) const {
    if (transferIds.isEmpty())
        return Expected<DecreeData>::failure(
            QCoreApplication::translate("DecreeBuilder", "Choose at least one approved transfer for the decree."));
    DecreeData data;
    const TransferRepository transfers(m_db);
    const EmployeeRepository employees(m_db);
    for (qint64 id : transferIds) {
        const std::optional<Transfer> t = transfers.byId(id);
        if (!t)
            return Expected<DecreeData>::failure(
                QCoreApplication::translate("DecreeBuilder", "Transfer %1 does not exist.").arg(id));
        if (t->status != TransferStatus::Approved)
            return Expected<DecreeData>::failure(
                QCoreApplication::translate("DecreeBuilder",
                                            "Transfer %1 is \"%2\": a decree is drafted only for approved "
                                            "transfers. Approve it first, or reprint its final decree.")
                    .arg(t->number, transfercodes::displayName(t->status)));
        const std::optional<Employee> e = employees.byId(t->employeeId);
        if (!e)
            return Expected<DecreeData>::failure(
                QCoreApplication::translate("DecreeBuilder", "The employee of transfer %1 no longer exists.")
                    .arg(t->number));
        DecreePerson p;
        p.transferId = t->id;
        p.transferNumber = t->number;
        p.name = e->fullName();
        p.nip = e->nip;
        p.status = e->status;
        p.birthPlace = e->birthPlace;
        p.birthDate = e->birthDate;
        p.education = e->education;
        p.rank = e->rank.isValid() ? e->rank.fullText() : QString();
        p.rankTmt = e->rankTmt;
        p.oldPosition = positionName(m_db, t->fromPositionId);
        p.oldUnit = unitName(m_db, t->fromUnitId);
        p.newPosition = positionName(m_db, t->toPositionId);
        p.newUnit = unitName(m_db, t->toUnitId);
        p.tmt = t->tmt;
        data.people << p;
        if (data.batchId == 0 && transferIds.size() == 1)
            data.batchId = t->batchId;
    }
    data.tmpl = DecreeTemplateRepository(m_db).load();
    data.numberPattern = Settings(m_db).get(settingkeys::decreeNumberPattern);
    data.date = date.isValid() ? date : Clock::today();
    return data;
}

} // namespace imbang
