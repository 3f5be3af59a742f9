#include "storage/database.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace imbang;

// Opening files: the good case, and every kind of bad file, each with its message and the file's
// bytes left exactly as they were.
class TestDatabase : public QObject {
    Q_OBJECT

    QString makeValidDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("a.sqlite")) {
        const QString path = dir.filePath(name);
        OpenResult r = Database::create(path);
        if (!r)
            qFatal("%s", qPrintable(r.message));
        QSqlQuery q(r.database->connection());
        // Enough rows to spread over several pages, so that damage in the middle is detectable.
        q.exec(QStringLiteral("CREATE TABLE filler(x TEXT)"));
        for (int i = 0; i < 300; ++i)
            q.exec(QStringLiteral("INSERT INTO filler VALUES('%1')").arg(QString(200, QLatin1Char('a' + i % 26))));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.finish();
        r.database.reset();
        return path;
    }

    static void writeBytes(const QString &path, const QByteArray &bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void initTestCase() { test::installIndonesian(); }

    void createsAndReopens() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        {
            OpenResult r = Database::create(path);
            QVERIFY2(r, qPrintable(r.message));
            QCOMPARE(r.database->schemaVersion(), migrations::currentVersion());
            QVERIFY(!r.database->isReadOnly());
            QSqlQuery q(r.database->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
            QVERIFY(q.value(0).toInt() > 0);
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
            QCOMPARE(q.value(0).toInt(), migrations::applicationId);
        }
        OpenResult again = Database::open(path);
        QVERIFY2(again, qPrintable(again.message));
        QVERIFY(again.message.isEmpty());
    }

    void createRefusesExistingFile() {
        QTemporaryDir dir;
        const QString path = makeValidDatabase(dir);
        const QByteArray before = test::fileBytes(path);
        OpenResult r = Database::create(path);
        QVERIFY(!r);
        QCOMPARE(r.error, OpenError::AlreadyExists);
        QCOMPARE(test::fileBytes(path), before);
    }

    void missingFile() {
        OpenResult r = Database::open(QStringLiteral("/nonexistent/office.sqlite"));
        QCOMPARE(r.error, OpenError::NotFound);
        QVERIFY(r.message.contains(QStringLiteral("tidak ada")));
    }

    void notSqlite() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        const QByteArray bytes = "Daftar pegawai Dinas Pendidikan\nBudi;Ani\n";
        writeBytes(path, bytes);
        OpenResult r = Database::open(path);
        QVERIFY(!r);
        QCOMPARE(r.error, OpenError::NotSqlite);
        QVERIFY(r.message.contains(QStringLiteral("bukan basis data Imbang")));
        QCOMPARE(test::fileBytes(path), bytes);
    }

    void otherProgramsSqlite() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("CREATE TABLE songs(title TEXT);")});
        QVERIFY(sqlite.waitForFinished());
        const QByteArray before = test::fileBytes(path);
        OpenResult r = Database::open(path);
        QCOMPARE(r.error, OpenError::NotImbang);
        QCOMPARE(test::fileBytes(path), before);
    }

    void corrupt() {
        QTemporaryDir dir;
        const QString path = makeValidDatabase(dir);
        QByteArray bytes = test::fileBytes(path);
        QVERIFY(bytes.size() > 8 * 4096);
        // Overwrite the middle of the file (b-tree pages of the filler table) with garbage.
        for (qsizetype i = 4 * 4096; i < 6 * 4096; ++i)
            bytes[i] = char(0xA5);
        writeBytes(path, bytes);
        OpenResult r = Database::open(path);
        QVERIFY(!r);
        QCOMPARE(r.error, OpenError::Corrupt);
        QVERIFY(r.message.contains(QStringLiteral("rusak")));
        QCOMPARE(test::fileBytes(path), bytes);
    }

    // The GUI opens first and checks in a worker: until the check passes nothing can be written, so a
    // damaged file is still left exactly as it was.
    void deferredIntegrityCheck() {
        QTemporaryDir dir;
        const QString path = makeValidDatabase(dir);
        QByteArray bytes = test::fileBytes(path);
        for (qsizetype i = 4 * 4096; i < 6 * 4096; ++i)
            bytes[i] = char(0xA5);
        writeBytes(path, bytes);
        OpenOptions deferred;
        deferred.deferIntegrityCheck = true;
        {
            OpenResult r = Database::open(path, deferred);
            QVERIFY2(r, qPrintable(r.message));
            QVERIFY(!r.database->isVerified());
            QSqlQuery write(r.database->connection());
            QVERIFY(!write.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")));
            OpenResult sibling = r.database->openSibling();
            QVERIFY(sibling);
            QSqlQuery workerWrite(sibling.database->connection());
            QVERIFY(!workerWrite.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")));
            const Status check = Database::checkIntegrity(path);
            QVERIFY(!check);
            QVERIFY(check.error().contains(QStringLiteral("rusak")));
        }
        QCOMPARE(test::fileBytes(path), bytes);

        // A sound file: writable once the check has passed.
        const QString good = makeValidDatabase(dir, QStringLiteral("good.sqlite"));
        OpenResult r = Database::open(good, deferred);
        QVERIFY(r);
        QVERIFY(Database::checkIntegrity(good));
        r.database->markVerified();
        QVERIFY(r.database->isVerified());
        QSqlQuery write(r.database->connection());
        QVERIFY2(write.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")),
                 qPrintable(write.lastError().text()));
    }

    void truncatedHeaderOnly() {
        QTemporaryDir dir;
        const QString path = makeValidDatabase(dir);
        const QByteArray bytes = test::fileBytes(path).left(1000);
        writeBytes(path, bytes);
        OpenResult r = Database::open(path);
        QVERIFY(!r);
        QCOMPARE(r.error, OpenError::Corrupt);
        QCOMPARE(test::fileBytes(path), bytes);
    }

    void tooNew() {
        QTemporaryDir dir;
        const QString path = makeValidDatabase(dir);
        {
            OpenResult r = Database::open(path);
            QSqlQuery q(r.database->connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '9.4.0' WHERE key = 'min_app_version'")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = test::fileBytes(path);
        OpenResult r = Database::open(path);
        QVERIFY(!r);
        QCOMPARE(r.error, OpenError::TooNew);
        QVERIFY2(r.message.contains(QStringLiteral("9.4.0")), qPrintable(r.message));
        QCOMPARE(test::fileBytes(path), before);
    }

    void readOnlyLocation() {
        QTemporaryDir dir;
        const QString path = makeValidDatabase(dir);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = test::fileBytes(path);
        {
            OpenResult r = Database::open(path);
            QVERIFY2(r, qPrintable(r.message));
            QVERIFY(r.database->isReadOnly());
            QVERIFY(r.message.contains(QStringLiteral("hanya-baca")));
            QSqlQuery q(r.database->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM filler")) && q.next());
            QCOMPARE(q.value(0).toInt(), 300);
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM filler")));
        }
        QCOMPARE(test::fileBytes(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void lockedByAnotherProcess() {
        QTemporaryDir dir;
        const QString path = makeValidDatabase(dir);
        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {path});
        QVERIFY(holder.waitForStarted());
        // Exclusive locking mode keeps the lock after the transaction until the process exits.
        holder.write("PRAGMA locking_mode=EXCLUSIVE;\nBEGIN EXCLUSIVE;\nUPDATE filler SET x = x;\nSELECT 'held';\n");
        QByteArray said;
        while (!said.contains("held") && holder.waitForReadyRead(5000))
            said += holder.readAll();
        QVERIFY2(said.contains("held"), said.constData());

        OpenOptions options;
        options.busyTimeoutMs = 200;
        OpenResult r = Database::open(path, options);
        QVERIFY(!r);
        QCOMPARE(r.error, OpenError::Locked);
        QVERIFY2(r.message.contains(QStringLiteral("dikunci")), qPrintable(r.message));

        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished());
        OpenResult after = Database::open(path);
        QVERIFY2(after, qPrintable(after.message));
    }

    void siblingConnectionSeesSameData() {
        test::TempDatabase t;
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES('x', 'y')")));
        OpenResult sibling = t.db->openSibling();
        QVERIFY2(sibling, qPrintable(sibling.message));
        QSqlQuery s(sibling.database->connection());
        QVERIFY(s.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'x'")) && s.next());
        QCOMPARE(s.value(0).toString(), QStringLiteral("y"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
