// decree_benchmark OUTDIR [people]: lays out a collective decree of `people` employees (default 500)
// and writes OUTDIR/decree.pdf and OUTDIR/decree.odt, printing the seconds of each. The data are made
// up in memory (reading 500 transfers from the database is a few milliseconds of the whole); the
// layout, pagination and PDF are the real DecreeRenderer. Run by tests/benchmarks/decree.sh.
#include "decree/decreerenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

using namespace imbang;

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    const QDir out(args.at(1));
    const int people = args.size() > 2 ? args.at(2).toInt() : 500;
    DecreeData data;
    data.tmpl = DecreeTemplate::defaultTemplate();
    data.numberPattern = QStringLiteral("800/{nomor}/BKD/{tahun}");
    data.number = QStringLiteral("800/17/BKD/2026");
    data.final = true;
    data.date = QDate(2026, 11, 29);
    for (int i = 0; i < people; ++i) {
        DecreePerson p;
        p.transferId = i + 1;
        p.name = QStringLiteral("Pegawai Nomor %1, S.Pd.").arg(i + 1);
        p.nip = QStringLiteral("198503122010012%1").arg(i % 999 + 1, 3, 10, QLatin1Char('0'));
        p.rank = QStringLiteral("Penata Muda Tingkat I (III/b)");
        p.oldPosition = QStringLiteral("Guru Ahli Pertama Kelas");
        p.oldUnit = QStringLiteral("SD Negeri %1 Bungo").arg(i + 1);
        p.newPosition = QStringLiteral("Guru Ahli Pertama Kelas");
        p.newUnit = QStringLiteral("SD Negeri %1 Tebo").arg(i + 1000);
        p.tmt = QDate(2027, 1, 1);
        data.people << p;
    }
    QTextStream stdoutStream(stdout);
    QElapsedTimer timer;
    timer.start();
    int pages = 0;
    {
        const ui::DecreeRenderer renderer(data, DecreeLayout());
        pages = renderer.pageCount();
        if (!renderer.writePdf(out.filePath(QStringLiteral("decree.pdf"))))
            return 1;
    }
    const double pdfSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    {
        const ui::DecreeRenderer renderer(data, DecreeLayout());
        if (!renderer.writeOdt(out.filePath(QStringLiteral("decree.odt"))))
            return 1;
    }
    const double odtSeconds = double(timer.nsecsElapsed()) / 1e9;
    stdoutStream << "pages " << pages << "\npdf " << pdfSeconds << "\nodt " << odtSeconds << Qt::endl;
    return 0;
}
