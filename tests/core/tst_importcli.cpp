// imbang-cli import, import-units and imports as an officer runs them.
#include "records/employeerepository.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace imbang;

class TestImportCli : public QObject {
    Q_OBJECT
    QString m_cli;
    QTemporaryDir m_dir;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args) {
        QProcess p;
        p.start(m_cli, args);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString freshDatabase(const QString &name) {
        const QString path = m_dir.filePath(name);
        const Run init = run({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--office"),
                              QStringLiteral("BKD"), QStringLiteral("--region"), QStringLiteral("Jambi")});
        if (init.code != 0)
            qFatal("%s", qPrintable(init.err));
        const Run units = run({QStringLiteral("import-units"), test::samplePath(QStringLiteral("units.csv")),
                               QStringLiteral("--db"), path});
        if (units.code != 0)
            qFatal("%s", qPrintable(units.err));
        return path;
    }

    static int employees(const QString &db) {
        auto r = Database::open(db);
        return EmployeeRepository(r.database->connection()).counts().active;
    }

private slots:
    void initTestCase() {
        m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/imbang-cli");
        if (!QFile::exists(m_cli))
            QSKIP("imbang-cli is not built");
    }

    void importJsonWithReport() {
        const QString db = freshDatabase(QStringLiteral("a.sqlite"));
        const QString report = m_dir.filePath(QStringLiteral("masalah.xlsx"));
        const Run r = run({QStringLiteral("import"), test::samplePath(QStringLiteral("agency-numeric-nip.xlsx")),
                           QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("--report"), report});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("new")).toInt(), 300);
        QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 100);
        QCOMPARE(o.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("unchanged")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 100);
        QVERIFY(QFileInfo(report).size() > 1000);
        QCOMPARE(employees(db), 300);
    }

    void dryRunAndStrictWriteNothing() {
        const QString db = freshDatabase(QStringLiteral("b.sqlite"));
        const QString file = test::samplePath(QStringLiteral("agency-numeric-nip.xlsx"));
        Run r = run({QStringLiteral("import"), file, QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QCOMPARE(employees(db), 0);
        r = run({QStringLiteral("import"), file, QStringLiteral("--db"), db, QStringLiteral("--strict")});
        QCOMPARE(r.code, 1);
        QCOMPARE(employees(db), 0);
        // Without rejected rows --strict imports.
        r = run({QStringLiteral("import"), test::samplePath(QStringLiteral("siasn-export.csv")), QStringLiteral("--db"), db,
                 QStringLiteral("--strict")});
        QCOMPARE(r.code, 0);
        QCOMPARE(employees(db), 400);
    }

    void listAndUndo() {
        const QString db = freshDatabase(QStringLiteral("c.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), test::samplePath(QStringLiteral("agency-libreoffice.ods")),
                      QStringLiteral("--db"), db})
                     .code,
                 0);
        QCOMPARE(employees(db), 400);
        Run list = run({QStringLiteral("imports"), QStringLiteral("--db"), db});
        QVERIFY2(list.out.contains(QLatin1String("agency-libreoffice.ods")), qPrintable(list.out));
        QCOMPARE(run({QStringLiteral("imports"), QStringLiteral("--db"), db, QStringLiteral("--undo"), QStringLiteral("1")}).code, 0);
        QCOMPARE(employees(db), 0);
        QCOMPARE(run({QStringLiteral("imports"), QStringLiteral("--db"), db, QStringLiteral("--undo"), QStringLiteral("1")}).code, 1);
    }

    void unreadableFileExitsOne() {
        const QString db = freshDatabase(QStringLiteral("d.sqlite"));
        const Run r = run({QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.xlsx")), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db}).code, 2);
    }

    void sheetOption() {
        const QString db = freshDatabase(QStringLiteral("e.sqlite"));
        const Run r = run({QStringLiteral("import"), test::samplePath(QStringLiteral("agency-libreoffice.xlsx")),
                           QStringLiteral("--db"), db, QStringLiteral("--sheet"), QStringLiteral("2")});
        QCOMPARE(r.code, 1);
        QCOMPARE(employees(db), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
