#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace imbang {
class Database;
}

namespace imbang::exchangeui {

// Runs one long exchange job (export, comparison, import) in a worker thread on its own connection
// (Database::openSibling()), with progress and cancel. Destroying the worker cancels the job and
// waits for it, so a dialog closed mid-export never leaves a thread writing behind it.
class ExchangeWorker : public QObject {
    Q_OBJECT
public:
    using Progress = std::function<void(int percent, const QString &step)>;
    // Returns an error message, empty on success. Runs in the worker thread.
    using Job = std::function<QString(const QSqlDatabase &db, const std::atomic_bool &cancel, const Progress &progress)>;

    ExchangeWorker(const Database &database, QObject *parent = nullptr);
    ~ExchangeWorker() override;

    bool start(Job job); // false while another job runs
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // Blocks until the running job has finished and finished() was emitted (tests, closing).
    void wait();

signals:
    void progress(int percent, const QString &step);
    void finished(const QString &error);

private:
    const Database &m_database;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    QString m_error;
};

} // namespace imbang::exchangeui
