#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace imbang {

// A small flow network for the rebalancing planner, solved in two phases with LEMON: first the largest
// flow from the super source to the super sink (Preflow: as much shortage covered as the arcs allow, capped
// by a move limit), then the cheapest flow of exactly that value (NetworkSimplex). Solving the two phases
// apart keeps costs in plain distances, without a "big M" that would mix coverage and kilometres.
// Each node may take flow from the super source (its supply: people it can give) and send flow to the
// super sink (its demand: people it lacks). Arcs carry a cost per unit of flow and an optional capacity.
// The network is also written as a CPLEX LP so that tests can check optimality with GLPK (glpsol).
class FlowNetwork {
public:
    struct Arc {
        int from = 0;
        int to = 0;
        int capacity = -1; // -1: unbounded
        std::int64_t cost = 0;
    };
    struct Solution {
        bool solved = false;
        int flow = 0;               // units reaching the super sink
        std::int64_t cost = 0;      // sum of cost x flow over the arcs
        std::vector<int> arcFlow;   // per arc, in the order added
    };

    int addNode(int supply, int demand); // returns the node index
    int addArc(int from, int to, std::int64_t cost, int capacity = -1);

    int nodeCount() const { return int(m_supply.size()); }
    const std::vector<Arc> &arcs() const { return m_arcs; }
    int supply(int node) const { return m_supply[std::size_t(node)]; }
    int demand(int node) const { return m_demand[std::size_t(node)]; }

    // flowLimit < 0: no limit besides supply and demand.
    Solution solve(int flowLimit = -1) const;

    // The LP of phase 1 (maximise the flow, at most flowLimit when >= 0) or, with fixedFlow >= 0, of
    // phase 2 (minimise the cost of a flow of exactly fixedFlow). Variables: s<i> from the super source,
    // t<i> to the super sink, x<k> per arc.
    QString maxFlowLp(int flowLimit = -1) const;
    QString minCostLp(int fixedFlow) const;

private:
    QString lp(bool maximiseFlow, int flow) const;

    std::vector<int> m_supply;
    std::vector<int> m_demand;
    std::vector<Arc> m_arcs;
};

} // namespace imbang
