#include "demo/demogenerator.h"
#include "records/unitrepository.h"
#include "testsupport.h"
#include "workload/gradedistributionmodel.h"
#include "workload/retirementoutlookmodel.h"
#include "workload/workloadbreakdownmodel.h"
#include "workload/workloaddashboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace imbang;

// `imbang-cli workload` prints the numbers the dashboard shows, for the same demo data: the real CLI
// binary is run and its JSON and CSV compared with the dashboard's models, row by row.
class TestWorkloadCli : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;

    QByteArray runCli(const QStringList &arguments) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMBANG_TODAY"), QStringLiteral("2026-11-29"));
        cli.setProcessEnvironment(env);
        m_db->db.reset(); // let the CLI have the file to itself; reopened below
        cli.start(QStringLiteral(IMBANG_CLI), QStringList{QStringLiteral("workload"), QStringLiteral("--db"), m_db->path} + arguments);
        const bool finished = cli.waitForFinished(60000);
        m_db->db = std::move(Database::open(m_db->path).database);
        if (!finished || cli.exitCode() != 0)
            qWarning("imbang-cli failed: %s", cli.readAllStandardError().constData());
        return cli.readAllStandardOutput();
    }

private slots:
    void initTestCase() {
        qputenv("IMBANG_TODAY", "2026-11-29");
        test::installIndonesian();
        m_db = std::make_unique<test::TempDatabase>();
        DemoOptions options;
        options.employees = 8000;
        options.seed = 11;
        QVERIFY(DemoGenerator::generate(m_db->db->connection(), options));
    }

    void jsonMatchesDashboard_data() {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("by");
        QTest::newRow("office per agency") << QString() << QStringLiteral("unit");
        QTest::newRow("office per region") << QString() << QStringLiteral("region");
        QTest::newRow("education Kota Jambi per school") << QStringLiteral("01.08") << QStringLiteral("unit");
        QTest::newRow("education Kota Jambi per position") << QStringLiteral("01.08") << QStringLiteral("position");
        QTest::newRow("health Batanghari per puskesmas") << QStringLiteral("02.09") << QStringLiteral("unit");
        QTest::newRow("one school per position") << QStringLiteral("03.08.SD001") << QStringLiteral("position");
    }

    void jsonMatchesDashboard() {
        QFETCH(QString, unit);
        QFETCH(QString, by);
        QStringList args{QStringLiteral("--by"), by, QStringLiteral("--json")};
        if (!unit.isEmpty())
            args << QStringLiteral("--unit") << unit;
        const QJsonObject json = QJsonDocument::fromJson(runCli(args)).object();
        QVERIFY(!json.isEmpty());

        WorkloadDashboard dashboard(*m_db->db);
        const qint64 unitId = unit.isEmpty() ? 0 : UnitRepository(m_db->db->connection()).byCode(unit)->id;
        dashboard.selectUnit(unitId);
        dashboard.setGrouping(by == QLatin1String("unit")       ? WorkloadGrouping::Unit
                              : by == QLatin1String("position") ? WorkloadGrouping::Position
                                                                : WorkloadGrouping::Region);
        const WorkloadBreakdownModel *model = dashboard.breakdownModel();
        const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), model->rowCount());
        QVERIFY(rows.size() > 1);
        const std::pair<const char *, int> columns[] = {
            {"need", WorkloadBreakdownModel::Need},         {"in_post", WorkloadBreakdownModel::InPost},
            {"gap", WorkloadBreakdownModel::Gap},           {"surplus", WorkloadBreakdownModel::Surplus},
            {"shortage", WorkloadBreakdownModel::Shortage}, {"ej", WorkloadBreakdownModel::Efficiency},
            {"grade", WorkloadBreakdownModel::GradeColumn}, {"retiring_5y", WorkloadBreakdownModel::Retiring},
            {"gap_5y", WorkloadBreakdownModel::GapIn5Years}};
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows.at(r).toObject();
            QCOMPARE(row.value(QStringLiteral("name")).toString(),
                     model->index(r, WorkloadBreakdownModel::Name).data(Qt::EditRole).toString());
            QCOMPARE(row.value(QStringLiteral("code")).toString(),
                     model->index(r, WorkloadBreakdownModel::Code).data(Qt::EditRole).toString());
            for (const auto &[key, column] : columns) {
                const QJsonValue cli = row.value(QLatin1String(key));
                const QVariant shown = model->index(r, column).data(Qt::EditRole);
                if (cli.isString())
                    QCOMPARE(cli.toString(), shown.toString());
                else if (cli.isNull())
                    QVERIFY(!shown.isValid());
                else
                    QCOMPARE(cli.toDouble(), shown.toDouble());
            }
        }
        // Totals, retirement outlook and grades.
        const QJsonObject total = json.value(QStringLiteral("total")).toObject();
        QCOMPARE(total.value(QStringLiteral("in_post")).toInt(), dashboard.summary().total.inPost);
        QCOMPARE(total.value(QStringLiteral("need")).toDouble(), std::round(dashboard.summary().total.need * 100) / 100);
        const QJsonArray outlook = json.value(QStringLiteral("outlook")).toArray();
        const RetirementOutlookModel *years = dashboard.outlookModel();
        QCOMPARE(outlook.size(), years->rowCount());
        for (int y = 0; y < outlook.size(); ++y) {
            const QJsonObject o = outlook.at(y).toObject();
            QCOMPARE(o.value(QStringLiteral("year")).toInt(), years->index(y, RetirementOutlookModel::Year).data(Qt::EditRole).toInt());
            QCOMPARE(o.value(QStringLiteral("retiring")).toInt(),
                     years->index(y, RetirementOutlookModel::Retiring).data(Qt::EditRole).toInt());
            QCOMPARE(o.value(QStringLiteral("staff")).toInt(), years->index(y, RetirementOutlookModel::Staff).data(Qt::EditRole).toInt());
            QCOMPARE(o.value(QStringLiteral("gap")).toDouble(), years->index(y, RetirementOutlookModel::Gap).data(Qt::EditRole).toDouble());
            QCOMPARE(o.value(QStringLiteral("shortage")).toDouble(),
                     years->index(y, RetirementOutlookModel::Shortage).data(Qt::EditRole).toDouble());
        }
        const QJsonObject grades = json.value(QStringLiteral("grades")).toObject();
        for (int g = 0; g < 5; ++g)
            QCOMPARE(grades.value(gradeLetter(Grade(g))).toInt(),
                     dashboard.gradeModel()->index(g, GradeDistributionModel::Count).data(Qt::EditRole).toInt());
    }

    void csvMatchesDashboard() {
        const QByteArray csv = runCli({QStringLiteral("--unit"), QStringLiteral("01.08"), QStringLiteral("--csv")});
        QList<QByteArray> lines = csv.trimmed().split('\n');
        QVERIFY(lines.size() > 2);
        // Headers as the officer reads them (ctest runs in Indonesian).
        QCOMPARE(QString::fromUtf8(lines.first().trimmed()),
                 QStringLiteral("Kode,Unit,Kebutuhan,Pegawai,Selisih,Kelebihan,Kekurangan,EJ,Grade,"
                                "Pensiun dalam 5 tahun,Selisih 5 tahun lagi"));
        lines.removeFirst();
        lines.removeLast(); // the total
        WorkloadDashboard dashboard(*m_db->db);
        dashboard.selectUnit(UnitRepository(m_db->db->connection()).byCode(QStringLiteral("01.08"))->id);
        const WorkloadBreakdownModel *model = dashboard.breakdownModel();
        QCOMPARE(lines.size(), model->rowCount());
        for (int r = 0; r < lines.size(); ++r) {
            const QList<QByteArray> cells = lines.at(r).trimmed().split(',');
            QCOMPARE(QString::fromUtf8(cells.at(0)), model->index(r, WorkloadBreakdownModel::Code).data(Qt::EditRole).toString());
            QCOMPARE(QString::fromUtf8(cells.at(2)),
                     QString::number(model->index(r, WorkloadBreakdownModel::Need).data(Qt::EditRole).toDouble(), 'f', 2));
            QCOMPARE(cells.at(3).toInt(), model->index(r, WorkloadBreakdownModel::InPost).data(Qt::EditRole).toInt());
        }
    }

    void unknownUnitIsABadInput() {
        QProcess cli;
        cli.start(QStringLiteral(IMBANG_CLI), {QStringLiteral("workload"), QStringLiteral("--db"), m_db->path,
                                               QStringLiteral("--unit"), QStringLiteral("99.99")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(cli.readAllStandardError().contains("99.99"));
        cli.start(QStringLiteral(IMBANG_CLI), {QStringLiteral("workload"), QStringLiteral("--db"), m_db->path,
                                               QStringLiteral("--by"), QStringLiteral("school")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
    }
};

QTEST_MAIN(TestWorkloadCli)
#include "tst_workloadcli.moc"
