#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Indonesian is the default language: every string of the program and every Qt string it shows must
// have a finished translation. The test runs lupdate over the sources into a copy of imbang_id.ts,
// so a string added to the code without a translation fails here, not in front of an officer.
class TestTranslations : public QObject {
    Q_OBJECT

    // Sources (with their context) of messages without a finished translation.
    static QStringList unfinished(const QString &tsPath) {
        QFile file(tsPath);
        if (!file.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read %1").arg(tsPath)};
        QStringList problems;
        QXmlStreamReader xml(&file);
        QString context, source;
        bool inMessage = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                source.clear();
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QString text;
                // Numerus translations hold <numerusform> children; readElementText includes them.
                text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    problems << context + QStringLiteral(" | ") + source;
                inMessage = false;
            }
        }
        if (xml.hasError())
            problems << QStringLiteral("XML error in %1: %2").arg(tsPath, xml.errorString());
        return problems;
    }

private slots:
    void committedFilesAreComplete_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("imbang_id.ts") << QStringLiteral(IMBANG_SOURCE_DIR "/translations/imbang_id.ts");
        QTest::newRow("qtbase_id.ts") << QStringLiteral(IMBANG_SOURCE_DIR "/translations/qtbase_id.ts");
    }

    void committedFilesAreComplete() {
        QFETCH(QString, file);
        const QStringList problems = unfinished(file);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 unfinished:\n").arg(problems.size()) +
                                                problems.join(QLatin1Char('\n'))));
    }

    void everySourceStringIsTranslated() {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("imbang_id.ts"));
        QVERIFY(QFile::copy(QStringLiteral(IMBANG_SOURCE_DIR "/translations/imbang_id.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(IMBANG_SOURCE_DIR));
        lupdate.start(QStringLiteral(IMBANG_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QStringList problems = unfinished(copy);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings in the code have no Indonesian translation; run "
                                           "`cmake --build build --target update_translations` and translate:\n")
                                .arg(problems.size()) +
                            problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
