#pragma once

#include "planner/planrequest.h"
#include "planner/planresult.h"
#include "planner/plannersettings.h"
#include "util/expected.h"

#include <QSqlDatabase>

namespace imbang {

class FlowNetwork;

// The rebalancing planner: moves people from posts with a surplus to posts with a shortage of the same
// position (or, when the settings allow, of the same family), covering as much shortage as possible and
// then at the least cost. The figures come from the workload engine; who may move is judged by the
// transfer rules (time in post, retirement, no open transfer; PPPK stay in their agency) and the
// "do not move" holds; a post never drops below its need or its minimum.
//
// The network: each surplus post takes from the source as many as it can give; it passes them to a pool
// of PNS (with a node per region someone asked to move to: those arcs are cheaper, so own requests come
// first) and a pool of PPPK (arcs only within the agency); pools have arcs to the nearest shortage posts,
// which send to the sink. Cost per move in hectometres: road distance plus penalties for crossing a
// kabupaten/kota border or changing position (FlowNetwork solves it exactly, in two phases).
// Persons are then picked per post: requesters for their region first, then longest in post to the
// nearest target.
class RebalancePlanner {
public:
    // `network`, when given, receives the network that was solved (tests write it as an LP for glpsol).
    static Expected<PlanResult> plan(const QSqlDatabase &db, const PlanRequest &request,
                                     const PlannerSettings &settings, FlowNetwork *network = nullptr);
    static Expected<PlanResult> plan(const QSqlDatabase &db, const PlanRequest &request);
};

} // namespace imbang
