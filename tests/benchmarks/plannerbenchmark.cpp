// Times the rebalancing planner on a real database beside the workload engine's full recompute (which the
// planner runs as its first step), and writes the solved network as CPLEX LPs for glpsol; run by
// tests/benchmarks/planner.sh. Prints key=value lines.
#include "planner/flownetwork.h"
#include "planner/rebalanceplanner.h"
#include "storage/database.h"
#include "util/clock.h"
#include "workload/workloadengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <sys/resource.h>
#include <time.h>

using namespace imbang;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

bool write(const QString &path, const QString &text) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(text.toUtf8());
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("Office database with demo data"));
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs (median reported)"), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("lp"), QStringLiteral("Write the LPs as PREFIX-maxflow.lp and PREFIX-mincost.lp"),
                      QStringLiteral("prefix")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        return 2;
    OpenResult opened = Database::open(parser.positionalArguments().first());
    if (!opened) {
        QTextStream(stderr) << opened.message << '\n';
        return 1;
    }
    const QSqlDatabase db = opened.database->connection();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    std::vector<double> planWall, planCpu, engineWall, engineCpu;
    PlanResult result;
    FlowNetwork network;
    const PlannerSettings settings = PlannerSettings::load(db);
    for (int i = 0; i <= runs; ++i) { // the first run warms the caches and is not counted
        QElapsedTimer t;
        double c = cpuMs();
        t.start();
        auto snapshot = WorkloadEngine::compute(db, Clock::today());
        if (i > 0) {
            engineWall.push_back(double(t.nsecsElapsed()) / 1e6);
            engineCpu.push_back(cpuMs() - c);
        }
        c = cpuMs();
        t.restart();
        auto planned = RebalancePlanner::plan(db, {}, settings, &network);
        if (!planned) {
            QTextStream(stderr) << planned.error() << '\n';
            return 1;
        }
        if (i > 0) {
            planWall.push_back(double(t.nsecsElapsed()) / 1e6);
            planCpu.push_back(cpuMs() - c);
        }
        result = *planned;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QTextStream out(stdout);
    out << "plan_ms=" << QString::number(median(planWall), 'f', 1) << '\n'
        << "plan_cpu_ms=" << QString::number(median(planCpu), 'f', 1) << '\n'
        << "recompute_ms=" << QString::number(median(engineWall), 'f', 1) << '\n'
        << "recompute_cpu_ms=" << QString::number(median(engineCpu), 'f', 1) << '\n'
        << "peak_rss_mb=" << QString::number(double(usage.ru_maxrss) / 1024.0, 'f', 1) << '\n'
        << "moves=" << result.totals.moved << '\n'
        << "shortage_before=" << result.totals.shortageBefore << '\n'
        << "shortage_after=" << result.totals.shortageAfter << '\n'
        << "surplus_before=" << result.totals.surplusBefore << '\n'
        << "surplus_after=" << result.totals.surplusAfter << '\n'
        << "distance_km=" << QString::number(result.totals.distanceKm, 'f', 1) << '\n'
        << "candidates=" << result.candidates << '\n'
        << "supply_posts=" << result.supplyPosts << '\n'
        << "demand_posts=" << result.demandPosts << '\n'
        << "nodes=" << result.nodes << '\n'
        << "arcs=" << result.arcs << '\n'
        << "flow=" << result.flow << '\n'
        << "cost=" << qint64(result.cost) << '\n';
    if (parser.isSet(QStringLiteral("lp"))) {
        const QString prefix = parser.value(QStringLiteral("lp"));
        if (!write(prefix + QStringLiteral("-maxflow.lp"), network.maxFlowLp()) ||
            !write(prefix + QStringLiteral("-mincost.lp"), network.minCostLp(result.flow)))
            return 1;
    }
    return 0;
}
