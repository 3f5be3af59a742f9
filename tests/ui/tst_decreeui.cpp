#include "audit/actor.h"
#include "decree/decreebuilder.h"
#include "decree/decreedialog.h"
#include "decree/decreerepository.h"
#include "decree/decreetemplateeditor.h"
#include "decree/decreetemplaterepository.h"
#include "../core/decreehelpers.h"
#include "transfers/transferdetaildialog.h"
#include "util/dialoghooks.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace imbang;
using namespace imbang::ui;

// The decree GUI: the dialog from the transfer detail (draft, PDF, ODT, finalise, reprint) and the
// template page of the settings. Screenshots go to IMBANG_SCREENSHOTS when set, to look at.
class TestDecreeUi : public QObject {
    Q_OBJECT

    static void screenshot(QWidget &widget, const QString &name) {
        const QByteArray dir = qgetenv("IMBANG_SCREENSHOTS");
        if (!dir.isEmpty())
            widget.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
    }

private slots:
    void initTestCase() {
        test::installIndonesian();
        dialogs::setTestMode(true);
        actor::setCurrent(QStringLiteral("Petugas Mutasi"));
    }

    void draftAndFinalise() {
        test::TransferScenario s;
        test::completeRecords(s);
        const qint64 batch = test::approvedBatch(s);
        const Expected<DecreeData> draft = DecreeBuilder(s.db).forBatch(batch);
        QVERIFY(draft);
        DecreeDialog dialog(*s.temp.db, *draft, DecreeLayout(), 0);
        dialog.resize(760, 820);
        dialog.show();
        QVERIFY(dialog.pageCount() >= 3);
        screenshot(dialog, QStringLiteral("decree-dialog.png"));

        QTemporaryDir dir;
        dialogs::setNextFileName(dir.filePath(QStringLiteral("draf.pdf")));
        dialog.savePdf();
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("draf.pdf"))).size() > 1000);
        dialogs::setNextFileName(dir.filePath(QStringLiteral("draf.odt")));
        dialog.saveOdt();
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("draf.odt"))).size() > 1000);
        dialog.preview();

        // "No" to the question: nothing happens.
        dialogs::setNextAnswer(QMessageBox::No);
        dialog.finalise();
        QCOMPARE(test::count(s.db, QStringLiteral("decree")), 0);
        dialogs::setNextAnswer(QMessageBox::Yes);
        dialog.finalise();
        QVERIFY(dialog.data().final);
        QCOMPARE(dialog.data().number, QStringLiteral("800/1/BKD/2026"));
        QCOMPARE(test::count(s.db, QStringLiteral("decree")), 1);
        for (const Transfer &t : TransferRepository(s.db).inBatch(batch))
            QCOMPARE(t.status, TransferStatus::DecreeIssued);
    }

    void fromTheTransferDetail() {
        test::TransferScenario s;
        const qint64 id = test::approvedSingle(s);
        TransferDetailDialog detail(*s.temp.db, id);
        QVERIFY(detail.decreeButton()->isVisibleTo(&detail));
        int shown = 0;
        dialogs::setNextDialogHandler([&shown](QDialog *d) {
            auto *decree = qobject_cast<DecreeDialog *>(d);
            if (decree) {
                ++shown;
                dialogs::setNextAnswer(QMessageBox::Yes);
                decree->finalise();
            }
            return int(QDialog::Accepted);
        });
        detail.decreeButton()->click();
        QCOMPARE(shown, 1);
        QCOMPARE(TransferRepository(s.db).byId(id)->status, TransferStatus::DecreeIssued);
        // Now the same button reprints the final decree.
        QVERIFY(detail.decreeButton()->isVisibleTo(&detail));
        dialogs::setNextDialogHandler([&shown](QDialog *d) {
            auto *decree = qobject_cast<DecreeDialog *>(d);
            if (decree && decree->data().final && decree->data().number == QLatin1String("800/1/BKD/2026"))
                ++shown;
            return int(QDialog::Accepted);
        });
        detail.decreeButton()->click();
        QCOMPARE(shown, 2);

        // A transfer that is not approved gets a plain warning, no dialog.
        const qint64 other = test::propose(s.db, s.sd1Teachers.at(1), s.sd2, s.guruKelas);
        dialogs::clearShownMessages();
        QVERIFY(!DecreeDialog::openForTransfer(*s.temp.db, other, nullptr));
        QVERIFY(dialogs::shownMessages().join(QLatin1Char(' ')).contains(TransferRepository(s.db).byId(other)->number));
    }

    void templateEditor() {
        test::TransferScenario s;
        DecreeTemplateEditor editor(s.db);
        editor.resize(760, 700);
        editor.show();
        screenshot(editor, QStringLiteral("decree-template-editor.png"));
        QCOMPARE(editor.currentTemplate(), DecreeTemplate::defaultTemplate());

        editor.issuerEdit()->setText(QStringLiteral("BUPATI BUNGO"));
        editor.paperCombo()->setCurrentIndex(1);
        QVERIFY(editor.save());
        QCOMPARE(DecreeTemplateRepository(s.db).load().issuer, QStringLiteral("BUPATI BUNGO"));
        QCOMPARE(Settings(s.db).get(settingkeys::decreePaper), QStringLiteral("A4"));

        // A bad pattern and an empty issuer are refused; nothing is stored.
        editor.patternEdit()->setText(QStringLiteral("800/BKD/{tahun}"));
        QVERIFY(!editor.save());
        editor.patternEdit()->setText(QStringLiteral("821.2/{nomor}/BKPSDM/{tahun}"));
        editor.issuerEdit()->clear();
        QVERIFY(!editor.save());
        QCOMPARE(DecreeTemplateRepository(s.db).load().issuer, QStringLiteral("BUPATI BUNGO"));
        QCOMPARE(Settings(s.db).get(settingkeys::decreeNumberPattern), QStringLiteral("800/{nomor}/BKD/{tahun}"));

        dialogs::setNextAnswer(QMessageBox::Yes);
        editor.resetToDefault();
        QCOMPARE(editor.currentTemplate().issuer, QStringLiteral("GUBERNUR JAMBI"));
        QVERIFY(!DecreeTemplateRepository(s.db).isCustomised());
    }
};

QTEST_MAIN(TestDecreeUi)
#include "tst_decreeui.moc"
