#include "decreedialog.h"

#include "decree/decreebuilder.h"
#include "decree/decreeissuer.h"
#include "decree/decreerenderer.h"
#include "decree/decreerepository.h"
#include "printing/documentprinter.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/dialoghooks.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace imbang::ui {

bool DecreeDialog::openForTransfer(Database &database, qint64 transferId, QWidget *parent) {
    const QSqlDatabase db = database.connection();
    if (const std::optional<StoredDecree> stored = DecreeRepository(db).forTransfer(transferId)) {
        DecreeDialog dialog(database, stored->data, stored->layout, stored->id, parent);
        dialogs::exec(dialog);
        return true;
    }
    const Expected<DecreeData> draft = DecreeBuilder(db).forTransfer(transferId);
    if (!draft) {
        dialogs::warning(parent, tr("Decree"), draft.error());
        return false;
    }
    DecreeDialog dialog(database, *draft, DecreeBuilder::layoutFromSettings(db), 0, parent);
    dialogs::exec(dialog);
    return true;
}

bool DecreeDialog::openForBatch(Database &database, qint64 batchId, QWidget *parent) {
    const QSqlDatabase db = database.connection();
    const Expected<DecreeData> draft = DecreeBuilder(db).forBatch(batchId);
    if (!draft) {
        dialogs::warning(parent, tr("Decree"), draft.error());
        return false;
    }
    DecreeDialog dialog(database, *draft, DecreeBuilder::layoutFromSettings(db), 0, parent);
    dialogs::exec(dialog);
    return true;
}

DecreeDialog::DecreeDialog(Database &database, DecreeData data, DecreeLayout layout, qint64 storedId,
                           QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_data(std::move(data))
    , m_layout(std::move(layout))
    , m_storedId(storedId)
    , m_heading(new QLabel(this))
    , m_paper(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_finalise(new QPushButton(tr("&Finalise…"), this))
    , m_pages(nullptr) {
    setWindowTitle(tr("Decree"));
    m_heading->setWordWrap(true);
    m_paper->addItem(tr("F4 (215 × 330 mm)"), QStringLiteral("F4"));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("A4"));
    m_paper->setCurrentIndex(m_layout.paper == QLatin1String("A4") ? 1 : 0);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setMaximumDate(Clock::today());
    m_date->setDate(m_data.date);
    const bool draft = !m_data.final;
    m_paper->setEnabled(draft);
    m_date->setEnabled(draft);
    m_finalise->setVisible(draft);

    auto *form = new QFormLayout;
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Date of issue:"), m_date);

    auto *pagesWidget = new QWidget;
    m_pages = new QVBoxLayout(pagesWidget);
    m_pages->setAlignment(Qt::AlignHCenter);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(pagesWidget);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Dark);
    scroll->setMinimumSize(560, 520);

    auto *previewButton = new QPushButton(tr("Print pre&view…"), this);
    auto *pdfButton = new QPushButton(tr("Save &PDF…"), this);
    auto *odtButton = new QPushButton(tr("Save &ODT…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto *row = new QHBoxLayout;
    row->addWidget(previewButton);
    row->addWidget(pdfButton);
    row->addWidget(odtButton);
    row->addWidget(m_finalise);
    row->addStretch();
    row->addWidget(buttons);

    auto *layoutBox = new QVBoxLayout(this);
    layoutBox->addWidget(m_heading);
    layoutBox->addLayout(form);
    layoutBox->addWidget(scroll, 1);
    layoutBox->addLayout(row);

    connect(previewButton, &QPushButton::clicked, this, &DecreeDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &DecreeDialog::savePdf);
    connect(odtButton, &QPushButton::clicked, this, &DecreeDialog::saveOdt);
    connect(m_finalise, &QPushButton::clicked, this, &DecreeDialog::finalise);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_paper, &QComboBox::currentIndexChanged, this, [this] {
        m_layout.paper = m_paper->currentData().toString();
        rebuild();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        m_data.date = date;
        rebuild();
    });
    rebuild();
}

DecreeDialog::~DecreeDialog() = default;

int DecreeDialog::pageCount() const {
    return m_renderer->pageCount();
}

void DecreeDialog::rebuild() {
    m_renderer = std::make_unique<DecreeRenderer>(m_data, m_layout);
    const int people = int(m_data.people.size());
    m_heading->setText(m_data.final
                           ? tr("Final decree %1 for %n person(s); it is reprinted exactly as issued.", "", people)
                                 .arg(m_data.number)
                           : tr("Draft decree for %n person(s). Finalising assigns the next number and marks the "
                                "transfers \"SK terbit\".",
                                "", people));
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int page = 0; page < m_renderer->pageCount(); ++page) {
        auto *label = new QLabel;
        label->setPixmap(QPixmap::fromImage(m_renderer->pageImage(page, 60)));
        label->setFrameShape(QFrame::Box);
        m_pages->addWidget(label);
    }
}

