// Times the workload engine's full recompute and the dashboard's switch between two agencies on a real
// database; run by tests/benchmarks/workload.sh, which prints the figures beside sqlite3 running the same
// queries. With --screenshots DIR it also writes the dashboard and the dialogs as PNG for review.
#include "i18n/translations.h"
#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "storage/database.h"
#include "util/clock.h"
#include "workload/abktaskdialog.h"
#include "workload/teacherneeddialog.h"
#include "workload/workloaddashboard.h"
#include "workload/workloadengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

#include <time.h>

using namespace imbang;

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// CPU time of this thread: on a machine shared with other builds the wall clock also counts waiting for a
// core, so both are reported.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void shoot(QWidget &widget, const QString &dir, const QString &name) {
    QCoreApplication::processEvents();
    widget.grab().save(QDir(dir).filePath(name));
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    i18n::install(app, i18n::chosenLanguage());
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("Office database with demo data"));
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs (median reported)"), QStringLiteral("n"),
                      QStringLiteral("15")});
    parser.addOption({QStringLiteral("first"), QStringLiteral("First agency code"), QStringLiteral("code"),
                      QStringLiteral("01.08")});
    parser.addOption({QStringLiteral("second"), QStringLiteral("Second agency code"), QStringLiteral("code"),
                      QStringLiteral("02.08")});
    parser.addOption({QStringLiteral("screenshots"), QStringLiteral("Write PNGs of the screens here"),
                      QStringLiteral("dir")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    OpenResult opened = Database::open(parser.positionalArguments().first());
    if (!opened) {
        QTextStream(stderr) << opened.message << Qt::endl;
        return 1;
    }
    Database &db = *opened.database;
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTextStream out(stdout);

    // Full recompute: everything the dashboard needs, from the database into memory.
    std::vector<double> recompute, recomputeCpu;
    std::size_t posts = 0;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        auto snapshot = WorkloadEngine::compute(db.connection(), Clock::today());
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i > 0)
            recomputeCpu.push_back(cpuMs() - cpu);
        if (!snapshot) {
            QTextStream(stderr) << snapshot.error() << Qt::endl;
            return 1;
        }
        posts = snapshot->posts().size();
        if (i > 0) // the first run warms the page cache, as the app's own start does
            recompute.push_back(ms);
    }

    const UnitRepository units(db.connection());
    const auto first = units.byCode(parser.value(QStringLiteral("first")));
    const auto second = units.byCode(parser.value(QStringLiteral("second")));
    if (!first || !second) {
        QTextStream(stderr) << "unknown agency code" << Qt::endl;
        return 1;
    }
    WorkloadDashboard dashboard(db);
    dashboard.resize(1400, 1000);
    dashboard.show();
    dashboard.selectUnit(first->id);
    QCoreApplication::processEvents();
    dashboard.repaint();

    // Switch: new figures, tables and four new charts, laid out and painted.
    std::vector<double> switches, switchesCpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        dashboard.selectUnit(i % 2 == 0 ? second->id : first->id);
        QCoreApplication::processEvents();
        dashboard.repaint();
        switchesCpu.push_back(cpuMs() - cpu);
        switches.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "posts=" << posts << '\n'
        << "recompute_ms=" << QString::number(median(recompute), 'f', 1) << '\n'
        << "recompute_cpu_ms=" << QString::number(median(recomputeCpu), 'f', 1) << '\n'
        << "switch_ms=" << QString::number(median(switches), 'f', 1) << '\n'
        << "switch_cpu_ms=" << QString::number(median(switchesCpu), 'f', 1) << Qt::endl;

    if (parser.isSet(QStringLiteral("screenshots"))) {
        const QString dir = parser.value(QStringLiteral("screenshots"));
        QDir().mkpath(dir);
        dashboard.setGrouping(WorkloadGrouping::Unit);
        dashboard.selectUnit(first->id);
        shoot(dashboard, dir, QStringLiteral("dashboard-dinas.png"));
        dashboard.setGrouping(WorkloadGrouping::Position);
        shoot(dashboard, dir, QStringLiteral("dashboard-positions.png"));
        dashboard.setGrouping(WorkloadGrouping::Unit);
        dashboard.selectUnit(0);
        shoot(dashboard, dir, QStringLiteral("dashboard-office.png"));
        dashboard.setGrouping(WorkloadGrouping::Region);
        shoot(dashboard, dir, QStringLiteral("dashboard-regions.png"));
        dashboard.setGrouping(WorkloadGrouping::Unit);
        // The agency office's clerks have ABK tasks in the demo; a school has a teaching profile.
        const auto office = units.byCode(parser.value(QStringLiteral("first")).section(QLatin1Char('.'), 0, 0) +
                                         QStringLiteral(".05"));
        const auto clerk = PositionRepository(db.connection()).byName(QStringLiteral("Pengadministrasi Perkantoran"));
        if (office && clerk) {
            AbkTaskDialog abk(db, office->id, clerk->id);
            abk.show();
            shoot(abk, dir, QStringLiteral("abk-dialog.png"));
        }
        const auto school = units.byCode(parser.value(QStringLiteral("first")) + QStringLiteral(".SMP01"));
        if (school) {
            TeacherNeedDialog teachers(db, school->id);
            teachers.show();
            shoot(teachers, dir, QStringLiteral("teacher-dialog.png"));
            dashboard.selectUnit(school->id);
            shoot(dashboard, dir, QStringLiteral("dashboard-school.png"));
        }
        dashboard.exportChart(WorkloadDashboard::Chart::Gap, QDir(dir).filePath(QStringLiteral("chart-gap.png")));
        dashboard.selectUnit(first->id);
        dashboard.writeReportPdf(QDir(dir).filePath(QStringLiteral("report.pdf")));
    }
    return 0;
}
