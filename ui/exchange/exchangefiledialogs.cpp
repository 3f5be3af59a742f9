#include "exchangefiledialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

#include <optional>

namespace imbang::exchangeui {
namespace {
std::optional<QString> &nextFileName() {
    static std::optional<QString> next;
    return next;
}
std::optional<bool> &nextConfirmation() {
    static std::optional<bool> next;
    return next;
}
QString filter() { return QCoreApplication::translate("ExchangeUi", "Imbang exchange package (*.imbang)"); }
} // namespace

void setNextFileName(const QString &path) { nextFileName() = path; }
void setNextConfirmation(bool answer) { nextConfirmation() = answer; }

QString chooseExportFile(QWidget *parent, const QString &suggested) {
    if (auto next = std::exchange(nextFileName(), std::nullopt))
        return *next;
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ExchangeUi", "Save exchange package"), suggested, filter());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".imbang"), Qt::CaseInsensitive))
        path += QLatin1String(".imbang");
    return path;
}

QString chooseImportFile(QWidget *parent) {
    if (auto next = std::exchange(nextFileName(), std::nullopt))
        return *next;
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("ExchangeUi", "Open exchange package"),
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                        filter());
}

bool confirm(QWidget *parent, const QString &title, const QString &question) {
    if (auto next = std::exchange(nextConfirmation(), std::nullopt))
        return *next;
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

} // namespace imbang::exchangeui
