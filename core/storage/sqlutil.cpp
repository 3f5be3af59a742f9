#include "sqlutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace imbang::sql {

QVariant fromDate(const QDate &date) {
    if (!date.isValid())
        return {};
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1000 || y > 9999)
        return date.toString(Qt::ISODate);
    // By hand: bulk imports store hundreds of thousands of dates and QDate::toString goes through
    // the locale machinery for each.
    const char16_t text[10] = {char16_t(u'0' + y / 1000),     char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),       u'-',
                               char16_t(u'0' + m / 10),       char16_t(u'0' + m % 10),       u'-',
                               char16_t(u'0' + d / 10),       char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QDate toDate(const QVariant &value) {
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant fromDateTime(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return {};
    // Bulk writes stamp every row with the same time: format it once.
    thread_local QDateTime last;
    thread_local QString lastText;
    if (dateTime != last || dateTime.timeSpec() != last.timeSpec()) {
        lastText = dateTime.toUTC().toString(Qt::ISODateWithMs);
        last = dateTime;
    }
    return lastText;
}

namespace {

// Reads "2026-11-29T17:33:35.123Z", the only form fromDateTime() writes, by hand: QDateTime's
// general parser costs a tenth of opening the main window when 5,000 units are read.
QDateTime parseStoredUtc(const QString &text) {
    static const QString pattern = QStringLiteral("dddd-dd-ddTdd:dd:dd.dddZ");
    if (text.size() != pattern.size())
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (pattern.at(i) == QLatin1Char('d') ? !c.isDigit() : c != pattern.at(i))
            return {};
    }
    const auto number = [&text](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i)
            n = n * 10 + text.at(i).digitValue();
        return n;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime toDateTime(const QVariant &value) {
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (QDateTime stored = parseStoredUtc(text); stored.isValid())
        return stored;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() != Qt::UTC)
        dt = dt.toUTC();
    return dt;
}

QVariant fromOptional(const std::optional<double> &value) { return value ? QVariant(*value) : QVariant(); }
QVariant fromOptional(const std::optional<int> &value) { return value ? QVariant(*value) : QVariant(); }

std::optional<double> toOptionalDouble(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<int> toOptionalInt(const QVariant &value) {
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QVariant nullIfZero(qint64 id) { return id ? QVariant(id) : QVariant(); }

QVariant text(const QString &value) { return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value); }

Expected<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings,
                        const QString &what) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto fail = [&](const QSqlError &err) {
        const QString operation = what.isEmpty() ? statement.left(60) : what;
        return Expected<QSqlQuery>::failure(
            QCoreApplication::translate("Sql", "Database error while %1: %2").arg(operation, err.text()));
    };
    if (!query.prepare(statement))
        return fail(query.lastError());
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError());
    return query;
}

Expected<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> bindings,
                        const QString &what) {
    return run(db, statement, QVariantList(bindings), what);
}

Status runAll(const QSqlDatabase &db, const QStringList &statements) {
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return Status::failure(QCoreApplication::translate("Sql", "Database error: %1 (in: %2)")
                                       .arg(query.lastError().text(), statement.simplified().left(80)));
    }
    return {};
}

namespace {
// Open transactions per connection in this thread: the outermost one is a real BEGIN/ROLLBACK so
// that a rollback leaves the file byte for byte as it was; inner ones are savepoints.
QHash<QString, int> &depths() {
    thread_local QHash<QString, int> perConnection;
    return perConnection;
}
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) {
    static QAtomicInteger<quint64> counter;
    int &depth = depths()[m_db.connectionName()];
    m_outermost = depth == 0;
    m_name = QStringLiteral("sp%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery query(m_db);
    m_active = query.exec(m_outermost ? QStringLiteral("BEGIN") : QStringLiteral("SAVEPOINT ") + m_name);
    if (m_active)
        ++depth;
    else
        m_error = query.lastError().text();
}

Transaction::~Transaction() {
    if (m_active)
        rollback();
}

void Transaction::rollback() {
    QSqlQuery query(m_db);
    if (m_outermost) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO ") + m_name);
        query.exec(QStringLiteral("RELEASE ") + m_name);
    }
    finish();
}

void Transaction::finish() {
    m_active = false;
    int &depth = depths()[m_db.connectionName()];
    if (--depth <= 0)
        depths().remove(m_db.connectionName());
}

Status Transaction::commit() {
    if (!m_active)
        return Status::failure(QCoreApplication::translate("Sql", "No transaction could be started: %1").arg(m_error));
    QSqlQuery query(m_db);
    if (!query.exec(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name)) {
        const QString text = query.lastError().text();
        rollback();
        return Status::failure(QCoreApplication::translate("Sql", "Saving to the database failed: %1").arg(text));
    }
    finish();
    return {};
}

bool isBusyError(const QSqlError &error) {
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           error.text().contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

} // namespace imbang::sql
