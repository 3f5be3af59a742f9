#pragma once

#include "util/expected.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace imbang {

// A setting stored in the office database: its key and the default used until someone changes it.
template <typename T>
struct SettingKey {
    const char *key;
    T defaultValue;
};

// Reads and writes the `setting` table. Values are stored as text; a value that no longer parses
// falls back to the default rather than breaking the program.
class Settings {
public:
    explicit Settings(QSqlDatabase db) : m_db(std::move(db)) {}

    template <typename T>
    T get(const SettingKey<T> &key) const {
        const QVariant raw = rawValue(QString::fromLatin1(key.key));
        if (!raw.isValid())
            return key.defaultValue;
        QVariant converted = raw;
        if (!converted.convert(QMetaType::fromType<T>()))
            return key.defaultValue;
        return converted.template value<T>();
    }

    template <typename T>
    Status set(const SettingKey<T> &key, const T &value) {
        return setRawValue(QString::fromLatin1(key.key), QVariant::fromValue(value).toString());
    }

    template <typename T>
    Status reset(const SettingKey<T> &key) {
        return removeValue(QString::fromLatin1(key.key));
    }

private:
    QVariant rawValue(const QString &key) const;
    Status setRawValue(const QString &key, const QString &value);
    Status removeValue(const QString &key);

    QSqlDatabase m_db;
};

} // namespace imbang
