#include "abktask.h"

#include <QCoreApplication>

namespace imbang::abk {

int periodFactor(AbkPeriod period) {
    switch (period) {
    case AbkPeriod::Day: return 250;
    case AbkPeriod::Week: return 50;
    case AbkPeriod::Month: return 12;
    case AbkPeriod::Year: return 1;
    }
    return 1;
}

QString periodCode(AbkPeriod period) {
    switch (period) {
    case AbkPeriod::Day: return QStringLiteral("HARI");
    case AbkPeriod::Week: return QStringLiteral("MINGGU");
    case AbkPeriod::Month: return QStringLiteral("BULAN");
    case AbkPeriod::Year: return QStringLiteral("TAHUN");
    }
    return {};
}

QString periodName(AbkPeriod period) {
    switch (period) {
    case AbkPeriod::Day: return QCoreApplication::translate("AbkPeriod", "per day");
    case AbkPeriod::Week: return QCoreApplication::translate("AbkPeriod", "per week");
    case AbkPeriod::Month: return QCoreApplication::translate("AbkPeriod", "per month");
    case AbkPeriod::Year: return QCoreApplication::translate("AbkPeriod", "per year");
    }
    return {};
}

QList<AbkPeriod> allPeriods() { return {AbkPeriod::Day, AbkPeriod::Week, AbkPeriod::Month, AbkPeriod::Year}; }

std::optional<AbkPeriod> periodFromText(const QString &text) {
    QString t = text.trimmed().toLower();
    for (const QString &prefix : {QStringLiteral("per "), QStringLiteral("per-"), QStringLiteral("/")})
        if (t.startsWith(prefix))
            t = t.mid(prefix.size()).trimmed();
    static const QList<std::pair<QStringList, AbkPeriod>> words{
        {{QStringLiteral("hari"), QStringLiteral("harian"), QStringLiteral("hr"), QStringLiteral("day"),
          QStringLiteral("daily"), QStringLiteral("d")},
         AbkPeriod::Day},
        {{QStringLiteral("minggu"), QStringLiteral("mingguan"), QStringLiteral("mg"), QStringLiteral("mgg"),
          QStringLiteral("pekan"), QStringLiteral("week"), QStringLiteral("weekly"), QStringLiteral("w")},
         AbkPeriod::Week},
        {{QStringLiteral("bulan"), QStringLiteral("bulanan"), QStringLiteral("bln"), QStringLiteral("month"),
          QStringLiteral("monthly"), QStringLiteral("m")},
         AbkPeriod::Month},
        {{QStringLiteral("tahun"), QStringLiteral("tahunan"), QStringLiteral("thn"), QStringLiteral("th"),
          QStringLiteral("year"), QStringLiteral("yearly"), QStringLiteral("annual"), QStringLiteral("y")},
         AbkPeriod::Year},
    };
    for (const auto &[names, period] : words)
        if (names.contains(t))
            return period;
    return std::nullopt;
}

double yearlyVolume(const AbkTask &task) { return task.volume * periodFactor(task.period); }

double yearlyMinutes(const AbkTask &task) { return yearlyVolume(task) * task.standardMinutes; }

double workloadMinutes(const QList<AbkTask> &tasks) {
    double total = 0;
    for (const AbkTask &t : tasks)
        total += yearlyMinutes(t);
    return total;
}

double requiredStaff(double minutes, double wkeHours) {
    if (wkeHours <= 0)
        return 0;
    return minutes / (wkeHours * 60.0);
}

double requiredStaff(const QList<AbkTask> &tasks, double wkeHours) {
    return requiredStaff(workloadMinutes(tasks), wkeHours);
}

} // namespace imbang::abk
