#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace imbang {

// Reads the first sheet of an ABK file (CSV or xlsx) into rows of cells: a QString for text, a double for
// a number cell, an invalid QVariant for an empty cell. Kept in one small file on purpose: when the shared
// spreadsheet readers of core/importing/ are merged, this class is the only thing to switch over.
class AbkSheetReader {
public:
    using Rows = QList<QVariantList>;

    static Expected<Rows> read(const QString &path); // by content: xlsx (a zip), else CSV
    // CSV: separator guessed from the first line (; , tab |), RFC 4180 quotes, UTF-8 with or without BOM.
    static Rows readCsv(const QByteArray &data);
    static Expected<Rows> readXlsx(const QString &path); // refuses ods with a message
};

} // namespace imbang
