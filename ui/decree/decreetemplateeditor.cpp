#include "decreetemplateeditor.h"

#include "decree/decreebuilder.h"
#include "decree/decreenumbering.h"
#include "decree/decreetemplaterepository.h"
#include "settings/settingkeys.h"
#include "util/dialoghooks.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace imbang::ui {
namespace {

QStringList lines(const QPlainTextEdit *edit) {
    QStringList result;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    return result;
}

QPlainTextEdit *textEdit(QWidget *parent, int rows) {
    auto *edit = new QPlainTextEdit(parent);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * rows + 12);
    return edit;
}

} // namespace

DecreeTemplateEditor::DecreeTemplateEditor(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db)) {
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    m_issuer = new QLineEdit(content);
    m_place = new QLineEdit(content);
    m_subject = new QLineEdit(content);
    m_considerations = textEdit(content, 5);
    m_legalBasis = textEdit(content, 5);
    m_notes = textEdit(content, 2);
    m_firstSingle = textEdit(content, 2);
    m_firstCollective = textEdit(content, 3);
    m_attachmentTitle = new QLineEdit(content);
    m_clauses = textEdit(content, 4);
    m_delegation = new QLineEdit(content);
    m_signerTitle = textEdit(content, 2);
    m_signerName = new QLineEdit(content);
    m_signerRank = new QLineEdit(content);
    m_signerNip = new QLineEdit(content);
    m_copiesIntro = new QLineEdit(content);
    m_copies = textEdit(content, 4);
    m_emblemPreview = new QLabel(content);
    m_emblemPreview->setFixedSize(64, 64);
    m_pattern = new QLineEdit(content);
    m_paper = new QComboBox(content);
    m_paper->addItem(tr("F4 (215 × 330 mm)"), QStringLiteral("F4"));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("A4"));
    auto *margins = new QHBoxLayout;
    const QString marginNames[4] = {tr("top"), tr("right"), tr("bottom"), tr("left")};
    for (int i = 0; i < 4; ++i) {
        m_margins[i] = new QDoubleSpinBox(content);
        m_margins[i]->setRange(5, 60);
        m_margins[i]->setSuffix(tr(" mm"));
        margins->addWidget(new QLabel(marginNames[i], content));
        margins->addWidget(m_margins[i]);
    }
    m_font = new QFontComboBox(content);
    m_fontSize = new QDoubleSpinBox(content);
    m_fontSize->setRange(8, 16);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setSuffix(tr(" pt"));

    auto *help = new QLabel(tr("One item a line. Placeholders: {nama}, {nip}, {jabatan_lama}, {unit_lama}, "
                               "{jabatan_baru}, {unit_baru}, {tmt}, {jumlah}, {jumlah_terbilang}, {pejabat}, "
                               "{tempat}, {tahun}; {diktum1}, {diktum2}, ... stand for the label of a clause "
                               "(KESATU, KEDUA, ...), which is generated."),
                            content);
    help->setWordWrap(true);
    form->addRow(help);
    form->addRow(tr("&Issuer:"), m_issuer);
    form->addRow(tr("&Place of issue:"), m_place);
    form->addRow(tr("&Subject (TENTANG):"), m_subject);
    form->addRow(tr("&Menimbang:"), m_considerations);
    form->addRow(tr("M&engingat:"), m_legalBasis);
    form->addRow(tr("Memperhatikan:"), m_notes);
    form->addRow(tr("KESATU, one person:"), m_firstSingle);
    form->addRow(tr("KESATU, several:"), m_firstCollective);
    form->addRow(tr("LAMPIRAN title:"), m_attachmentTitle);
    form->addRow(tr("Further clauses:"), m_clauses);
    form->addRow(tr("Delegation (a.n.):"), m_delegation);
    form->addRow(tr("Signer's office:"), m_signerTitle);
    form->addRow(tr("Signer's name:"), m_signerName);
    form->addRow(tr("Signer's rank:"), m_signerRank);
    form->addRow(tr("Signer's NIP:"), m_signerNip);
    form->addRow(tr("Tembusan heading:"), m_copiesIntro);
    form->addRow(tr("Tembusan:"), m_copies);
    auto *emblemRow = new QHBoxLayout;
    auto *chooseEmblem = new QPushButton(tr("Choose image…"), content);
    auto *builtInEmblem = new QPushButton(tr("Built-in emblem"), content);
    emblemRow->addWidget(m_emblemPreview);
    emblemRow->addWidget(chooseEmblem);
    emblemRow->addWidget(builtInEmblem);
    emblemRow->addStretch();
    form->addRow(tr("Emblem:"), emblemRow);
    form->addRow(tr("&Number pattern:"), m_pattern);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("Margins:"), margins);
    form->addRow(tr("Font:"), m_font);
    form->addRow(tr("Font size:"), m_fontSize);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *save = new QPushButton(tr("&Save decree template"), this);
    save->setObjectName(QStringLiteral("saveDecreeTemplate"));
    auto *reset = new QPushButton(tr("Shipped &default"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(reset);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(save, &QPushButton::clicked, this, &DecreeTemplateEditor::save);
    connect(reset, &QPushButton::clicked, this, &DecreeTemplateEditor::resetToDefault);
    connect(chooseEmblem, &QPushButton::clicked, this, &DecreeTemplateEditor::chooseEmblem);
    connect(builtInEmblem, &QPushButton::clicked, this, [this] {
        m_emblem.clear();
        m_emblemFormat.clear();
        showEmblem();
    });
    load();
}

void DecreeTemplateEditor::load() {
    setTemplate(DecreeTemplateRepository(m_db).load());
    const DecreeLayout layout = DecreeBuilder::layoutFromSettings(m_db);
    m_pattern->setText(Settings(m_db).get(settingkeys::decreeNumberPattern));
    m_paper->setCurrentIndex(layout.paper == QLatin1String("A4") ? 1 : 0);
    const double margins[4] = {layout.marginTopMm, layout.marginRightMm, layout.marginBottomMm, layout.marginLeftMm};
    for (int i = 0; i < 4; ++i)
        m_margins[i]->setValue(margins[i]);
    m_font->setCurrentFont(QFont(layout.fontFamily));
    m_fontSize->setValue(layout.fontSizePt);
}

void DecreeTemplateEditor::setTemplate(const DecreeTemplate &t) {
    m_issuer->setText(t.issuer);
    m_place->setText(t.place);
    m_subject->setText(t.subject);
    m_considerations->setPlainText(t.considerations.join(QLatin1Char('\n')));
    m_legalBasis->setPlainText(t.legalBasis.join(QLatin1Char('\n')));
    m_notes->setPlainText(t.notes.join(QLatin1Char('\n')));
    m_firstSingle->setPlainText(t.firstClauseSingle);
    m_firstCollective->setPlainText(t.firstClauseCollective);
    m_attachmentTitle->setText(t.attachmentTitle);
    m_clauses->setPlainText(t.clauses.join(QLatin1Char('\n')));
    m_delegation->setText(t.signer.delegation);
    m_signerTitle->setPlainText(t.signer.title);
    m_signerName->setText(t.signer.name);
    m_signerRank->setText(t.signer.rank);
    m_signerNip->setText(t.signer.nip);
    m_copiesIntro->setText(t.copiesIntro);
    m_copies->setPlainText(t.copies.join(QLatin1Char('\n')));
    m_emblem = t.emblem;
    m_emblemFormat = t.emblemFormat;
    showEmblem();
}

DecreeTemplate DecreeTemplateEditor::currentTemplate() const {
    DecreeTemplate t;
    t.issuer = m_issuer->text().trimmed();
    t.place = m_place->text().trimmed();
    t.subject = m_subject->text().trimmed();
    t.considerations = lines(m_considerations);
    t.legalBasis = lines(m_legalBasis);
    t.notes = lines(m_notes);
    t.firstClauseSingle = m_firstSingle->toPlainText().simplified();
    t.firstClauseCollective = m_firstCollective->toPlainText().simplified();
    t.attachmentTitle = m_attachmentTitle->text().trimmed();
    t.clauses = lines(m_clauses);
    t.signer.delegation = m_delegation->text().trimmed();
    t.signer.title = lines(m_signerTitle).join(QLatin1Char('\n'));
    t.signer.name = m_signerName->text().trimmed();
    t.signer.rank = m_signerRank->text().trimmed();
    t.signer.nip = m_signerNip->text().remove(QLatin1Char(' '));
    t.copiesIntro = m_copiesIntro->text().trimmed();
    t.copies = lines(m_copies);
    t.emblem = m_emblem;
    t.emblemFormat = m_emblemFormat;
    return t;
}

void DecreeTemplateEditor::showEmblem() {
    const QByteArray bytes = m_emblem.isEmpty() ? DecreeTemplate::builtInEmblem() : m_emblem;
    const QString format = m_emblem.isEmpty() ? QStringLiteral("svg") : m_emblemFormat;
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (format == QLatin1String("svg")) {
        // In proportion, centred: an emblem is rarely square.
        QSvgRenderer svg(bytes);
        QSizeF size = svg.defaultSize();
        size.scale(image.size(), Qt::KeepAspectRatio);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(QPointF((image.width() - size.width()) / 2, (image.height() - size.height()) / 2), size));
    } else {
        image = QImage::fromData(bytes).scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    m_emblemPreview->setPixmap(QPixmap::fromImage(image));
}

void DecreeTemplateEditor::chooseEmblem() {
    const QString path = dialogs::openFileName(this, tr("Choose the emblem"), QString(),
                                               tr("Images (*.svg *.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const bool valid = suffix == QLatin1String("svg") ? QSvgRenderer(bytes).isValid() : !QImage::fromData(bytes).isNull();
    if (!valid) {
        dialogs::warning(this, tr("Decree template"),
                         tr("%1 is not an SVG, PNG or JPEG image that can be read. Choose another file.").arg(path));
        return;
    }
    m_emblem = bytes;
    m_emblemFormat = suffix == QLatin1String("jpeg") ? QStringLiteral("jpg") : suffix;
    showEmblem();
}

bool DecreeTemplateEditor::save() {
    const QString pattern = m_pattern->text().trimmed();
    if (const Problems problems = DecreeNumbering::check(pattern); !problems.isEmpty()) {
        dialogs::warning(this, tr("Decree template"), problems.first().message);
        return false;
    }
    if (Status s = DecreeTemplateRepository(m_db).save(currentTemplate()); !s) {
        dialogs::warning(this, tr("Decree template"), s.error());
        return false;
    }
    Settings settings(m_db);
    settings.set(settingkeys::decreeNumberPattern, pattern);
    settings.set(settingkeys::decreePaper, m_paper->currentData().toString());
    settings.set(settingkeys::decreeMarginTopMm, m_margins[0]->value());
    settings.set(settingkeys::decreeMarginRightMm, m_margins[1]->value());
    settings.set(settingkeys::decreeMarginBottomMm, m_margins[2]->value());
    settings.set(settingkeys::decreeMarginLeftMm, m_margins[3]->value());
    settings.set(settingkeys::decreeFontFamily, m_font->currentFont().family());
    settings.set(settingkeys::decreeFontSizePt, m_fontSize->value());
    dialogs::information(this, tr("Decree template"), tr("The decree template was saved."));
    return true;
}

void DecreeTemplateEditor::resetToDefault() {
    if (dialogs::question(this, tr("Decree template"),
                          tr("Replace the office's decree template by the shipped default? Final decrees keep "
                             "their own copy and do not change.")) != QMessageBox::Yes)
        return;
    if (Status s = DecreeTemplateRepository(m_db).reset(); !s) {
        dialogs::warning(this, tr("Decree template"), s.error());
        return;
    }
    load();
}

} // namespace imbang::ui
