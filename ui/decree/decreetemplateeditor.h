#pragma once

#include "decree/decreetemplate.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace imbang::ui {

// The Settings page of the office's decree template: issuer and place, the texts of the preamble and the
// clauses (one item a line, with placeholders), the signer, the tembusan list, the heading emblem, and
// the number pattern, paper, margins and font. "Save" checks everything and stores it (nothing is
// stored while there is an error); "Shipped default" goes back to the default of a provincial BKD.
class DecreeTemplateEditor : public QWidget {
    Q_OBJECT
public:
    explicit DecreeTemplateEditor(QSqlDatabase db, QWidget *parent = nullptr);

    DecreeTemplate currentTemplate() const; // what the fields say now
    void setTemplate(const DecreeTemplate &tmpl);
    QLineEdit *issuerEdit() const { return m_issuer; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QComboBox *paperCombo() const { return m_paper; }

public slots:
    bool save();
    void resetToDefault();
    void chooseEmblem();

private:
    void load();
    void showEmblem();

    QSqlDatabase m_db;
    QLineEdit *m_issuer, *m_place, *m_subject;
    QPlainTextEdit *m_considerations, *m_legalBasis, *m_notes;
    QPlainTextEdit *m_firstSingle, *m_firstCollective;
    QLineEdit *m_attachmentTitle;
    QPlainTextEdit *m_clauses;
    QLineEdit *m_delegation;
    QPlainTextEdit *m_signerTitle;
    QLineEdit *m_signerName, *m_signerRank, *m_signerNip;
    QLineEdit *m_copiesIntro;
    QPlainTextEdit *m_copies;
    QLabel *m_emblemPreview;
    QByteArray m_emblem;
    QString m_emblemFormat;
    QLineEdit *m_pattern;
    QComboBox *m_paper;
    QDoubleSpinBox *m_margins[4];
    QFontComboBox *m_font;
    QDoubleSpinBox *m_fontSize;
};

} // namespace imbang::ui
