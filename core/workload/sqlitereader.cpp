#include "sqlitereader.h"

#include "storage/sqliteprepare.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace imbang {

SqliteReader::SqliteReader(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings) {
    m_error = prepareOnSqlite(db, statement, m_db, m_statement);
    if (!m_statement)
        return;
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &v = bindings.at(i);
        int rc = SQLITE_OK;
        if (v.isNull())
            rc = sqlite3_bind_null(m_statement, i + 1);
        else if (v.typeId() == QMetaType::Double)
            rc = sqlite3_bind_double(m_statement, i + 1, v.toDouble());
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
            rc = sqlite3_bind_int64(m_statement, i + 1, v.toLongLong());
        else {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
}

SqliteReader::~SqliteReader() { sqlite3_finalize(m_statement); }

bool SqliteReader::next() {
    if (!isValid())
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

qint64 SqliteReader::int64(int column) const { return sqlite3_column_int64(m_statement, column); }

double SqliteReader::real(int column) const { return sqlite3_column_double(m_statement, column); }

QString SqliteReader::text(int column) const {
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

QLatin1StringView SqliteReader::latin1(int column) const {
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QLatin1StringView(bytes, sqlite3_column_bytes(m_statement, column)) : QLatin1StringView();
}

bool SqliteReader::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

} // namespace imbang
