#pragma once

#include "decree/decreetemplate.h"
#include "domain/codes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace imbang {

// One person moved by a decree, as printed: everything is text already (names with titles, rank with
// pangkat), read from the records when the decree is made, so that a final decree keeps what it said.
struct DecreePerson {
    qint64 transferId = 0;
    QString transferNumber; // register number, MUT-2026-0001
    QString name;           // with titles: "Dra. Siti Aminah, S.Pd."
    QString nip;            // digits
    EmploymentStatus status = EmploymentStatus::Pns;
    QString birthPlace;
    QDate birthDate;
    QString education;
    QString rank;           // "Penata Muda Tingkat I (III/b)"
    QDate rankTmt;
    QString oldPosition;
    QString oldUnit;
    QString newPosition;
    QString newUnit;
    QDate tmt;
    QString remark;         // Keterangan of the LAMPIRAN row

    QJsonObject toJson() const;
    static DecreePerson fromJson(const QJsonObject &json);
    friend bool operator==(const DecreePerson &, const DecreePerson &) = default;
};

// Everything a decree is made from: the people, the template, its number and date. A decree for one
// person puts the details in the KESATU clause; several people go into the LAMPIRAN table.
struct DecreeData {
    qint64 batchId = 0;     // the proposal, for a collective decree made from a batch
    QList<DecreePerson> people;
    DecreeTemplate tmpl;
    QString number;         // empty for a draft
    QString numberPattern;  // the pattern the number follows; a draft prints it with the sequence blank
    QDate date;             // "pada tanggal": the date of issue (for a draft, the date planned)
    bool final = false;

    bool isCollective() const { return people.size() > 1; }
    QList<qint64> transferIds() const;

    // The data of a final decree is kept in its snapshot; fromJson(toJson()) gives it back unchanged.
    QJsonObject toJson() const;
    static DecreeData fromJson(const QJsonObject &json);
    friend bool operator==(const DecreeData &, const DecreeData &) = default;
};

// Paper, margins and font of a printed decree (settings decree/...), kept with a final decree so that a
// reprint is laid out as the first print.
struct DecreeLayout {
    QString paper = QStringLiteral("F4"); // "F4" (215 x 330 mm) or "A4"
    double marginTopMm = 20;
    double marginRightMm = 20;
    double marginBottomMm = 20;
    double marginLeftMm = 25;
    QString fontFamily = QStringLiteral("Arial");
    double fontSizePt = 11;

    static QStringList papers(); // {"F4", "A4"}
    static bool isPaper(const QString &paper);

    QJsonObject toJson() const;
    static DecreeLayout fromJson(const QJsonObject &json);
    friend bool operator==(const DecreeLayout &, const DecreeLayout &) = default;
};

} // namespace imbang
