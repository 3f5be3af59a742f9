#include "flownetwork.h"

#include <lemon/network_simplex.h>
#include <lemon/preflow.h>
#include <lemon/smart_graph.h>

#include <QStringList>

#include <algorithm>
#include <numeric>

namespace imbang {

int FlowNetwork::addNode(int supply, int demand) {
    m_supply.push_back(std::max(0, supply));
    m_demand.push_back(std::max(0, demand));
    return int(m_supply.size()) - 1;
}

int FlowNetwork::addArc(int from, int to, std::int64_t cost, int capacity) {
    m_arcs.push_back({from, to, capacity, cost});
    return int(m_arcs.size()) - 1;
}

FlowNetwork::Solution FlowNetwork::solve(int flowLimit) const {
    using Graph = lemon::SmartDigraph;
    Graph g;
    const int n = nodeCount();
    g.reserveNode(n + 3);
    g.reserveArc(int(m_arcs.size()) + 2 * n + 1);
    std::vector<Graph::Node> nodes;
    nodes.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i)
        nodes.push_back(g.addNode());
    const Graph::Node source = g.addNode();
    const Graph::Node sink = g.addNode();
    // A limit on the flow is one arc in front of the super source.
    const Graph::Node root = g.addNode();

    const int totalSupply = std::accumulate(m_supply.begin(), m_supply.end(), 0);
    const int totalDemand = std::accumulate(m_demand.begin(), m_demand.end(), 0);
    const int bound = std::max(1, std::min(totalSupply, totalDemand));
    const int limit = flowLimit < 0 ? bound : std::min(bound, flowLimit);

    Graph::ArcMap<int> capacity(g);
    Graph::ArcMap<std::int64_t> cost(g, 0);
    std::vector<Graph::Arc> arcs;
    arcs.reserve(m_arcs.size());
    for (const Arc &a : m_arcs) {
        const Graph::Arc arc = g.addArc(nodes[std::size_t(a.from)], nodes[std::size_t(a.to)]);
        capacity[arc] = a.capacity < 0 ? bound : std::min(a.capacity, bound);
        cost[arc] = a.cost;
        arcs.push_back(arc);
    }
    for (int i = 0; i < n; ++i) {
        if (m_supply[std::size_t(i)] > 0)
            capacity[g.addArc(source, nodes[std::size_t(i)])] = m_supply[std::size_t(i)];
        if (m_demand[std::size_t(i)] > 0)
            capacity[g.addArc(nodes[std::size_t(i)], sink)] = m_demand[std::size_t(i)];
    }
    capacity[g.addArc(root, source)] = limit;

    Solution solution;
    lemon::Preflow<Graph, Graph::ArcMap<int>> preflow(g, capacity, root, sink);
    preflow.runMinCut();
    solution.flow = int(preflow.flowValue());
    solution.arcFlow.assign(m_arcs.size(), 0);
    if (solution.flow == 0) {
        solution.solved = true;
        return solution;
    }

    lemon::NetworkSimplex<Graph, int, std::int64_t> simplex(g);
    simplex.upperMap(capacity).costMap(cost).stSupply(root, sink, solution.flow);
    if (simplex.run() != lemon::NetworkSimplex<Graph, int, std::int64_t>::OPTIMAL)
        return solution;
    solution.solved = true;
    for (std::size_t k = 0; k < arcs.size(); ++k) {
        solution.arcFlow[k] = simplex.flow(arcs[k]);
        solution.cost += std::int64_t(solution.arcFlow[k]) * m_arcs[k].cost;
    }
    return solution;
}

QString FlowNetwork::maxFlowLp(int flowLimit) const { return lp(true, flowLimit); }

QString FlowNetwork::minCostLp(int fixedFlow) const { return lp(false, fixedFlow); }

QString FlowNetwork::lp(bool maximiseFlow, int flow) const {
    // CPLEX LP format as glpsol --lp reads it. Lines stay short: glpsol has no line limit, but this
    // keeps the files readable when a test fails.
    QStringList out;
    const int n = nodeCount();
    QStringList terms;
    if (maximiseFlow) {
        out << QStringLiteral("Maximize");
        for (int i = 0; i < n; ++i)
            if (m_demand[std::size_t(i)] > 0)
                terms << QStringLiteral("+ t%1").arg(i);
    } else {
        out << QStringLiteral("Minimize");
        for (std::size_t k = 0; k < m_arcs.size(); ++k)
            if (m_arcs[k].cost != 0)
                terms << QStringLiteral("%1 %2 x%3")
                             .arg(m_arcs[k].cost < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(m_arcs[k].cost < 0 ? -m_arcs[k].cost : m_arcs[k].cost)
                             .arg(k);
    }
    if (terms.isEmpty())
        terms << QStringLiteral("0 s0");
    out << QStringLiteral(" obj: ") + terms.join(QStringLiteral("\n "));
    out << QStringLiteral("Subject To");
    std::vector<QStringList> in(static_cast<std::size_t>(n));
    std::vector<QStringList> outgoing(static_cast<std::size_t>(n));
    for (std::size_t k = 0; k < m_arcs.size(); ++k) {
        outgoing[std::size_t(m_arcs[k].from)] << QStringLiteral("x%1").arg(k);
        in[std::size_t(m_arcs[k].to)] << QStringLiteral("x%1").arg(k);
    }
    for (int i = 0; i < n; ++i) {
        QStringList lhs;
        if (m_supply[std::size_t(i)] > 0)
            lhs << QStringLiteral("s%1").arg(i);
        for (const QString &x : in[std::size_t(i)])
            lhs << x;
        QString line = lhs.isEmpty() ? QStringLiteral("0 s%1").arg(i) : lhs.join(QStringLiteral(" + "));
        for (const QString &x : outgoing[std::size_t(i)])
            line += QStringLiteral(" - ") + x;
        if (m_demand[std::size_t(i)] > 0)
            line += QStringLiteral(" - t%1").arg(i);
        out << QStringLiteral(" n%1: %2 = 0").arg(i).arg(line);
    }
    QStringList sinks;
    for (int i = 0; i < n; ++i)
        if (m_demand[std::size_t(i)] > 0)
            sinks << QStringLiteral("t%1").arg(i);
    if (!sinks.isEmpty() && flow >= 0)
        out << QStringLiteral(" total: %1 %2 %3").arg(sinks.join(QStringLiteral(" + ")),
                                                      maximiseFlow ? QStringLiteral("<=") : QStringLiteral("="))
                   .arg(flow);
    out << QStringLiteral("Bounds");
    for (int i = 0; i < n; ++i) {
        out << QStringLiteral(" 0 <= s%1 <= %2").arg(i).arg(m_supply[std::size_t(i)]);
        if (m_demand[std::size_t(i)] > 0)
            out << QStringLiteral(" 0 <= t%1 <= %2").arg(i).arg(m_demand[std::size_t(i)]);
    }
    for (std::size_t k = 0; k < m_arcs.size(); ++k) {
        if (m_arcs[k].capacity >= 0)
            out << QStringLiteral(" 0 <= x%1 <= %2").arg(k).arg(m_arcs[k].capacity);
        else
            out << QStringLiteral(" x%1 >= 0").arg(k);
    }
    out << QStringLiteral("End") << QString();
    return out.join(QLatin1Char('\n'));
}

} // namespace imbang
