#pragma once

#include "decree/decreedata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace imbang {

// A labelled line of the decree: "a." and the text of a Menimbang item, "Nama" and its value, ...
struct DecreeLine {
    QString label;
    QString text;
    friend bool operator==(const DecreeLine &, const DecreeLine &) = default;
};

// A clause (diktum): its generated label ("KESATU"), its text with the placeholders filled in, and for a
// decree of one person the details of that person (Nama, NIP, ...).
struct DecreeClause {
    QString label;
    QString text;
    QList<DecreeLine> details;
};

// The LAMPIRAN of a collective decree: reference to the decree, title, and the table of people.
struct DecreeAttachment {
    QString heading;               // "LAMPIRAN KEPUTUSAN GUBERNUR JAMBI"
    QList<DecreeLine> reference;   // NOMOR, TANGGAL
    QString title;
    QStringList columns;           // No, Nama / NIP, Pangkat/Gol., ...
    QList<QStringList> rows;       // one per person; "\n" separates the lines of a cell
};

// Every text of a decree, in reading order, with ordinals generated, placeholders filled, NIPs grouped
// and dates in Indonesian: what the renderer lays out (ui/decree) and what the tests compare with
// reference files (plainText). The wording is the document's (Indonesian), not the interface's.
struct DecreeComposition {
    bool draft = true;
    QString watermark;   // "DRAFT / KONSEP" on a draft, empty on a final decree
    QString issuer;      // "GUBERNUR JAMBI"
    QString title;       // "KEPUTUSAN GUBERNUR JAMBI"
    QString number;      // "NOMOR 800/17/BKD/2026"
    QString subject;     // after TENTANG
    QString issuerLine;  // "GUBERNUR JAMBI," after the opening formula
    QList<DecreeLine> considerations; // Menimbang a., b., ...
    QList<DecreeLine> legalBasis;     // Mengingat 1., 2., ...
    QList<DecreeLine> notes;          // Memperhatikan (may be empty)
    QString enacts;      // after "Menetapkan :"
    QList<DecreeClause> clauses;
    QList<DecreeLine> issued;   // "Ditetapkan di" Jambi, "pada tanggal" 29 November 2026
    QStringList signerHeading;  // "a.n. GUBERNUR JAMBI", "KEPALA BADAN ...", "PROVINSI JAMBI,"
    QString signerName;
    QString signerRank;
    QString signerNip;          // "NIP. 19700101 199503 1 001"; empty without a NIP
    QString copiesIntro;
    QList<DecreeLine> copies;   // "1." ...
    bool hasAttachment = false;
    DecreeAttachment attachment;

    static QString openingFormula(); // "DENGAN RAHMAT TUHAN YANG MAHA ESA"
    static QString about();          // "TENTANG"
    static QString decides();        // "MEMUTUSKAN:"

    // The whole decree as text, one item a line, for reference files and quick checks.
    QString plainText() const;
};

// Builds the composition of a decree from its data.
class DecreeComposer {
public:
    static DecreeComposition compose(const DecreeData &data);
    // "GUBERNUR JAMBI" -> "Gubernur Jambi", for {pejabat}.
    static QString titleCase(const QString &text);
};

} // namespace imbang
