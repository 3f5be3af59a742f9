#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace imbang::i18n {

QStringList availableLanguages() { return {QStringLiteral("id"), QStringLiteral("en")}; }
QString defaultLanguage() { return QStringLiteral("id"); }

QString chosenLanguage() {
    const QString forced = qEnvironmentVariable("IMBANG_LANG");
    if (availableLanguages().contains(forced))
        return forced;
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    return availableLanguages().contains(saved) ? saved : defaultLanguage();
}

void saveChosenLanguage(const QString &language) {
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

void install(QCoreApplication &app, const QString &language) {
    if (language != QLatin1String("id"))
        return;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    for (const char *file : {":/i18n/imbang_id.qm", ":/i18n/qtbase_id.qm"}) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QString::fromLatin1(file)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

} // namespace imbang::i18n
