#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// imbang-cli as a user runs it: exit codes, messages on stderr, data on stdout.
class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QByteArray out;
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
        return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void helpListsEveryCommand() {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"init", "stats", "employees", "demo"})
            QVERIFY2(r.out.contains(command), r.out.constData());
        QVERIFY(r.out.contains("Perintah:"));
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("imbang-cli "));
    }

    void usageErrors() {
        QCOMPARE(cli({}).exitCode, 2);
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("tidak dikenal")));
        const Run badOption = cli({QStringLiteral("stats"), QStringLiteral("--no-such-option")});
        QCOMPARE(badOption.exitCode, 2);
        const Run badNumber = cli({QStringLiteral("demo"), QStringLiteral("--db"), path(QStringLiteral("x.sqlite")),
                                   QStringLiteral("--employees"), QStringLiteral("banyak")});
        QCOMPARE(badNumber.exitCode, 2);
        QVERIFY(badNumber.err.contains(QStringLiteral("--employees")));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.sqlite"))));
    }

    void initAndStats() {
        const QString db = path(QStringLiteral("office.sqlite"));
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--office"),
                              QStringLiteral("BKD Kabupaten Bungo")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(QFile::exists(db));
        const Run again = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("sudah ada")));
        const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(o.value(QStringLiteral("office")).toString(), QStringLiteral("BKD Kabupaten Bungo"));
        QCOMPARE(o.value(QStringLiteral("employees_active")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("schema_version")).toInt() >= 1);
    }

    void badDatabaseFile() {
        const QString notes = path(QStringLiteral("notes.txt"));
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        const Run r = cli({QStringLiteral("stats"), QStringLiteral("--db"), notes});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("bukan basis data Imbang")));
        QCOMPARE(imbang::test::fileBytes(notes), QByteArray("hello"));
        QCOMPARE(cli({QStringLiteral("stats"), QStringLiteral("--db"), path(QStringLiteral("missing.sqlite"))}).exitCode, 1);
    }

    void demoAndEmployees() {
        const QString db = path(QStringLiteral("demo.sqlite"));
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--employees"),
                              QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(demo.exitCode, 0);
        const QJsonObject stats = QJsonDocument::fromJson(
            cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")}).out).object();
        QCOMPARE(stats.value(QStringLiteral("employees_active")).toInt() +
                     stats.value(QStringLiteral("employees_inactive")).toInt(),
                 400);

        const Run all = cli({QStringLiteral("employees"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray everyone = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(everyone.size(), stats.value(QStringLiteral("employees_active")).toInt());
        const QJsonObject first = everyone.first().toObject();
        for (const char *key : {"nip", "name", "rank", "position", "unit_code", "unit", "birth_date", "retirement_date",
                                "education_level", "ratings", "competences"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        // The demo rates most people for the last two years: "2025:B 2024:SB".
        int rated = 0;
        for (const QJsonValue &v : everyone)
            if (QRegularExpression(QStringLiteral("^\\d{4}:(SB|B|BP|K|SK)( \\d{4}:(SB|B|BP|K|SK))*$"))
                    .match(v.toObject().value(QStringLiteral("ratings")).toString())
                    .hasMatch())
                ++rated;
        QVERIFY2(rated > everyone.size() * 9 / 10, qPrintable(QString::number(rated)));

        // A unit and its sub-units.
        const Run school = cli({QStringLiteral("employees"), QStringLiteral("--db"), db, QStringLiteral("--unit"),
                                QStringLiteral("07.08"), QStringLiteral("--json")});
        QCOMPARE(school.exitCode, 0);
        const QJsonArray inAgency = QJsonDocument::fromJson(school.out).array();
        QVERIFY(!inAgency.isEmpty());
        for (const QJsonValue &v : inAgency)
            QVERIFY(v.toObject().value(QStringLiteral("unit_code")).toString().startsWith(QStringLiteral("07.08")));

        // Search by part of a NIP, as CSV.
        const QString nip = first.value(QStringLiteral("nip")).toString();
        const Run csv = cli({QStringLiteral("employees"), QStringLiteral("--db"), db, QStringLiteral("--search"),
                             nip.left(14), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.first().startsWith("NIP,Nama"));
        QVERIFY(csv.out.contains(nip.toUtf8()));

        const Run unknownUnit = cli({QStringLiteral("employees"), QStringLiteral("--db"), db, QStringLiteral("--unit"),
                                     QStringLiteral("99.99")});
        QCOMPARE(unknownUnit.exitCode, 1);
        QVERIFY(unknownUnit.err.contains(QStringLiteral("99.99")));
        QCOMPARE(cli({QStringLiteral("employees"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                      QStringLiteral("--csv")}).exitCode,
                 2);
    }

    void demoIsDeterministic() {
        const QString a = path(QStringLiteral("a.sqlite")), b = path(QStringLiteral("b.sqlite"));
        for (const QString &db : {a, b})
            QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--employees"),
                          QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("11")}).exitCode,
                     0);
        const Run listA = cli({QStringLiteral("employees"), QStringLiteral("--db"), a, QStringLiteral("--csv")});
        const Run listB = cli({QStringLiteral("employees"), QStringLiteral("--db"), b, QStringLiteral("--csv")});
        QVERIFY(listA.out.size() > 1000);
        QCOMPARE(listA.out, listB.out);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
