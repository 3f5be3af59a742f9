#include "transferscenario.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace imbang;

// The whole transfer workflow scripted through imbang-cli, as an office would automate it: check,
// propose a batch, tick documents, advance, execute on the TMT, list, show, and verify the audit trail.
class TestTransferCli : public QObject {
    Q_OBJECT

    QString m_cli;

    struct Run {
        int code = -1;
        QString out, err;
    };

    Run cli(const QStringList &args, const QByteArray &today = "2026-01-15") const {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMBANG_TODAY"), QString::fromLatin1(today));
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
        // The CLI is built beside the tests: build/tests/tst_x and build/app/imbang-cli.
        m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/imbang-cli");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    }

    void wholeWorkflow() {
        test::TransferScenario s;
        const QString db = s.temp.path;
        const QString a = s.get(s.sd1Teachers.at(0)).nip, b = s.get(s.sd1Teachers.at(1)).nip;
        const QStringList target{QStringLiteral("--unit"),     QStringLiteral("07.08.SD002"),
                                 QStringLiteral("--position"), QStringLiteral("Guru Ahli Pertama Kelas"),
                                 QStringLiteral("--tmt"),      QStringLiteral("2026-02-01")};

        Run r = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("check"), QStringLiteral("--db"),
                                db, QStringLiteral("--nip"), a + QLatin1Char(',') + b} +
                    target);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("[Lolos] target_shortage")), qPrintable(r.out));
        QSqlQuery count(s.db);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM transfer")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0); // check writes nothing
        count.finish();

        // A blocked proposal: the PPPK teacher to the BKD.
        r = cli({QStringLiteral("transfer"), QStringLiteral("propose"), QStringLiteral("--db"), db,
                 QStringLiteral("--nip"), s.get(s.pppkTeacher).nip, QStringLiteral("--unit"),
                 QStringLiteral("07.05"), QStringLiteral("--position"),
                 QStringLiteral("Pengadministrasi Perkantoran"), QStringLiteral("--tmt"),
                 QStringLiteral("2026-02-01")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("tidak disimpan")), qPrintable(r.err));

        r = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("propose"), QStringLiteral("--db"), db,
                            QStringLiteral("--nip"), a, QStringLiteral("--nip"), b,
                            QStringLiteral("--submit"), QStringLiteral("--operator"),
                            QStringLiteral("Rahmat Hidayat"), QStringLiteral("--title"),
                            QStringLiteral("Pemerataan guru kelas Bungo")} +
                target);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("MUT-2026-0001, MUT-2026-0002")), qPrintable(r.out));

        r = cli({QStringLiteral("transfers"), QStringLiteral("--db"), db, QStringLiteral("--status"),
                 QStringLiteral("DIUSULKAN"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("Diusulkan"));

        const QStringList batch{QStringLiteral("--db"),       db,
                                QStringLiteral("--batch"),    QStringLiteral("1"),
                                QStringLiteral("--operator"), QStringLiteral("Sri Wahyuni")};
        r = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("advance"), QStringLiteral("--to"),
                            QStringLiteral("DIVERIFIKASI")} +
                batch);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("dokumen belum ada")), qPrintable(r.err));
        for (const QString &number : {QStringLiteral("MUT-2026-0001"), QStringLiteral("MUT-2026-0002")}) {
            r = cli({QStringLiteral("transfer"), QStringLiteral("tick"), QStringLiteral("--db"), db,
                     QStringLiteral("--id"), number, QStringLiteral("--document"), QStringLiteral("ALL"),
                     QStringLiteral("--file"), QStringLiteral("Lemari 2/Map Mutasi 2026")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        for (const char *to : {"DIVERIFIKASI", "DISETUJUI"}) {
            r = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("advance"), QStringLiteral("--to"),
                                QString::fromLatin1(to), QStringLiteral("--comment"),
                                QStringLiteral("Sesuai")} +
                    batch);
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        r = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("advance"), QStringLiteral("--to"),
                            QStringLiteral("SK_TERBIT"), QStringLiteral("--decree-number"),
                            QStringLiteral("800/21/BKD/2026"), QStringLiteral("--decree-date"),
                            QStringLiteral("14-01-2026")} +
                batch);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Before the TMT nothing happens; on the TMT both move.
        r = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("execute")} + batch);
        QCOMPARE(r.code, 1);
        QCOMPARE(s.get(s.sd1Teachers.at(0)).unitId, s.sd1);
        r = cli(QStringList{QStringLiteral("transfer"), QStringLiteral("execute")} + batch, "2026-02-01");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(s.get(s.sd1Teachers.at(0)).unitId, s.sd2);
        QCOMPARE(s.get(s.sd1Teachers.at(1)).unitId, s.sd2);

        r = cli({QStringLiteral("transfer"), QStringLiteral("show"), QStringLiteral("--db"), db,
                 QStringLiteral("--id"), QStringLiteral("MUT-2026-0001"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("SELESAI"));
        const QJsonArray steps = shown.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 6);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("actor")).toString(),
                 QStringLiteral("Rahmat Hidayat"));
        QCOMPARE(steps.at(2).toObject().value(QStringLiteral("actor")).toString(),
                 QStringLiteral("Sri Wahyuni"));
        QCOMPARE(steps.at(2).toObject().value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Sesuai"));

        r = cli({QStringLiteral("transfers"), QStringLiteral("--db"), db, QStringLiteral("--flows"),
                 QStringLiteral("--csv")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("07.08.SD002,SD Negeri 2 Bungo,2,0,2")), qPrintable(r.out));

        const QString xlsx = s.temp.dir.filePath(QStringLiteral("register.xlsx"));
        r = cli({QStringLiteral("transfers"), QStringLiteral("--db"), db, QStringLiteral("--xlsx"), xlsx});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(xlsx).size() > 1000);
        // Exports of personal data are on the record: the register file, the JSON list of employees.
        r = cli({QStringLiteral("employees"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        {
            QSqlQuery q(s.db);
            QVERIFY(q.exec(QStringLiteral("SELECT summary FROM audit_entry WHERE action = 'export.personal_data' "
                                          "ORDER BY id")));
            QStringList exports;
            while (q.next())
                exports << q.value(0).toString();
            QCOMPARE(exports.size(), 2);
            QVERIFY2(exports.at(0).contains(QStringLiteral("transfer-register")) &&
                         exports.at(0).contains(QStringLiteral("register.xlsx")),
                     qPrintable(exports.at(0)));
            QVERIFY2(exports.at(1).contains(QStringLiteral("employee-list")) &&
                         exports.at(1).contains(QStringLiteral("keluaran standar")),
                     qPrintable(exports.at(1)));
        }

        r = cli({QStringLiteral("transfer"), QStringLiteral("timeline"), QStringLiteral("--db"), db,
                 QStringLiteral("--nip"), a});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral(
                     "01-02-2026  Guru Ahli Pertama Kelas di SD Negeri 2 Bungo (karena mutasi)")),
                 qPrintable(r.out));

        // The audit trail holds, until someone edits the file.
        r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("utuh")));
        r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db,
                 QStringLiteral("--actor"), QStringLiteral("Sri Wahyuni"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).array().size() >= 4);
        QSqlQuery edit(s.db);
        QVERIFY(edit.exec(QStringLiteral("UPDATE audit_entry SET actor = 'orang lain' WHERE id = 3")));
        r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("entri 3 diubah")), qPrintable(r.err));
    }

    void usageErrors() {
        test::TransferScenario s;
        QCOMPARE(cli({QStringLiteral("transfer")}).code, 2);
        QCOMPARE(cli({QStringLiteral("audit")}).code, 2);
        QCOMPARE(cli({QStringLiteral("transfer"), QStringLiteral("propose"), QStringLiteral("--help")}).code,
                 0);
        Run r = cli({QStringLiteral("transfers"), QStringLiteral("--db"), s.temp.path,
                     QStringLiteral("--status"), QStringLiteral("BELUM")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("BELUM")), qPrintable(r.err));
        r = cli({QStringLiteral("transfer"), QStringLiteral("advance"), QStringLiteral("--db"), s.temp.path,
                 QStringLiteral("--id"), QStringLiteral("MUT-2026-0099"), QStringLiteral("--to"),
                 QStringLiteral("DISETUJUI")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("MUT-2026-0099")), qPrintable(r.err));
        r = cli({QStringLiteral("transfer"), QStringLiteral("propose"), QStringLiteral("--db"), s.temp.path,
                 QStringLiteral("--nip"), s.get(s.sd1Teachers.at(0)).nip, QStringLiteral("--unit"),
                 QStringLiteral("07.08.SD002"), QStringLiteral("--position"),
                 QStringLiteral("Guru Ahli Pertama Kelas"), QStringLiteral("--tmt"),
                 QStringLiteral("31-02-2026")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("31-02-2026")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestTransferCli)
#include "tst_transfercli.moc"
