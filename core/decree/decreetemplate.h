#pragma once

#include "util/problem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace imbang {

// Who signs a decree: "a.n. GUBERNUR JAMBI" / "KEPALA BADAN KEPEGAWAIAN DAERAH" / name, pangkat, NIP.
struct DecreeSigner {
    QString delegation; // "a.n. GUBERNUR JAMBI"; empty when the regional head signs in person
    QString title;      // the signer's office, one line per line of the block ("KEPALA BADAN ...\nPROVINSI JAMBI")
    QString name;       // with titles, as printed
    QString rank;       // pangkat, e.g. "Pembina Utama Muda"
    QString nip;        // digits; printed grouped
    friend bool operator==(const DecreeSigner &, const DecreeSigner &) = default;
};

// An office's decree template: region and issuer, the heading image, the texts of the preamble and the
// clauses (with placeholders), the signer and the tembusan list. Stored in the database (one JSON
// document per template, DecreeTemplateRepository); resources/decree/ ships the default of a provincial
// BKD. The texts are Indonesian: they are the document, not the user interface.
//
// Placeholders, replaced when a decree is made: {nama} {nip} {jabatan_lama} {unit_lama} {jabatan_baru}
// {unit_baru} {tmt} (the single person's), {jumlah} {jumlah_terbilang} (how many people), {pejabat}
// (the issuer, e.g. "Gubernur Jambi"), {tempat}, {tahun}, and {diktum2}, {diktum3}, ... for the label of
// another clause ("KEDUA"), so that texts never hard-code an ordinal.
struct DecreeTemplate {
    QString issuer = QStringLiteral("GUBERNUR JAMBI"); // heading, "KEPUTUSAN <issuer>", "<issuer>,"
    QString place = QStringLiteral("Jambi");           // "Ditetapkan di <place>"
    QString subject;                                   // after TENTANG: "PEMINDAHAN PEGAWAI NEGERI SIPIL"
    QStringList considerations;                        // Menimbang a., b., ...
    QStringList legalBasis;                            // Mengingat 1., 2., ...
    QStringList notes;                                 // Memperhatikan (optional)
    QString firstClauseSingle;     // KESATU of a decree for one person, before the person's details
    QString firstClauseCollective; // KESATU of a collective decree, pointing to the LAMPIRAN
    QString attachmentTitle;       // heading of the LAMPIRAN table
    QStringList clauses;           // KEDUA, KETIGA, ...
    DecreeSigner signer;
    QString copiesIntro; // "Tembusan Keputusan ini disampaikan kepada Yth.:"
    QStringList copies;  // tembusan, numbered when printed
    QByteArray emblem;   // heading image (SVG, PNG or JPEG bytes); empty: the built-in emblem
    QString emblemFormat; // "svg", "png", "jpg"

    QJsonObject toJson() const;                     // without the image
    static DecreeTemplate fromJson(const QJsonObject &json); // missing fields keep the defaults

    // The default of a provincial BKD (Gubernur Jambi, a.n. Gubernur Kepala BKD), from the resources,
    // with the built-in emblem.
    static DecreeTemplate defaultTemplate();
    static QByteArray builtInEmblem(); // SVG

    // The emblem to print: the office's own, else the built-in one.
    QByteArray effectiveEmblem() const;
    QString effectiveEmblemFormat() const;

    // Unknown placeholders, missing texts and an invalid signer NIP, in plain words.
    Problems check() const;

    static QStringList placeholderNames(); // "nama", "nip", ... (without braces)

    friend bool operator==(const DecreeTemplate &, const DecreeTemplate &) = default;
};

} // namespace imbang
