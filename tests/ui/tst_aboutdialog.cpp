#include "aboutdialog.h"
#include "appicon.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace imbang;

class TestAboutDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::installIndonesian(); }

    void showsTheVersionOfTheBuild() {
        AboutDialog dialog;
        const auto *version = dialog.findChild<QLabel *>(QStringLiteral("versionLabel"));
        QVERIFY(version);
        QCOMPARE(version->text(), QStringLiteral("Versi %1").arg(QStringLiteral(IMBANG_VERSION)));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Tentang Imbang"));
    }

    void saysWhatTheProgramIsInIndonesian() {
        AboutDialog dialog;
        const auto *text = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
        QVERIFY(text);
        QVERIFY2(text->text().contains(QStringLiteral("kantor kepegawaian daerah")), qPrintable(text->text()));
        QVERIFY(text->text().contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(text->text().contains(QStringLiteral(IMBANG_HOMEPAGE_URL)));
    }

    void listsTheLibrariesWithRuntimeVersions() {
        AboutDialog dialog;
        const auto *table = dialog.findChild<QTreeWidget *>(QStringLiteral("librariesTable"));
        QVERIFY(table);
        QCOMPARE(table->topLevelItemCount(), 8);
        QStringList names;
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = table->topLevelItem(row);
            names << item->text(0);
            QVERIFY2(!item->text(1).isEmpty() && item->text(1) != QStringLiteral("tidak diketahui"),
                     qPrintable(item->text(0)));
            QVERIFY(!item->text(2).isEmpty());
        }
        QVERIFY(names.contains(QStringLiteral("SQLite")));
        QVERIFY(names.contains(QStringLiteral("LEMON")));
        QCOMPARE(table->topLevelItem(0)->text(1), QString::fromLatin1(qVersion()));
        QCOMPARE(table->topLevelItem(2)->text(2), QStringLiteral("domain publik"));
    }

    void showsTheFullLicence() {
        AboutDialog dialog;
        const auto *licence = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
        QVERIFY(licence);
        QVERIFY(licence->isReadOnly());
        const QString text = licence->toPlainText();
        QVERIFY(text.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(text.contains(QStringLiteral("Version 3, 29 June 2007")));
        QVERIFY(text.contains(QStringLiteral("END OF TERMS AND CONDITIONS")));
    }

    void copyDetailsPutsVersionsOnTheClipboard() {
        AboutDialog dialog;
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyDetailsButton"));
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, dialog.detailsText());
        QVERIFY(copied.startsWith(QStringLiteral("Imbang %1\nQt %2\n").arg(QStringLiteral(IMBANG_VERSION),
                                                                           QString::fromLatin1(qVersion()))));
        QVERIFY(copied.contains(QStringLiteral("Sistem operasi: ")));
    }

    void closeButtonRejects() {
        AboutDialog dialog;
        dialog.show();
        QPushButton *close = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Tutup"))
                close = button;
        QVERIFY(close);
        close->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void applicationIconHasSmallAndLargeSizes() {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 48, 256}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            // Between the left person and the post the blue background shows, opaque, at every size.
            const QColor background = image.pixelColor(size * 6 / 16, size * 5 / 16);
            QVERIFY2(background.blue() > background.red() + 80 && background.alpha() == 255,
                     qPrintable(QStringLiteral("%1 px: %2").arg(size).arg(background.name(QColor::HexArgb))));
        }
    }

    void rendersOffscreen() {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage image = dialog.grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = qEnvironmentVariable("IMBANG_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(image.save(dir + QStringLiteral("/aboutdialog-about.png")));
            auto *tabs = dialog.findChild<QTabWidget *>();
            for (int i = 1; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QVERIFY(dialog.grab().save(dir + QStringLiteral("/aboutdialog-tab%1.png").arg(i)));
            }
        }
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