QString DecreeDialog::suggestedName(const DecreeData &data, const QString &suffix) {
    QString name = data.final ? QStringLiteral("SK ") + data.number : QStringLiteral("Draf SK mutasi");
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir::home().filePath(name + suffix);
}

void DecreeDialog::showPreview(const DecreeRenderer &renderer, QWidget *parent) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(renderer.title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&renderer](QPrinter *p) { renderer.print(p); });
    if (dialogs::isTestMode()) {
        // Lays out as the preview would, without blocking the test.
        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        pdf.setOutputFileName(QDir::temp().filePath(QStringLiteral("imbang-decree-preview.pdf")));
        renderer.print(&pdf);
        dialogs::information(parent, renderer.title(), tr("Print preview"));
        return;
    }
    dialogs::exec(dialog);
}

void DecreeDialog::askAndSavePdf(const DecreeRenderer &renderer, const DecreeData &data, QWidget *parent) {
    const QString path = dialogs::saveFileName(parent, tr("Save decree as PDF"), suggestedName(data, QStringLiteral(".pdf")),
                                               tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = renderer.writePdf(path); !s)
        dialogs::warning(parent, tr("Decree"), s.error());
}

void DecreeDialog::askAndSaveOdt(const DecreeRenderer &renderer, const DecreeData &data, QWidget *parent) {
    const QString path = dialogs::saveFileName(parent, tr("Save decree as ODT"), suggestedName(data, QStringLiteral(".odt")),
                                               tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    if (Status s = renderer.writeOdt(path); !s)
        dialogs::warning(parent, tr("Decree"), s.error());
}

void DecreeDialog::preview() {
    showPreview(*m_renderer, this);
}

void DecreeDialog::savePdf() {
    askAndSavePdf(*m_renderer, m_data, this);
}

void DecreeDialog::saveOdt() {
    askAndSaveOdt(*m_renderer, m_data, this);
}

void DecreeDialog::finalise() {
    if (m_data.final)
        return;
    const int people = int(m_data.people.size());
    if (dialogs::question(this, tr("Finalise decree"),
                          tr("Finalise this decree dated %1? It gets the next number, %n transfer(s) become \"SK "
                             "terbit\", and the decree can no longer be changed.",
                             "", people)
                              .arg(m_date->date().toString(QStringLiteral("dd-MM-yyyy"))),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Expected<StoredDecree> stored = DecreeIssuer::finalise(m_database.connection(), m_data, m_layout);
    if (!stored) {
        dialogs::warning(this, tr("Finalise decree"), stored.error());
        return;
    }
    m_data = stored->data;
    m_layout = stored->layout;
    m_storedId = stored->id;
    m_paper->setEnabled(false);
    m_date->setEnabled(false);
    m_finalise->setVisible(false);
    rebuild();
    dialogs::information(this, tr("Finalise decree"), tr("Decree %1 is final.").arg(m_data.number));
}

} // namespace imbang::ui
