#include "audit/actor.h"
#include "decree/decreebuilder.h"
#include "decree/decreedialog.h"
#include "decree/decreerepository.h"
#include "decree/decreetemplateeditor.h"
#include "decree/decreetemplaterepository.h"
#include "decree/decreelistmodel.h"
#include "decree/decreelistwidget.h"
#include "decree/decreerenderer.h"
#include "access/accountservice.h"
#include "access/session.h"
#include "access/userrepository.h"
#include "../core/decreehelpers.h"
#include "transfers/transferdetaildialog.h"
#include "util/dialoghooks.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QScrollArea>
#include <QTableView>
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

    static QByteArray fileBytes(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString pdfText(const QString &pdf) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // The Keputusan page: drafts (one per proposal, one per transfer proposed alone) and final decrees;
    // finalising a draft from the list; a final decree saved again after the template changed is the
    // same document.
    void decreeList() {
        test::TransferScenario s;
        test::completeRecords(s);
        const qint64 batch = test::approvedBatch(s);
        const qint64 single = test::propose(s.db, s.sd1Teachers.at(2), s.sd2, s.guruKelas);
        // A fifth class teacher for SD 2: the surplus warning is overridden with a reason.
        const StepInput why{QStringLiteral("Guru pengganti yang cuti panjang"), {}, {}};
        QVERIFY(TransferRepository(s.db).setOverride(
            single, {QStringLiteral("target_shortage"), QStringLiteral("Pengganti guru yang cuti panjang"), {}, {}}));
        for (const TransferStatus step : {TransferStatus::Proposed, TransferStatus::Verified, TransferStatus::Approved}) {
            if (step == TransferStatus::Verified)
                QVERIFY(test::tickAll(s.db, single));
            const Status reached = TransferWorkflow::advance(s.db, single, step, why);
            QVERIFY2(reached, qPrintable(reached.error()));
        }

        DecreeListWidget list(*s.temp.db);
        QAbstractItemModelTester tester(list.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.resize(900, 360);
        list.show();
        QCOMPARE(list.model()->rowCount(), 2);
        QVERIFY(!list.model()->entry(0).final);
        QCOMPARE(list.model()->entry(0).batchId, batch);
        QCOMPARE(list.model()->entry(0).people, 2);
        QCOMPARE(list.model()->entry(1).transferId, single);
        QCOMPARE(list.model()->entry(1).people, 1);
        QCOMPARE(list.model()->index(0, DecreeListModel::StatusColumn).data().toString(), QStringLiteral("Draf"));
        QCOMPARE(list.model()->index(0, DecreeListModel::SubjectColumn).data().toString(),
                 QStringLiteral("PEMINDAHAN PEGAWAI NEGERI SIPIL"));

        // Opening a draft shows the decree dialog; the draft is saved as PDF without a number.
        QVERIFY(list.selectRow(0));
        int opened = 0;
        dialogs::setNextDialogHandler([&opened](QDialog *d) {
            if (auto *decree = qobject_cast<DecreeDialog *>(d); decree && !decree->data().final)
                ++opened;
            return int(QDialog::Rejected);
        });
        QTest::keyClick(list.view(), Qt::Key_Return);
        QCOMPARE(opened, 1);
        QTemporaryDir dir;
        dialogs::setNextFileName(dir.filePath(QStringLiteral("draf.pdf")));
        list.savePdf();
        QVERIFY(pdfText(dir.filePath(QStringLiteral("draf.pdf"))).contains(QStringLiteral("800/....../BKD/2026")));

        // Finalise the proposal's draft from the list.
        QVERIFY(list.finaliseButton()->isEnabled());
        dialogs::setNextAnswer(QMessageBox::Yes);
        list.finalise();
        QCOMPARE(test::count(s.db, QStringLiteral("decree")), 1);
        const std::optional<DecreeEntry> current = list.current();
        QVERIFY(current && current->final);
        QCOMPARE(current->number, QStringLiteral("800/1/BKD/2026"));
        QVERIFY(!list.finaliseButton()->isEnabled());
        QCOMPARE(list.model()->rowCount(), 2); // the single draft and the final decree
        list.showFilter()->setCurrentIndex(2);
        QCOMPARE(list.view()->model()->rowCount(), 1);
        list.showFilter()->setCurrentIndex(0);
        test::saveScreenshot(&list, QStringLiteral("decree-list"));

        // Reprint: the final decree is the same after the template and the records change.
        QVERIFY(list.selectRow(1));
        QVERIFY(list.current()->final);
        dialogs::setNextFileName(dir.filePath(QStringLiteral("first.odt")));
        list.saveOdt();
        dialogs::setNextFileName(dir.filePath(QStringLiteral("first.pdf")));
        list.savePdf();
        DecreeTemplate changed = DecreeTemplateRepository(s.db).load();
        changed.issuer = QStringLiteral("BUPATI BUNGO");
        changed.signer.name = QStringLiteral("Nama Lain, S.Sos.");
        QVERIFY(DecreeTemplateRepository(s.db).save(changed));
        list.reload();
        QVERIFY(list.current() && list.current()->final);
        dialogs::setNextFileName(dir.filePath(QStringLiteral("again.odt")));
        list.saveOdt();
        dialogs::setNextFileName(dir.filePath(QStringLiteral("again.pdf")));
        list.savePdf();
        QVERIFY(!fileBytes(dir.filePath(QStringLiteral("first.odt"))).isEmpty());
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("again.odt"))), fileBytes(dir.filePath(QStringLiteral("first.odt"))));
        const QString first = pdfText(dir.filePath(QStringLiteral("first.pdf")));
        QVERIFY(first.contains(QStringLiteral("800/1/BKD/2026")));
        QVERIFY(!first.contains(QStringLiteral("BUPATI BUNGO")));
        QCOMPARE(pdfText(dir.filePath(QStringLiteral("again.pdf"))), first);
        // The draft still waiting uses the new template.
        QVERIFY(list.selectRow(0));
        dialogs::setNextFileName(dir.filePath(QStringLiteral("single.pdf")));
        list.savePdf();
        QVERIFY(pdfText(dir.filePath(QStringLiteral("single.pdf"))).contains(QStringLiteral("BUPATI BUNGO")));
    }

    // A role that may not issue decrees sees the drafts but cannot finalise them.
    void decreeListWithoutPermission() {
        test::TransferScenario s;
        test::approvedSingle(s);
        AccountService service(s.db);
        const Expected<qint64> admin = service.createFirstAdministrator(
            {QStringLiteral("admin"), QStringLiteral("Rahmat Hidayat"), {}, Role::Administrator, QStringLiteral("Durian-Jambi-2026")});
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error()));
        access::logIn(s.db, *UserRepository(s.db).byUsername(QStringLiteral("admin")));
        QVERIFY(service.createUser({QStringLiteral("siti"), QStringLiteral("Siti Rahma"), {}, Role::Operator,
                                    QStringLiteral("Rambutan-Jambi-2026")}));
        access::logIn(s.db, *UserRepository(s.db).byUsername(QStringLiteral("siti")));
        {
            DecreeListWidget list(*s.temp.db);
            QCOMPARE(list.model()->rowCount(), 1);
            QVERIFY(list.current());
            QVERIFY(!list.finaliseButton()->isEnabled());
        }
        access::logOut();
    }

    // The heading emblem: an SVG, PNG or JPEG chosen in the editor is stored in the database and printed;
    // a file that is not an image is refused.
    void emblem_data() {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("format");
        QTest::newRow("png") << QStringLiteral("png") << QStringLiteral("png");
        QTest::newRow("jpeg") << QStringLiteral("jpeg") << QStringLiteral("jpg");
        QTest::newRow("svg") << QStringLiteral("svg") << QStringLiteral("svg");
    }
    void emblem() {
        QFETCH(QString, suffix);
        QFETCH(QString, format);
        test::TransferScenario s;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lambang.") + suffix);
        if (suffix == QLatin1String("svg")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"120\">"
                       "<rect x=\"5\" y=\"5\" width=\"90\" height=\"110\" fill=\"#00a000\"/></svg>");
        } else {
            QImage image(100, 120, QImage::Format_RGB32);
            image.fill(QColor(0, 160, 0));
            QVERIFY(image.save(path, suffix == QLatin1String("png") ? "PNG" : "JPEG"));
        }
        DecreeTemplateEditor editor(s.db);
        dialogs::setNextFileName(path);
        editor.chooseEmblem();
        QVERIFY(editor.save());
        editor.resize(760, 700);
        editor.show();
        if (auto *scroll = editor.findChild<QScrollArea *>()) {
            for (QLabel *label : editor.findChildren<QLabel *>())
                if (label->size() == QSize(64, 64))
                    scroll->ensureWidgetVisible(label);
        }
        test::saveScreenshot(&editor, QStringLiteral("decree-template-emblem-") + suffix);
        const DecreeTemplate stored = DecreeTemplateRepository(s.db).load();
        QCOMPARE(stored.emblemFormat, format);
        QCOMPARE(stored.emblem, fileBytes(path));

        // Printed: green where the built-in emblem is blue.
        DecreeData data;
        data.tmpl = stored;
        data.numberPattern = QStringLiteral("800/{nomor}/BKD/{tahun}");
        data.date = QDate(2026, 11, 29);
        DecreePerson p;
        p.name = QStringLiteral("Pegawai Satu");
        p.nip = QStringLiteral("198503122010012001");
        data.people << p;
        const QImage page = DecreeRenderer(data, DecreeLayout()).pageImage(0, 50);
        int green = 0;
        for (int y = 0; y < page.height() / 4; ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                green += c.green() > 120 && c.red() < 60 && c.blue() < 60;
            }
        QVERIFY2(green > 100, qPrintable(QString::number(green)));

        // Not an image: refused with a message, the emblem is unchanged.
        const QString bad = dir.filePath(QStringLiteral("bukan.png"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("bukan gambar");
        file.close();
        dialogs::clearShownMessages();
        dialogs::setNextFileName(bad);
        editor.chooseEmblem();
        QVERIFY(dialogs::shownMessages().join(QLatin1Char(' ')).contains(QStringLiteral("bukan.png")));
        QCOMPARE(editor.currentTemplate().emblem, fileBytes(path));
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
