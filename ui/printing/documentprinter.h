#pragma once

#include "util/expected.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QTextDocument;
class QWidget;

namespace imbang::ui {

// Page set-up of a printed report or document.
struct PageSetup {
    QPageSize size = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm{20, 20, 20, 20};
};

// Shows documents in a print preview (from which the officer prints) and writes PDFs. In GUI tests
// the preview is not shown (dialoghooks test mode) but the document is still laid out and paginated.
namespace printing {

void preview(QTextDocument &document, const QString &title, const PageSetup &setup, QWidget *parent);
Status writePdf(QTextDocument &document, const QString &path, const PageSetup &setup, const QString &title);
int previewCount(); // how many previews were requested (tests)

} // namespace printing
} // namespace imbang::ui
