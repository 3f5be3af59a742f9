#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlutil.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace imbang;

// Schema migrations: empty file to current, every kept older version to current, and a failing step
// leaving the file as it was.
class TestMigrations : public QObject {
    Q_OBJECT

    // A raw connection without the Database wrapper, so the test drives migrate() itself.
    struct RawConnection {
        QString name;
        QSqlDatabase db;
        explicit RawConnection(const QString &path) : name(QStringLiteral("raw-%1").arg(quintptr(this))) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
        }
        ~RawConnection() {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
    };

private slots:
    void initTestCase() { test::installIndonesian(); }

    void emptyFileToCurrent() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        OpenResult r = Database::open(path);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.database->schemaVersion(), migrations::currentVersion());
        QSqlQuery q(r.database->connection());
        for (const char *table : {"meta", "setting", "unit", "position", "employee"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        }
    }

    void everyKeptVersionToCurrent_data() {
        QTest::addColumn<QString>("fixture");
        const QDir schemaDir(test::dataPath(QStringLiteral("schema")));
        const QStringList files = schemaDir.entryList({QStringLiteral("v*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "tests/data/schema holds a database of every released schema version");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << schemaDir.filePath(file);
    }

    void everyKeptVersionToCurrent() {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        int employeesBefore = 0;
        {
            RawConnection raw(path);
            QSqlQuery q(raw.db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM employee")) && q.next());
            employeesBefore = q.value(0).toInt();
        }
        QVERIFY(employeesBefore > 0);
        OpenResult r = Database::open(path);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.database->schemaVersion(), migrations::currentVersion());
        QSqlQuery q(r.database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM employee")) && q.next());
        QCOMPARE(q.value(0).toInt(), employeesBefore);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
    }

    void failingStepLeavesFileAsItWas() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A file at the current version, not in WAL mode, so all its bytes are in the main file.
            RawConnection raw(path);
            QVERIFY(migrations::migrate(raw.db));
            QSqlQuery q(raw.db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES('k', 'v')")));
        }
        const QByteArray before = test::fileBytes(path);
        QList<MigrationStep> steps = migrations::standardSteps();
        const int broken = migrations::currentVersion() + 1;
        steps << MigrationStep{broken, QStringLiteral("99.0.0"), [](const QSqlDatabase &db) {
                                   // Does real work first, then fails: all of it must roll back.
                                   if (Status s = sql::runAll(db, {QStringLiteral("CREATE TABLE half(x)"),
                                                                   QStringLiteral("DELETE FROM setting")});
                                       !s)
                                       return s;
                                   return sql::runAll(db, {QStringLiteral("INSERT INTO no_such_table VALUES(1)")});
                               }};
        {
            RawConnection raw(path);
            const Status s = migrations::migrate(raw.db, steps);
            QVERIFY(!s);
            QVERIFY2(s.error().contains(QString::number(broken)), qPrintable(s.error()));
            QCOMPARE(migrations::readVersion(raw.db), migrations::currentVersion());
        }
        QCOMPARE(test::fileBytes(path), before);
    }

    void refusesNewerFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        RawConnection raw(path);
        QVERIFY(migrations::migrate(raw.db));
        QList<MigrationStep> older = migrations::standardSteps();
        older.removeLast();
        QVERIFY(!migrations::migrate(raw.db, older.isEmpty() ? QList<MigrationStep>{} : older));
    }

    void notOurDatabase() {
        QTemporaryDir dir;
        RawConnection raw(dir.filePath(QStringLiteral("other.sqlite")));
        QSqlQuery q(raw.db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs(title TEXT)")));
        QCOMPARE(migrations::readVersion(raw.db), -1);
        QVERIFY(!migrations::migrate(raw.db));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
