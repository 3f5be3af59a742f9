#pragma once

#include "exchange/entityexchange.h"

#include <memory>

namespace imbang::exchange {

// The entities packages carry; each is a RecordExchange over the traits in its own file
// (unitexchange.cpp, ...). exchangedEntities() lists them in dependency order.
std::shared_ptr<const EntityExchange> makeUnitExchange();
std::shared_ptr<const EntityExchange> makePositionExchange();
std::shared_ptr<const EntityExchange> makeEmployeeExchange();
std::shared_ptr<const EntityExchange> makeStaffingNeedExchange();
std::shared_ptr<const EntityExchange> makeRankHistoryExchange();
std::shared_ptr<const EntityExchange> makePerformanceRatingExchange();
std::shared_ptr<const EntityExchange> makeCompetenceExchange();
std::shared_ptr<const EntityExchange> makeTransferExchange();
std::shared_ptr<const EntityExchange> makeTransferStepExchange();

} // namespace imbang::exchange
