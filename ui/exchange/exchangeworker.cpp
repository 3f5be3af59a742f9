#include "exchangeworker.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QThread>

namespace imbang::exchangeui {

ExchangeWorker::ExchangeWorker(const Database &database, QObject *parent) : QObject(parent), m_database(database) {}

ExchangeWorker::~ExchangeWorker() {
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ExchangeWorker::start(Job job) {
    if (m_thread)
        return false;
    m_cancel = false;
    m_error.clear();
    m_thread = QThread::create([this, job = std::move(job)] {
        OpenResult sibling = m_database.openSibling();
        if (!sibling) {
            m_error = sibling.message;
            return;
        }
        const Progress report = [this](int percent, const QString &step) { emit progress(percent, step); };
        m_error = job(sibling.database->connection(), m_cancel, report);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        QThread *thread = m_thread;
        m_thread = nullptr;
        thread->deleteLater();
        emit finished(m_error);
    });
    m_thread->start();
    return true;
}

void ExchangeWorker::cancel() { m_cancel = true; }

void ExchangeWorker::wait() {
    while (m_thread) {
        m_thread->wait();
        // All posted events, in order: the last progress reports come before finished().
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace imbang::exchangeui
