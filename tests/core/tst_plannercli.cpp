#include "plannerscenario.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace imbang;

// imbang-cli plan, hold and move-request on a small office, as an officer would script them.
class TestPlannerCli : public QObject {
    Q_OBJECT

    QString m_cli;

    struct Run {
        int code = -1;
        QString out, err;
    };

    Run cli(const QStringList &args) const {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMBANG_TODAY"), QStringLiteral("2026-11-29"));
        env.insert(QStringLiteral("IMBANG_LANG"), QStringLiteral("id"));
        p.setProcessEnvironment(env);
        p.start(m_cli, args);
        if (!p.waitForFinished(60000))
            qFatal("imbang-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() {
        m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/imbang-cli");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    }

    void planHoldRequestAccept() {
        test::PlannerScenario s;
        const QString bungo = QStringLiteral("Kabupaten Bungo"), tebo = QStringLiteral("Kabupaten Tebo");
        const qint64 d1 = s.unit(QStringLiteral("07.08"), QStringLiteral("Disdik Bungo"), 0, bungo, -1.5, 102.1,
                                 UnitKind::Opd);
        const qint64 d2 = s.unit(QStringLiteral("06.08"), QStringLiteral("Disdik Tebo"), 0, tebo, -1.2, 102.1,
                                 UnitKind::Opd);
        const qint64 a = s.unit(QStringLiteral("07.08.SD001"), QStringLiteral("SD Negeri 1"), d1, bungo, -1.5, 102.1);
        const qint64 b = s.unit(QStringLiteral("07.08.SD002"), QStringLiteral("SD Negeri 2"), d1, bungo, -1.6, 102.1);
        const qint64 t = s.unit(QStringLiteral("06.08.SD001"), QStringLiteral("SD Negeri 1 Tebo"), d2, tebo, -1.2, 102.1);
        const qint64 guru = s.position(QStringLiteral("Guru Kelas"), QStringLiteral("Pendidikan"), true,
                                       PositionKind::Functional);
        s.need(a, guru, 2);
        s.need(b, guru, 3);
        s.need(t, guru, 1);
        const QList<qint64> atA = s.staff(QStringLiteral("Guru A"), a, guru, 4);
        s.staff(QStringLiteral("Guru B"), b, guru, 2);
        const QString db = s.temp.path;
        auto nip = [&](qint64 id) { return EmployeeRepository(s.db).byId(id)->nip; };

        Run r = cli({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject plan = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(plan.value(QStringLiteral("totals")).toObject().value(QStringLiteral("moved")).toInt(), 2);
        QCOMPARE(plan.value(QStringLiteral("moves")).toArray().at(0).toObject().value(QStringLiteral("nip")).toString(),
                 nip(atA.at(0)));

        // Hold without a reason is refused; with one, the person stays.
        r = cli({QStringLiteral("hold"), QStringLiteral("--db"), db, nip(atA.at(0))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("alasan")), qPrintable(r.err));
        r = cli({QStringLiteral("hold"), QStringLiteral("--db"), db, nip(atA.at(0)), QStringLiteral("--reason"),
                 QStringLiteral("Suami bertugas di Muara Bungo")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("hold"), QStringLiteral("--db"), db, QStringLiteral("--list")});
        QVERIFY(r.out.contains(QStringLiteral("Suami bertugas di Muara Bungo")));
        // An own request to Tebo for the last in post.
        r = cli({QStringLiteral("move-request"), QStringLiteral("--db"), db, nip(atA.at(3)), QStringLiteral("--region"),
                 QStringLiteral("Kabupaten Tebo"), QStringLiteral("--note"), QStringLiteral("Surat 12/2026")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = cli({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--scope"), QStringLiteral("07.08"),
                 QStringLiteral("--csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(nip(atA.at(0))));
        QVERIFY(r.out.contains(nip(atA.at(1))));
        QVERIFY(!r.out.contains(nip(atA.at(3)))); // Tebo is outside the scope

        r = cli({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--max-km"), QStringLiteral("80"),
                 QStringLiteral("--accept")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Tebo")), qPrintable(r.out));
        QSqlQuery q(s.db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(reason = 'PERMINTAAN_SENDIRI') FROM transfer WHERE status = 'DRAFT'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 1);

        // Bad input says what is wrong.
        r = cli({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--scope"), QStringLiteral("99.99")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--max-km"), QStringLiteral("jauh")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("move-request"), QStringLiteral("--db"), db, nip(atA.at(1)), QStringLiteral("--region"),
                 QStringLiteral("Kabupaten Entah")});
        QCOMPARE(r.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestPlannerCli)
#include "tst_plannercli.moc"
