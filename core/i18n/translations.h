#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace imbang::i18n {

// Languages the program speaks; Indonesian is the default.
QStringList availableLanguages(); // {"id", "en"}
QString defaultLanguage();        // "id"

// The language chosen on this computer: IMBANG_LANG in the environment, else the saved choice,
// else Indonesian.
QString chosenLanguage();
void saveChosenLanguage(const QString &language);

// Installs the translators for `language` ("en" installs none: the sources are English).
// Loads Imbang's own strings and, when the GUI library is linked, Qt's strings the app shows.
void install(QCoreApplication &app, const QString &language);

} // namespace imbang::i18n
