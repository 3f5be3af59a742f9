#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// imbang-cli export-package / import-package between three real office databases: a package for an
// office is encrypted for it and opens only there; a package for anyone needs --unencrypted and says
// on import that it was not encrypted.
class TestExchangeCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMBANG_LANG"), QStringLiteral("id"));
        env.insert(QStringLiteral("IMBANG_TODAY"), QStringLiteral("2026-11-29"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(IMBANG_CLI), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void init(const QString &db, const QString &office) {
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), path(db), QStringLiteral("--office"), office,
                           QStringLiteral("--region"), QStringLiteral("Provinsi Jambi")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    int employees(const QString &db) {
        const Run r = cli({QStringLiteral("stats"), QStringLiteral("--db"), path(db), QStringLiteral("--json")});
        const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
        return stats.value(QStringLiteral("employees_active")).toInt() +
               stats.value(QStringLiteral("employees_inactive")).toInt();
    }

private slots:
    void encryptedForOneOffice() {
        init(QStringLiteral("b.sqlite"), QStringLiteral("BKD Kota Jambi"));
        init(QStringLiteral("c.sqlite"), QStringLiteral("BKD Kabupaten Tebo"));
        Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), path(QStringLiteral("a.sqlite")),
                     QStringLiteral("--employees"), QStringLiteral("40")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A package for anyone needs the explicit flag.
        const QString hello = path(QStringLiteral("hello.imbang"));
        r = cli({QStringLiteral("export-package"), QStringLiteral("--db"), path(QStringLiteral("b.sqlite")),
                 QStringLiteral("--out"), hello});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--unencrypted")), qPrintable(r.err));
        QVERIFY(!QFile::exists(hello));
        r = cli({QStringLiteral("export-package"), QStringLiteral("--db"), path(QStringLiteral("b.sqlite")),
                 QStringLiteral("--out"), hello, QStringLiteral("--unencrypted"), QStringLiteral("--to"),
                 QStringLiteral("BKD Kabupaten Tebo")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("export-package"), QStringLiteral("--db"), path(QStringLiteral("b.sqlite")),
                 QStringLiteral("--out"), hello, QStringLiteral("--unencrypted")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("TIDAK dienkripsi")), qPrintable(r.out));
        for (const QString &db : {QStringLiteral("a.sqlite"), QStringLiteral("c.sqlite")}) {
            r = cli({QStringLiteral("import-package"), QStringLiteral("--db"), path(db), hello, QStringLiteral("--trust")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("Paket ini tidak dienkripsi")), qPrintable(r.out));
        }

        // A package for b is encrypted for b.
        const QString forB = path(QStringLiteral("untuk-b.imbang"));
        r = cli({QStringLiteral("export-package"), QStringLiteral("--db"), path(QStringLiteral("a.sqlite")),
                 QStringLiteral("--out"), forB, QStringLiteral("--to"), QStringLiteral("BKD Kota Jambi")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Dienkripsi untuk BKD Kota Jambi")), qPrintable(r.out));

        // c trusts a, but the package is not for c: refused, nothing changed.
        r = cli({QStringLiteral("import-package"), QStringLiteral("--db"), path(QStringLiteral("c.sqlite")), forB,
                 QStringLiteral("--trust")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bukan untuk kantor ini (BKD Kabupaten Tebo)")), qPrintable(r.err));
        QCOMPARE(employees(QStringLiteral("c.sqlite")), 0);

        r = cli({QStringLiteral("import-package"), QStringLiteral("--db"), path(QStringLiteral("b.sqlite")), forB,
                 QStringLiteral("--trust"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("encrypted")).toBool(), true);
        QCOMPARE(employees(QStringLiteral("b.sqlite")), 40);
        QCOMPARE(employees(QStringLiteral("b.sqlite")), employees(QStringLiteral("a.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchangecli.moc"
