#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QDialog;

class QWidget;

namespace imbang::ui {

// Every modal question and file dialog of the app goes through these functions. Tests preset the
// answer (or the file name) so GUI tests never block on a dialog; in normal use they show the real
// dialog.
namespace dialogs {

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::StandardButton defaultButton = QMessageBox::No);
// Offers named choices; returns the index chosen, or -1 when cancelled.
int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices);
void information(QWidget *parent, const QString &title, const QString &text);
void warning(QWidget *parent, const QString &title, const QString &text);
void critical(QWidget *parent, const QString &title, const QString &text);

QString openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter);

// Runs a modal dialog of the app. In test mode the next handler set with setNextDialogHandler()
// gets the dialog instead (it fills the fields and returns QDialog::Accepted or Rejected); without a
// handler the dialog counts as cancelled.
int exec(QDialog &dialog);
void setNextDialogHandler(std::function<int(QDialog *)> handler);

// Test hooks. The next question returns `answer`; the next file dialog returns `fileName` (empty:
// cancelled). Messages shown while a hook is active are recorded instead of displayed.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextChoice(int index);
void setNextFileName(const QString &fileName);
void setTestMode(bool enabled); // no dialog ever shows; unanswered questions return their default
bool isTestMode();
QStringList shownMessages();    // title + text of every message recorded in test mode
void clearShownMessages();

} // namespace dialogs
} // namespace imbang::ui
