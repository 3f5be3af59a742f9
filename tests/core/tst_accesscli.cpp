#include "access/userrepository.h"
#include "transferscenario.h"
#include "transfers/transferrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace imbang;

// Accounts through imbang-cli: the first administrator, --user with IMBANG_PASSWORD, commands that
// change data refused without a login or with the wrong role, the forced password change, and the
// logged-in user in the audit trail whatever --operator says.
class TestAccessCli : public QObject {
    Q_OBJECT

    QString m_cli;

    struct Run {
        int code = -1;
        QString out, err;
    };

    Run cli(const QStringList &args, const QString &password = {}, const QString &newPassword = {}) const {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMBANG_TODAY"), QStringLiteral("2026-01-15"));
        env.insert(QStringLiteral("IMBANG_LANG"), QStringLiteral("id"));
        env.remove(QStringLiteral("IMBANG_PASSWORD"));
        env.remove(QStringLiteral("IMBANG_NEW_PASSWORD"));
        if (!password.isNull())
            env.insert(QStringLiteral("IMBANG_PASSWORD"), password);
        if (!newPassword.isNull())
            env.insert(QStringLiteral("IMBANG_NEW_PASSWORD"), newPassword);
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice()); // no terminal: never prompts
        p.start(m_cli, args);
        if (!p.waitForFinished(60000))
            qFatal("imbang-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString adminPassword() { return QStringLiteral("Durian-Jambi-2026"); }
    static QString operatorPassword() { return QStringLiteral("Pinang-Muda-4455"); }

private slots:
    void initTestCase() {
        test::installIndonesian();
        m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/imbang-cli");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    }

    void accountsThroughTheCli() {
        test::TransferScenario s;
        const QString db = s.temp.path;
        const QString nip = s.get(s.sd1Teachers.at(0)).nip;
        const QStringList propose{QStringLiteral("transfer"), QStringLiteral("propose"), QStringLiteral("--db"), db,
                                  QStringLiteral("--nip"),    nip, QStringLiteral("--unit"),
                                  QStringLiteral("07.08.SD002"), QStringLiteral("--position"),
                                  QStringLiteral("Guru Ahli Pertama Kelas"), QStringLiteral("--tmt"),
                                  QStringLiteral("2026-02-01"), QStringLiteral("--submit"),
                                  QStringLiteral("--operator"), QStringLiteral("Nama Palsu")};

        // Single-user mode: no accounts, no login needed (scripts and the demo as before).
        Run r = cli({QStringLiteral("users"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("mode satu pengguna")), qPrintable(r.out));

        // The first account is the administrator; a weak password is refused first.
        r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--name"),
                 QStringLiteral("Rahmat Hidayat"), QStringLiteral("--db"), db},
                {}, QStringLiteral("rahmat"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("karakter")), qPrintable(r.err));
        r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("admin"), QStringLiteral("--name"),
                 QStringLiteral("Rahmat Hidayat"), QStringLiteral("--db"), db},
                {}, adminPassword());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(UserRepository(s.db).byUsername(QStringLiteral("admin")));

        // From now on data changes need a login.
        r = cli(propose);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--user")), qPrintable(r.err));
        // Reading still works.
        r = cli({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A wrong password is refused before the command runs; no password at all (no terminal) too.
        r = cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")},
                QStringLiteral("salah-sekali-99"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("salah")), qPrintable(r.err));
        r = cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("IMBANG_PASSWORD")), qPrintable(r.err));

        // The administrator adds an operator; the operator must change the temporary password first.
        r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("siti"), QStringLiteral("--name"),
                 QStringLiteral("Siti Rahma"), QStringLiteral("--role"), QStringLiteral("operator"),
                 QStringLiteral("--db"), db, QStringLiteral("--user=admin")},
                adminPassword(), QStringLiteral("Sementara-2026"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(propose + QStringList{QStringLiteral("--user"), QStringLiteral("siti")}, QStringLiteral("Sementara-2026"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("user password")), qPrintable(r.err));
        r = cli({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                 QStringLiteral("siti")},
                QStringLiteral("Sementara-2026"), operatorPassword());
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // The administrator may not draft transfers; the operator may.
        r = cli(propose + QStringList{QStringLiteral("--user"), QStringLiteral("admin")}, adminPassword());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Administrator")), qPrintable(r.err));
        r = cli(propose + QStringList{QStringLiteral("--user"), QStringLiteral("siti")}, operatorPassword());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Transfer t = *TransferRepository(s.db).find(QStringLiteral("MUT-2026-0001"));
        QCOMPARE(t.status, TransferStatus::Proposed);
        // The audit trail names the user, not --operator.
        for (const TransferStep &step : TransferRepository(s.db).steps(t.id))
            QCOMPARE(step.actor, QStringLiteral("siti"));
        r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--actor"),
                 QStringLiteral("siti")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("MUT-2026-0001")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("login")), qPrintable(r.out));

        // The operator may not verify it, nor manage users; the administrator lists and deactivates.
        r = cli({QStringLiteral("transfer"), QStringLiteral("advance"), QStringLiteral("--db"), db, QStringLiteral("--id"),
                 QStringLiteral("MUT-2026-0001"), QStringLiteral("--to"), QStringLiteral("DIVERIFIKASI"),
                 QStringLiteral("--user"), QStringLiteral("siti")},
                operatorPassword());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Operator")), qPrintable(r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("siti")},
                operatorPassword());
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin")},
                adminPassword());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Siti Rahma")), qPrintable(r.out));
        r = cli({QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("siti"), QStringLiteral("--db"), db,
                 QStringLiteral("--user"), QStringLiteral("admin")},
                adminPassword());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("siti")},
                operatorPassword());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("dinonaktifkan")), qPrintable(r.err));
        QVERIFY(UserRepository(s.db).byUsername(QStringLiteral("siti"))); // kept on record

        r = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAccessCli)
#include "tst_accesscli.moc"
