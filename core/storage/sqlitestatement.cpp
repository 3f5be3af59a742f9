#include "sqlitestatement.h"

#include "sqliteprepare.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace imbang {

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &statement) {
    m_error = prepareOnSqlite(db, statement, m_db, m_statement);
    if (!m_statement)
        return;
    // One buffer per parameter, made once: the vector never grows later, so bound text never moves.
    m_buffers.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_statement); }

void SqliteStatement::bindNull(int index) { sqlite3_bind_null(m_statement, index + 1); }

void SqliteStatement::bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index + 1, value); }

void SqliteStatement::bind(int index, const QString &text) {
    if (text.isNull() || index < 0 || size_t(index) >= m_buffers.size()) {
        bindNull(index);
        return;
    }
    // Converted into a buffer kept per parameter (no allocation once it is large enough) and bound
    // without a copy: the buffer stays as it is until this parameter is bound again.
    std::string &buffer = m_buffers[size_t(index)];
    buffer.resize(size_t(text.size()));
    const auto *in = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (in[i] >= 0x80) { // not ASCII: Qt's converter
            const QByteArray utf8 = text.toUtf8();
            buffer.assign(utf8.constData(), size_t(utf8.size()));
            break;
        }
        buffer[size_t(i)] = char(in[i]);
    }
    sqlite3_bind_text(m_statement, index + 1, buffer.data(), int(buffer.size()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8) {
    sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QVariant &value) {
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool: bind(index, value.toLongLong()); return;
    case QMetaType::Double: sqlite3_bind_double(m_statement, index + 1, value.toDouble()); return;
    case QMetaType::QString: bind(index, *static_cast<const QString *>(value.constData())); return;
    default: bind(index, value.toString()); return;
    }
}

void SqliteStatement::bindAll(const QVariantList &values) {
    for (int i = 0; i < values.size(); ++i)
        bind(i, values.at(i));
}

Status SqliteStatement::exec() {
    if (!m_statement)
        return Status::failure(m_error);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_statement);
        return {};
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return Status::failure(message);
}

qint64 SqliteStatement::lastInsertId() const { return m_db ? sqlite3_last_insert_rowid(m_db) : 0; }

} // namespace imbang
