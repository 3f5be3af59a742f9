#pragma once

#include <QObject>
#include <QString>

namespace imbang {

// Tells every open view that data changed, so workload figures, lists and counts follow an edit,
// an import or a transfer at once without a "refresh" button. Whoever commits a change calls
// ChangeBus::notify() after the commit; views connect to changed(). Safe to call from worker
// threads: receivers in the GUI thread get a queued call.
class ChangeBus : public QObject {
    Q_OBJECT
public:
    static ChangeBus &instance();
    // `what`: "employee", "unit", "position", "staffing_need", "transfer", ... or "*" for anything.
    static void notify(const QString &what);

signals:
    void changed(const QString &what);

private:
    ChangeBus() = default;
};

} // namespace imbang
