#pragma once

#include "decree/decreedata.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace imbang {
class Database;
}

namespace imbang::ui {

class DecreeRenderer;

// A decree on screen: its pages as they will print, the paper (F4/A4) and date of issue of a draft,
// and the ways out: print preview (from which the officer prints), PDF, ODT, and for a draft
// "Finalise", which takes the number and marks the transfers "SK terbit". A final decree is shown
// from its snapshot and can only be reprinted.
class DecreeDialog : public QDialog {
    Q_OBJECT
public:
    // The decree of a transfer: its final decree if it has one, else a draft (the transfer must be approved).
    // Shows a warning and returns false when neither is possible.
    static bool openForTransfer(Database &database, qint64 transferId, QWidget *parent);
    // The approved transfers of a proposal in one collective decree.
    static bool openForBatch(Database &database, qint64 batchId, QWidget *parent);

    // A draft (data.final false) or a final decree (storedId != 0).
    DecreeDialog(Database &database, DecreeData data, DecreeLayout layout, qint64 storedId, QWidget *parent = nullptr);
    ~DecreeDialog() override;

    const DecreeData &data() const { return m_data; }
    int pageCount() const;

    // The ways out of a decree, shared with the Keputusan page (DecreeListWidget).
    static void showPreview(const DecreeRenderer &renderer, QWidget *parent);
    static void askAndSavePdf(const DecreeRenderer &renderer, const DecreeData &data, QWidget *parent);
    static void askAndSaveOdt(const DecreeRenderer &renderer, const DecreeData &data, QWidget *parent);
    static QString suggestedName(const DecreeData &data, const QString &suffix);

public slots:
    void preview();
    void savePdf();
    void saveOdt();
    void finalise();

private:
    void rebuild();

    Database &m_database;
    DecreeData m_data;
    DecreeLayout m_layout;
    qint64 m_storedId = 0;
    std::unique_ptr<DecreeRenderer> m_renderer;
    QLabel *m_heading;
    QComboBox *m_paper;
    QDateEdit *m_date;
    QPushButton *m_finalise;
    QVBoxLayout *m_pages;
};

} // namespace imbang::ui
