#include "dialoghooks.h"

#include <QDialog>
#include <QAbstractButton>
#include <QPushButton>
#include <QFileDialog>

#include <optional>

namespace imbang::ui::dialogs {
namespace {

struct Hooks {
    bool testMode = false;
    std::optional<QMessageBox::StandardButton> nextAnswer;
    std::optional<QString> nextFileName;
    QStringList shown;
    std::function<int(QDialog *)> nextDialog;
    std::optional<int> nextChoice;
};

Hooks &hooks() {
    static Hooks h;
    return h;
}

bool record(const QString &title, const QString &text) {
    if (!hooks().testMode)
        return false;
    hooks().shown << title + QStringLiteral(": ") + text;
    return true;
}

std::optional<QString> presetFileName() {
    if (hooks().nextFileName) {
        const QString name = *hooks().nextFileName;
        hooks().nextFileName.reset();
        return name;
    }
    if (hooks().testMode)
        return QString();
    return std::nullopt;
}

} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton) {
    if (hooks().nextAnswer) {
        const auto answer = *hooks().nextAnswer;
        hooks().nextAnswer.reset();
        record(title, text);
        return answer;
    }
    if (record(title, text))
        return defaultButton;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices) {
    if (hooks().nextChoice) {
        const int answer = *hooks().nextChoice;
        hooks().nextChoice.reset();
        record(title, text);
        return answer;
    }
    if (record(title, text))
        return -1;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QList<QAbstractButton *> buttons;
    for (const QString &choice : choices)
        buttons << box.addButton(choice, QMessageBox::AcceptRole);
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void information(QWidget *parent, const QString &title, const QString &text) {
    if (!record(title, text))
        QMessageBox::information(parent, title, text);
}

void warning(QWidget *parent, const QString &title, const QString &text) {
    if (!record(title, text))
        QMessageBox::warning(parent, title, text);
}

void critical(QWidget *parent, const QString &title, const QString &text) {
    if (!record(title, text))
        QMessageBox::critical(parent, title, text);
}

QString openFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter) {
    if (auto preset = presetFileName())
        return *preset;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &directory, const QString &filter) {
    if (auto preset = presetFileName())
        return *preset;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

int exec(QDialog &dialog) {
    if (hooks().nextDialog) {
        auto handler = std::move(hooks().nextDialog);
        hooks().nextDialog = nullptr;
        return handler(&dialog);
    }
    if (hooks().testMode)
        return QDialog::Rejected;
    return dialog.exec();
}

void setNextDialogHandler(std::function<int(QDialog *)> handler) { hooks().nextDialog = std::move(handler); }

void setNextAnswer(QMessageBox::StandardButton answer) { hooks().nextAnswer = answer; }
void setNextChoice(int index) { hooks().nextChoice = index; }
void setNextFileName(const QString &fileName) { hooks().nextFileName = fileName; }
void setTestMode(bool enabled) { hooks().testMode = enabled; }
bool isTestMode() { return hooks().testMode; }
QStringList shownMessages() { return hooks().shown; }
void clearShownMessages() { hooks().shown.clear(); }

} // namespace imbang::ui::dialogs
