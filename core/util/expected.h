#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace imbang {

// A value or a user-facing error message (already translated). Core returns these instead of
// throwing or printing, so the GUI and the CLI decide how to show a failure.
template <typename T>
class Expected {
public:
    Expected(T value) : m_value(std::move(value)) {}
    static Expected failure(QString message) { return Expected(std::move(message), 0); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const QString &error() const { return m_error; }

private:
    Expected(QString message, int) : m_error(std::move(message)) {}
    std::optional<T> m_value;
    QString m_error;
};

// Success or a user-facing error message, for operations with nothing to return.
class Status {
public:
    Status() = default;
    static Status failure(QString message) {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace imbang
