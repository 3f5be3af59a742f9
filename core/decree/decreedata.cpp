#include "decreedata.h"

#include "domain/codes.h"

#include <QJsonArray>

namespace imbang {
namespace {

QString isoDate(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIso(const QJsonValue &value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

QJsonObject DecreePerson::toJson() const {
    return QJsonObject{{QStringLiteral("transfer_id"), transferId},
                       {QStringLiteral("transfer_number"), transferNumber},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("nip"), nip},
                       {QStringLiteral("status"), codes::toCode(status)},
                       {QStringLiteral("birth_place"), birthPlace},
                       {QStringLiteral("birth_date"), isoDate(birthDate)},
                       {QStringLiteral("education"), education},
                       {QStringLiteral("rank"), rank},
                       {QStringLiteral("rank_tmt"), isoDate(rankTmt)},
                       {QStringLiteral("old_position"), oldPosition},
                       {QStringLiteral("old_unit"), oldUnit},
                       {QStringLiteral("new_position"), newPosition},
                       {QStringLiteral("new_unit"), newUnit},
                       {QStringLiteral("tmt"), isoDate(tmt)},
                       {QStringLiteral("remark"), remark}};
}

DecreePerson DecreePerson::fromJson(const QJsonObject &json) {
    DecreePerson p;
    p.transferId = json.value(QStringLiteral("transfer_id")).toInteger();
    p.transferNumber = json.value(QStringLiteral("transfer_number")).toString();
    p.name = json.value(QStringLiteral("name")).toString();
    p.nip = json.value(QStringLiteral("nip")).toString();
    p.status = codes::statusFromCode(json.value(QStringLiteral("status")).toString())
                   .value_or(EmploymentStatus::Pns);
    p.birthPlace = json.value(QStringLiteral("birth_place")).toString();
    p.birthDate = fromIso(json.value(QStringLiteral("birth_date")));
    p.education = json.value(QStringLiteral("education")).toString();
    p.rank = json.value(QStringLiteral("rank")).toString();
    p.rankTmt = fromIso(json.value(QStringLiteral("rank_tmt")));
    p.oldPosition = json.value(QStringLiteral("old_position")).toString();
    p.oldUnit = json.value(QStringLiteral("old_unit")).toString();
    p.newPosition = json.value(QStringLiteral("new_position")).toString();
    p.newUnit = json.value(QStringLiteral("new_unit")).toString();
    p.tmt = fromIso(json.value(QStringLiteral("tmt")));
    p.remark = json.value(QStringLiteral("remark")).toString();
    return p;
}

QList<qint64> DecreeData::transferIds() const {
    QList<qint64> ids;
    for (const DecreePerson &p : people)
        ids << p.transferId;
    return ids;
}

QJsonObject DecreeData::toJson() const {
    QJsonArray persons;
    for (const DecreePerson &p : people)
        persons.append(p.toJson());
    QJsonObject templateJson = tmpl.toJson();
    // The image travels with the data so that a final decree's snapshot reprints with the same heading.
    templateJson.insert(QStringLiteral("emblem_format"), tmpl.emblemFormat);
    templateJson.insert(QStringLiteral("emblem"), QString::fromLatin1(tmpl.emblem.toBase64()));
    return QJsonObject{{QStringLiteral("batch_id"), batchId},
                       {QStringLiteral("people"), persons},
                       {QStringLiteral("template"), templateJson},
                       {QStringLiteral("number"), number},
                       {QStringLiteral("number_pattern"), numberPattern},
                       {QStringLiteral("date"), isoDate(date)},
                       {QStringLiteral("final"), final}};
}

DecreeData DecreeData::fromJson(const QJsonObject &json) {
    DecreeData d;
    d.batchId = json.value(QStringLiteral("batch_id")).toInteger();
    for (const QJsonValue &v : json.value(QStringLiteral("people")).toArray())
        d.people << DecreePerson::fromJson(v.toObject());
    const QJsonObject templateJson = json.value(QStringLiteral("template")).toObject();
    d.tmpl = DecreeTemplate::fromJson(templateJson);
    d.tmpl.emblemFormat = templateJson.value(QStringLiteral("emblem_format")).toString();
    d.tmpl.emblem = QByteArray::fromBase64(templateJson.value(QStringLiteral("emblem")).toString().toLatin1());
    d.number = json.value(QStringLiteral("number")).toString();
    d.numberPattern = json.value(QStringLiteral("number_pattern")).toString();
    d.date = fromIso(json.value(QStringLiteral("date")));
    d.final = json.value(QStringLiteral("final")).toBool();
    return d;
}

QStringList DecreeLayout::papers() {
    return {QStringLiteral("F4"), QStringLiteral("A4")};
}

bool DecreeLayout::isPaper(const QString &paper) {
    return papers().contains(paper.trimmed().toUpper());
}

QJsonObject DecreeLayout::toJson() const {
    return QJsonObject{{QStringLiteral("paper"), paper},
                       {QStringLiteral("margin_top_mm"), marginTopMm},
                       {QStringLiteral("margin_right_mm"), marginRightMm},
                       {QStringLiteral("margin_bottom_mm"), marginBottomMm},
                       {QStringLiteral("margin_left_mm"), marginLeftMm},
                       {QStringLiteral("font_family"), fontFamily},
                       {QStringLiteral("font_size_pt"), fontSizePt}};
}

DecreeLayout DecreeLayout::fromJson(const QJsonObject &json) {
    DecreeLayout l;
    l.paper = json.value(QStringLiteral("paper")).toString(l.paper);
    l.marginTopMm = json.value(QStringLiteral("margin_top_mm")).toDouble(l.marginTopMm);
    l.marginRightMm = json.value(QStringLiteral("margin_right_mm")).toDouble(l.marginRightMm);
    l.marginBottomMm = json.value(QStringLiteral("margin_bottom_mm")).toDouble(l.marginBottomMm);
    l.marginLeftMm = json.value(QStringLiteral("margin_left_mm")).toDouble(l.marginLeftMm);
    l.fontFamily = json.value(QStringLiteral("font_family")).toString(l.fontFamily);
    l.fontSizePt = json.value(QStringLiteral("font_size_pt")).toDouble(l.fontSizePt);
    return l;
}

} // namespace imbang
