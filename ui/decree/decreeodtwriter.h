#pragma once

#include "decree/decreecomposition.h"
#include "decree/decreedata.h"
#include "util/expected.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace imbang::ui {

// Writes a decree as OpenDocument text for LibreOffice and Word, laid out like the PDF: the decree's
// paper (F4/A4), margins and font, the emblem in proportion, the tables with their column widths, a
// footer "Halaman N dari M" on every page, the LAMPIRAN on a new page with its header row repeated
// and no row split between pages, and the signer block kept whole with the tembusan.
// QTextDocumentWriter cannot do this: it writes no page style, hence no page numbers, and loses the
// table widths and the image's height. The parts are written here; the archive by ZipWriter.
class DecreeOdtWriter {
public:
    DecreeOdtWriter(const DecreeComposition &composition, const DecreeLayout &layout, const QImage &emblem,
                    const QString &title);

    QByteArray contentXml() const;
    QByteArray stylesXml() const;
    QByteArray archive() const; // the whole .odt
    Status write(const QString &path) const;

private:
    QString paragraph(const QString &style, const QString &xml) const;
    QString labelledTable(const QString &section, const QList<DecreeLine> &lines) const;
    QString signerBlock(bool withIssued) const;
    QString attachment() const;

    const DecreeComposition &m_c;
    DecreeLayout m_layout;
    QByteArray m_emblemPng;
    QSizeF m_emblemMm;
    QString m_title;
};

} // namespace imbang::ui
