#pragma once

#include "importstate.h"

#include <QWizard>

namespace imbang {

class Database;

// Imports an agency spreadsheet in five steps: choose the file and sheet, check the column
// mapping, look at the preview (row status, messages on the faulty cells, decisions on changed
// units/positions and unknown units), save in a worker thread with progress and Cancel, and the
// result. Nothing is written before the save step; cancel or failure there writes nothing.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage, CommitPage, ResultPage };

    explicit ImportWizard(Database &db, QWidget *parent = nullptr);

    Database &database() { return m_db; }
    ImportState &state() { return m_state; }
    // Opens `path` as if chosen in the file dialog (also for tests); returns false with a warning
    // shown (see ImportPrompts) when it cannot be read.
    bool openFile(const QString &path);

signals:
    void imported(qint64 batchId); // after a successful save

private:
    Database &m_db;
    ImportState m_state;
};

} // namespace imbang
