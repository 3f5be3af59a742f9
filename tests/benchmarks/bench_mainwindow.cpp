// Times what an officer waits for in the main window on a large database: opening it until the
// first page of the employee list is painted, and each keystroke of a search until the list is
// repainted. Prints one "key value" line per figure for tests/benchmarks/foundation.sh.
#include "mainwindow.h"
#include "models/employeetablemodel.h"
#include "records/employeefilterbar.h"
#include "records/recordsview.h"
#include "util/dialoghooks.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace imbang;

namespace {
// Paints the list as the screen would, so lazily loaded rows are really fetched.
void paintList(ui::MainWindow &window) {
    window.workspace()->records()->table()->viewport()->grab();
}

// CPU time of the GUI thread: unlike the wall time it does not grow when other programs load the
// machine, so it shows whether a change helped even on a busy computer.
double guiThreadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ImbangBenchmark"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_mainwindow DATABASE\n");
        return 2;
    }
    ui::dialogs::setTestMode(true);
    const QString path = QString::fromLocal8Bit(argv[1]);

    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    const double cpuAtStart = guiThreadCpuMs();
    if (!window.openDatabase(path)) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    paintList(window);
    const double openMs = timer.nsecsElapsed() / 1e6;
    std::printf("open_to_first_page_ms %.1f\n", openMs);
    std::printf("open_to_first_page_cpu_ms %.1f\n", guiThreadCpuMs() - cpuAtStart);
    std::printf("rows_listed %d\n", window.workspace()->records()->model()->rowCount());
    // The integrity check reads the whole file in a worker after the first paint; writes wait for it.
    window.waitForIntegrityCheck();
    std::printf("open_to_checked_ms %.1f\n", timer.nsecsElapsed() / 1e6);

    // Each keystroke of "siti" then "budi", applied as the filter bar applies it.
    ui::RecordsView *records = window.workspace()->records();
    QList<double> keystrokes;
    for (const QString &word : {QStringLiteral("siti"), QStringLiteral("budi"), QStringLiteral("1985")}) {
        for (qsizetype n = 1; n <= word.size(); ++n) {
            EmployeeFilter filter = records->filterBar()->filter();
            filter.search = word.left(n);
            timer.restart();
            records->model()->setFilter(filter);
            paintList(window);
            keystrokes << timer.nsecsElapsed() / 1e6;
        }
        EmployeeFilter cleared = records->filterBar()->filter();
        cleared.search.clear();
        records->model()->setFilter(cleared);
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    std::printf("keystroke_median_ms %.1f\n", keystrokes.at(keystrokes.size() / 2));
    std::printf("keystroke_max_ms %.1f\n", keystrokes.last());
    return 0;
}
