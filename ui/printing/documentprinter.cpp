#include "documentprinter.h"

#include "util/dialoghooks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace imbang::ui::printing {
namespace {
int previews = 0;

void applySetup(QPrinter &printer, const PageSetup &setup) {
    printer.setPageSize(setup.size);
    printer.setPageOrientation(setup.orientation);
    printer.setPageMargins(setup.marginsMm, QPageLayout::Millimeter);
}
} // namespace

void preview(QTextDocument &document, const QString &title, const PageSetup &setup, QWidget *parent) {
    ++previews;
    QPrinter printer(QPrinter::HighResolution);
    applySetup(printer, setup);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *p) { document.print(p); });
    if (dialogs::isTestMode()) {
        document.print(&printer); // lay out and paginate as the preview would, without blocking
        dialogs::information(parent, title, QCoreApplication::translate("Printing", "Print preview"));
        return;
    }
    dialog.exec();
}

Status writePdf(QTextDocument &document, const QString &path, const PageSetup &setup, const QString &title) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Imbang"));
    applySetup(printer, setup);
    document.print(&printer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Status::failure(QCoreApplication::translate("Printing", "The PDF %1 could not be written.")
                                   .arg(QDir::toNativeSeparators(path)));
    return {};
}

int previewCount() { return previews; }

} // namespace imbang::ui::printing
