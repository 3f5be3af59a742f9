#include "access/accountservice.h"
#include "access/passwordhash.h"
#include "access/passwordpolicy.h"
#include "access/session.h"
#include "access/userrepository.h"
#include "audit/actor.h"
#include "audit/audittrail.h"
#include "exchange/officedirectory.h"
#include "records/employeechanges.h"
#include "records/employeelist.h"
#include "transferhelpers.h"

#include <QTest>

using namespace imbang;
using S = TransferStatus;

// Accounts, roles and sessions in core: hashing, the password policy, the growing delay after wrong
// passwords, each role against each protected action (allowed and refused, through the real core
// calls), separation of duties, single-user mode, and the user in every audit entry.
class TestAccess : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TransferScenario> m_office;
    QSqlDatabase m_db;
    QHash<Role, UserAccount> m_users;
    UserAccount m_secondVerifier;
    int m_nextEmployee = 0;

    static QString goodPassword() { return QStringLiteral("Kopi-Kerinci-2026"); }

    // Logs in without the Argon2 check (which authenticate() tests), so the matrix stays fast.
    void loginAs(Role role) { access::logIn(m_db, m_users.value(role)); }

    // A fresh employee for each transfer, since a person has at most one open transfer.
    qint64 nextEmployee() {
        const QList<qint64> all{m_office->sd1Teachers.value(0), m_office->sd1Teachers.value(1),
                                m_office->sd1Teachers.value(2), m_office->sd1Teachers.value(3)};
        return all.at(m_nextEmployee++ % all.size());
    }

    // A transfer at `status`, drafted by the operator and verified by the verifier.
    qint64 transferAt(S status) {
        loginAs(Role::Operator);
        const qint64 id = test::propose(m_db, nextEmployee(), m_office->sd2, m_office->guruKelas);
        if (status != S::Draft) {
            QVERIFY_STATUS(TransferWorkflow::advance(m_db, id, S::Proposed));
            QVERIFY_STATUS(test::tickAll(m_db, id));
        }
        loginAs(Role::Verifikator);
        if (status == S::Verified || status == S::Approved)
            QVERIFY_STATUS(TransferWorkflow::advance(m_db, id, S::Verified));
        if (status == S::Approved)
            QVERIFY_STATUS(TransferWorkflow::advance(m_db, id, S::Approved));
        return id;
    }

    // The BKD clerk as the records editor would save her (the scenario leaves the rank out).
    Employee clerk() const {
        Employee e = *EmployeeRepository(m_db).byId(m_office->bkdClerk);
        e.rank = *Rank::parse(QStringLiteral("III/a"));
        e.rankTmt = QDate(2019, 1, 1);
        return e;
    }

    void cancel(qint64 id) {
        loginAs(Role::Verifikator);
        const Transfer t = *TransferRepository(m_db).byId(id);
        if (transfercodes::isOpen(t.status))
            QVERIFY_STATUS(TransferWorkflow::advance(m_db, id, S::Cancelled, {QStringLiteral("uji selesai"), {}, {}}));
    }

    static void QVERIFY_STATUS(const Status &s) {
        if (!s)
            QFAIL(qPrintable(s.error()));
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        m_office = std::make_unique<test::TransferScenario>();
        m_db = m_office->db;
        // Single-user mode until the first account exists: everything is allowed.
        QVERIFY(access::singleUserMode(m_db));
        QVERIFY(access::require(m_db, Permission::ManageUsers).ok());
        AccountService service(m_db);
        Expected<qint64> admin = service.createFirstAdministrator(
            {QStringLiteral("admin"), QStringLiteral("Rahmat Hidayat"), {}, Role::Operator, goodPassword()});
        QVERIFY2(admin, qPrintable(admin.error()));
        QVERIFY(!access::singleUserMode(m_db));
        QCOMPARE(UserRepository(m_db).byId(*admin)->role, Role::Administrator); // whatever was asked
        // A second "first" administrator is refused.
        QVERIFY(!service.createFirstAdministrator(
            {QStringLiteral("admin2"), QStringLiteral("Orang Lain"), {}, Role::Administrator, goodPassword()}));
        m_users.insert(Role::Administrator, *UserRepository(m_db).byId(*admin));
        loginAs(Role::Administrator);
        const struct {
            const char *username;
            const char *name;
            Role role;
        } others[] = {{"operator", "Siti Rahma", Role::Operator},
                      {"verifikator", "Dedi Kurniawan", Role::Verifikator},
                      {"pimpinan", "Ir. Hasan Basri", Role::Pimpinan},
                      {"verifikator2", "Maya Sari", Role::Verifikator}};
        for (const auto &o : others) {
            Expected<qint64> id = service.createUser({QString::fromLatin1(o.username), QString::fromLatin1(o.name),
                                                      {}, o.role, goodPassword()});
            QVERIFY2(id, qPrintable(id.error()));
            const UserAccount a = *UserRepository(m_db).byId(*id);
            QVERIFY(a.mustChangePassword);
            if (a.username == QLatin1String("verifikator2"))
                m_secondVerifier = a;
            else
                m_users.insert(o.role, a);
        }
        access::logOut();
    }

    void cleanup() { access::logOut(); }

    void hashing() {
        Expected<QString> first = passwordhash::hash(goodPassword());
        Expected<QString> second = passwordhash::hash(goodPassword());
        QVERIFY(first && second);
        QVERIFY(first->startsWith(QLatin1String("$argon2id$")));
        QVERIFY(*first != *second); // a new salt each time
        QVERIFY(!first->contains(goodPassword()));
        QVERIFY(passwordhash::verify(*first, goodPassword()));
        QVERIFY(passwordhash::verify(*second, goodPassword()));
        QVERIFY(!passwordhash::verify(*first, QStringLiteral("kopi-kerinci-2026")));
        QVERIFY(!passwordhash::verify(*first, QString()));
        QVERIFY(!passwordhash::verify(QStringLiteral("not a hash"), goodPassword()));
        QVERIFY(!passwordhash::needsRehash(*first));
        // Stored as the hash only.
        QVERIFY(UserRepository(m_db).byUsername(QStringLiteral("admin"))->passwordHash.startsWith(
            QLatin1String("$argon2id$")));
    }

    void policy_data() {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("good") << goodPassword() << true;
        QTest::newRow("too short") << QStringLiteral("Kopi-26") << false;
        QTest::newRow("user name") << QStringLiteral("sitirahma-2026") << false;
        QTest::newRow("part of the name") << QStringLiteral("Rahma12345678") << false;
        QTest::newRow("nip") << QStringLiteral("x198503122010012001") << false;
        QTest::newRow("birth date from the nip") << QStringLiteral("lahir19850312!") << false;
    }

    void policy() {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        const QStringList problems = PasswordPolicy(10).problems(password, QStringLiteral("sitirahma"),
                                                                 QStringLiteral("Siti Rahma"),
                                                                 QStringLiteral("198503122010012001"));
        QCOMPARE(problems.isEmpty(), accepted);
        for (const QString &p : problems)
            QVERIFY(!p.isEmpty());
    }

    void delays_data() {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        QTest::newRow("1") << 1 << 0;
        QTest::newRow("2") << 2 << 0;
        QTest::newRow("3") << 3 << 5;
        QTest::newRow("4") << 4 << 10;
        QTest::newRow("5") << 5 << 20;
        QTest::newRow("10") << 10 << 640;
        QTest::newRow("11") << 11 << 900;
        QTest::newRow("50") << 50 << 900;
    }

    void delays() {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        QCOMPARE(AccountService::delaySeconds(failures), seconds);
    }

    void loginAndGrowingDelay() {
        AccountService service(m_db);
        const QDateTime t0(QDate(2026, 1, 15), QTime(8, 0), Qt::UTC);
        const QString wrong = QStringLiteral("salah-sandi-123");
        QVERIFY(service.authenticate(QStringLiteral("pimpinan"), goodPassword(), t0)); // resets the count
        for (int i = 1; i <= 2; ++i) {
            Expected<UserAccount> r = service.authenticate(QStringLiteral("pimpinan"), wrong, t0);
            QVERIFY(!r);
            QVERIFY2(r.error().contains(QStringLiteral("salah")), qPrintable(r.error()));
        }
        // The third failure in a row starts the wait; even the right password is not checked during it.
        Expected<UserAccount> third = service.authenticate(QStringLiteral("pimpinan"), wrong, t0);
        QVERIFY(!third);
        QVERIFY2(third.error().contains(QStringLiteral("5 detik")), qPrintable(third.error()));
        QCOMPARE(UserRepository(m_db).byUsername(QStringLiteral("pimpinan"))->failedLogins, 3);
        Expected<UserAccount> early = service.authenticate(QStringLiteral("pimpinan"), goodPassword(), t0.addSecs(2));
        QVERIFY(!early);
        QVERIFY2(early.error().contains(QStringLiteral("3 detik")), qPrintable(early.error()));
        // After the wait a fourth failure doubles it.
        QVERIFY(!service.authenticate(QStringLiteral("pimpinan"), wrong, t0.addSecs(6)));
        QCOMPARE(UserRepository(m_db).byUsername(QStringLiteral("pimpinan"))->lockedUntil, t0.addSecs(16));
        Expected<UserAccount> ok = service.authenticate(QStringLiteral("pimpinan"), goodPassword(), t0.addSecs(17));
        QVERIFY2(ok, qPrintable(ok.error()));
        QCOMPARE(ok->failedLogins, 0);
        QCOMPARE(UserRepository(m_db).byUsername(QStringLiteral("pimpinan"))->failedLogins, 0);
        // Unknown users get the same answer as wrong passwords.
        Expected<UserAccount> unknown = service.authenticate(QStringLiteral("nobody"), wrong, t0);
        QCOMPARE(unknown.error(), service.authenticate(QStringLiteral("operator"), wrong, t0).error());

        // Every attempt is in the audit trail under the name tried.
        AuditFilter filter;
        filter.actor = QStringLiteral("pimpinan");
        int failed = 0, logins = 0;
        for (const AuditEntry &e : AuditTrail(m_db).entries(filter)) {
            failed += e.record.action == QLatin1String("login.failed");
            logins += e.record.action == QLatin1String("login");
        }
        QCOMPARE(failed, 5); // 4 wrong passwords and 1 attempt during the wait
        QCOMPARE(logins, 2);
        filter.actor = QStringLiteral("nobody");
        QCOMPARE(AuditTrail(m_db).entries(filter).size(), 1);
        QVERIFY(AuditTrail(m_db).verify().intact);
    }

    // Each role against each protected action, through the real core functions.
    void roles_data() {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("allowed");
        const QStringList actions{QStringLiteral("edit-employee"), QStringLiteral("change-setting"),
                                  QStringLiteral("trust-office"),  QStringLiteral("draft-transfer"),
                                  QStringLiteral("verify-transfer"), QStringLiteral("approve-transfer"),
                                  QStringLiteral("issue-decree"),  QStringLiteral("add-user")};
        // Expected, written out rather than derived from access::allows().
        const QHash<Role, QStringList> allowedActions{
            {Role::Administrator, {QStringLiteral("change-setting"), QStringLiteral("trust-office"),
                                   QStringLiteral("add-user")}},
            {Role::Operator, {QStringLiteral("edit-employee"), QStringLiteral("draft-transfer")}},
            {Role::Verifikator, {QStringLiteral("draft-transfer"), QStringLiteral("verify-transfer"),
                                 QStringLiteral("approve-transfer"), QStringLiteral("issue-decree")}},
            {Role::Pimpinan, {}}};
        for (Role role : access::allRoles())
            for (const QString &action : actions)
                QTest::addRow("%s %s", qPrintable(access::toCode(role)), qPrintable(action))
                    << role << action << allowedActions.value(role).contains(action);
    }

    void roles() {
        QFETCH(Role, role);
        QFETCH(QString, action);
        QFETCH(bool, allowed);
        qint64 transfer = 0;
        if (action == QLatin1String("verify-transfer"))
            transfer = transferAt(S::Proposed);
        else if (action == QLatin1String("approve-transfer"))
            transfer = transferAt(S::Verified);
        else if (action == QLatin1String("issue-decree"))
            transfer = transferAt(S::Approved);
        loginAs(role);
        const int auditBefore = AuditTrail(m_db).verify().entriesChecked;
        Status result;
        if (action == QLatin1String("edit-employee")) {
            Employee e = clerk();
            e.education = QStringLiteral("S1 Administrasi %1").arg(auditBefore);
            result = employeechanges::save(m_db, e);
        } else if (action == QLatin1String("change-setting")) {
            result = Settings(m_db).set(settingkeys::rotationYears, 4);
        } else if (action == QLatin1String("trust-office")) {
            exchange::OfficeDirectory offices(m_db);
            Expected<qint64> id = offices.remember(QUuid::createUuid(), QStringLiteral("BKD Kabupaten Tebo"),
                                                   QStringLiteral("Kabupaten Tebo"), QByteArray(32, 'k'));
            QVERIFY(id);
            result = offices.setTrusted(*id, true);
        } else if (action == QLatin1String("draft-transfer")) {
            Expected<ProposalOutcome> outcome = TransferProposal::create(
                m_db, test::request({nextEmployee()}, m_office->sd2, m_office->guruKelas));
            result = outcome ? Status() : Status::failure(outcome.error());
            if (outcome)
                transfer = outcome->transferIds.constFirst();
        } else if (action == QLatin1String("verify-transfer")) {
            result = TransferWorkflow::advance(m_db, transfer, S::Verified);
        } else if (action == QLatin1String("approve-transfer")) {
            // Drafted by the operator: separation of duties does not stand in the way.
            result = TransferWorkflow::advance(m_db, transfer, S::Approved);
        } else if (action == QLatin1String("issue-decree")) {
            result = TransferWorkflow::advance(m_db, transfer, S::DecreeIssued, test::decree());
        } else if (action == QLatin1String("add-user")) {
            Expected<qint64> id = AccountService(m_db).createUser(
                {QStringLiteral("baru%1").arg(auditBefore), QStringLiteral("Pegawai Baru"), {}, Role::Operator,
                 goodPassword()});
            result = id ? Status() : Status::failure(id.error());
        }
        QVERIFY2(result.ok() == allowed, qPrintable(result.error()));
        if (!allowed) {
            QVERIFY2(result.error().contains(access::displayName(role)), qPrintable(result.error()));
            // The refusal is audited under the user's name.
            const AuditEntry last = AuditTrail(m_db).entries({{}, {}, {}, {}, {}, {}, 1}).constFirst();
            QCOMPARE(last.record.action, QStringLiteral("access.denied"));
            QCOMPARE(last.actor, m_users.value(role).username);
        }
        if (transfer)
            cancel(transfer);
    }

    void notLoggedIn() {
        // Accounts exist: without a login nothing protected goes through, and refusals say how to log in.
        Employee e = clerk();
        e.education = QStringLiteral("S2");
        const Status s = employeechanges::save(m_db, e);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("--user")), qPrintable(s.error()));
        QVERIFY(!TransferProposal::create(m_db, test::request({nextEmployee()}, m_office->sd2, m_office->guruKelas)));
        QVERIFY(!Settings(m_db).set(settingkeys::rotationYears, 3));
        QCOMPARE(Settings(m_db).get(settingkeys::rotationYears), 4); // from the administrator above
    }

    void separationOfDuties() {
        // A verifier drafts and proposes: another verifier must approve.
        loginAs(Role::Verifikator);
        const qint64 id = test::propose(m_db, nextEmployee(), m_office->sd2, m_office->guruKelas);
        QVERIFY_STATUS(TransferWorkflow::advance(m_db, id, S::Proposed));
        QVERIFY_STATUS(test::tickAll(m_db, id));
        QVERIFY_STATUS(TransferWorkflow::advance(m_db, id, S::Verified));
        QCOMPARE(TransferWorkflow::proposers(m_db, id), QStringList{QStringLiteral("verifikator")});
        const Status own = TransferWorkflow::advance(m_db, id, S::Approved);
        QVERIFY(!own);
        QVERIFY2(own.error().contains(QStringLiteral("pemisahan tugas")), qPrintable(own.error()));
        QCOMPARE(TransferRepository(m_db).byId(id)->status, S::Verified);
        // Shown among the blockers before anyone tries.
        QVERIFY(!TransferWorkflow::blockers(m_db, *TransferRepository(m_db).byId(id), S::Approved, {}).isEmpty());

        access::logIn(m_db, m_secondVerifier);
        QVERIFY_STATUS(TransferWorkflow::advance(m_db, id, S::Approved));
        cancel(id);

        // With the setting off, the same person may approve.
        loginAs(Role::Administrator);
        QVERIFY_STATUS(Settings(m_db).set(settingkeys::separationOfDuties, false));
        loginAs(Role::Verifikator);
        const qint64 second = test::propose(m_db, nextEmployee(), m_office->sd2, m_office->guruKelas);
        QVERIFY_STATUS(TransferWorkflow::advance(m_db, second, S::Proposed));
        QVERIFY_STATUS(test::tickAll(m_db, second));
        QVERIFY_STATUS(TransferWorkflow::advance(m_db, second, S::Verified));
        QVERIFY_STATUS(TransferWorkflow::advance(m_db, second, S::Approved));
        cancel(second);
        loginAs(Role::Administrator);
        QVERIFY_STATUS(Settings(m_db).set(settingkeys::separationOfDuties, true));
    }

    void auditNamesTheUser() {
        loginAs(Role::Operator);
        // No --operator option or setting can put another name in the trail while someone is logged in.
        actor::setCurrent(QStringLiteral("Nama Palsu"));
        Employee e = clerk();
        e.education = QStringLiteral("S1 Manajemen");
        QVERIFY_STATUS(employeechanges::save(m_db, e));
        const AuditEntry last = AuditTrail(m_db).entries({{}, {}, {}, {}, {}, {}, 1}).constFirst();
        QCOMPARE(last.record.entity, QStringLiteral("employee"));
        QCOMPARE(last.actor, QStringLiteral("operator"));
        const qint64 id = test::propose(m_db, nextEmployee(), m_office->sd2, m_office->guruKelas);
        QCOMPARE(TransferRepository(m_db).steps(id).constFirst().actor, QStringLiteral("operator"));
        cancel(id);
        access::logOut();
        QCOMPARE(actor::current(), QStringLiteral("Nama Palsu"));
        QVERIFY(AuditTrail(m_db).verify().intact);
    }

    void personalDataMasked() {
        const auto row = [this](Role role) {
            loginAs(role);
            EmployeeFilter filter;
            filter.search = QStringLiteral("Lina Marlina");
            const TextTable t = employeeList(m_db, filter, test::TransferScenario::today());
            return t.rows.value(0);
        };
        const QStringList full = row(Role::Operator);
        QCOMPARE(full.value(0), QStringLiteral("198801012012012001"));
        QCOMPARE(full.value(5), QStringLiteral("1988-01-01"));
        const QStringList masked = row(Role::Pimpinan);
        QCOMPARE(masked.value(0), QStringLiteral("********2012012001"));
        QVERIFY(masked.value(5).isEmpty());
        QCOMPARE(masked.value(1), full.value(1)); // the name stays
    }

    void accountLifecycle() {
        AccountService service(m_db);
        UserAccount op = *UserRepository(m_db).byUsername(QStringLiteral("operator"));
        // Nobody but the user changes their own password; an administrator resets it.
        loginAs(Role::Administrator);
        QVERIFY(!service.changePassword(op.id, goodPassword(), QStringLiteral("Teh-Kayu-Aro-77")));
        // Deactivation: not the last administrator, not oneself.
        QVERIFY(!service.setActive(m_users.value(Role::Administrator).id, false));
        QVERIFY_STATUS(service.setActive(op.id, false));
        Expected<UserAccount> refused = service.authenticate(QStringLiteral("operator"), goodPassword());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("dinonaktifkan")), qPrintable(refused.error()));
        QVERIFY(UserRepository(m_db).byUsername(QStringLiteral("operator"))); // still on record
        // A deactivated user who is still logged in loses every permission at once.
        access::logIn(m_db, op);
        QVERIFY(!access::can(m_db, Permission::EditRecords));
        loginAs(Role::Administrator);
        QVERIFY_STATUS(service.setActive(op.id, true));
        QVERIFY_STATUS(service.resetPassword(op.id, QStringLiteral("Sementara-2026")));
        op = *UserRepository(m_db).byId(op.id);
        QVERIFY(op.mustChangePassword);
        Expected<UserAccount> temp = service.authenticate(QStringLiteral("operator"), QStringLiteral("Sementara-2026"));
        QVERIFY2(temp, qPrintable(temp.error()));
        QVERIFY(temp->mustChangePassword);
        access::logIn(m_db, *temp);
        QVERIFY(!service.changePassword(op.id, QStringLiteral("salah"), QStringLiteral("Teh-Kayu-Aro-77")));
        QVERIFY(!service.changePassword(op.id, QStringLiteral("Sementara-2026"), QStringLiteral("siti")));
        QVERIFY_STATUS(service.changePassword(op.id, QStringLiteral("Sementara-2026"), QStringLiteral("Teh-Kayu-Aro-77")));
        QVERIFY(!UserRepository(m_db).byId(op.id)->mustChangePassword);
        QVERIFY(service.authenticate(QStringLiteral("operator"), QStringLiteral("Teh-Kayu-Aro-77")));
        // The last administrator keeps the role.
        loginAs(Role::Administrator);
        QVERIFY(!service.setRole(m_users.value(Role::Administrator).id, Role::Operator));
        QVERIFY_STATUS(service.setRole(m_users.value(Role::Pimpinan).id, Role::Pimpinan));
        QVERIFY(AuditTrail(m_db).verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
