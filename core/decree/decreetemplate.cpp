#include "decreetemplate.h"

#include "domain/nip.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace imbang {
namespace {

QJsonArray toArray(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value, const QStringList &fallback) {
    if (!value.isArray())
        return fallback;
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

QString text(const QJsonObject &json, const char *key, const QString &fallback) {
    const QJsonValue v = json.value(QLatin1String(key));
    return v.isString() ? v.toString() : fallback;
}

// The default template and emblem live in resources/decree/, compiled into imbang_core (core/CMakeLists.txt).
QByteArray resource(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QJsonObject DecreeTemplate::toJson() const {
    return QJsonObject{
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("place"), place},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("considerations"), toArray(considerations)},
        {QStringLiteral("legalBasis"), toArray(legalBasis)},
        {QStringLiteral("notes"), toArray(notes)},
        {QStringLiteral("firstClauseSingle"), firstClauseSingle},
        {QStringLiteral("firstClauseCollective"), firstClauseCollective},
        {QStringLiteral("attachmentTitle"), attachmentTitle},
        {QStringLiteral("clauses"), toArray(clauses)},
        {QStringLiteral("signer"), QJsonObject{{QStringLiteral("delegation"), signer.delegation},
                                               {QStringLiteral("title"), signer.title},
                                               {QStringLiteral("name"), signer.name},
                                               {QStringLiteral("rank"), signer.rank},
                                               {QStringLiteral("nip"), signer.nip}}},
        {QStringLiteral("copiesIntro"), copiesIntro},
        {QStringLiteral("copies"), toArray(copies)},
    };
}

DecreeTemplate DecreeTemplate::fromJson(const QJsonObject &json) {
    DecreeTemplate t;
    t.issuer = text(json, "issuer", t.issuer);
    t.place = text(json, "place", t.place);
    t.subject = text(json, "subject", t.subject);
    t.considerations = toList(json.value(QStringLiteral("considerations")), t.considerations);
    t.legalBasis = toList(json.value(QStringLiteral("legalBasis")), t.legalBasis);
    t.notes = toList(json.value(QStringLiteral("notes")), t.notes);
    t.firstClauseSingle = text(json, "firstClauseSingle", t.firstClauseSingle);
    t.firstClauseCollective = text(json, "firstClauseCollective", t.firstClauseCollective);
    t.attachmentTitle = text(json, "attachmentTitle", t.attachmentTitle);
    t.clauses = toList(json.value(QStringLiteral("clauses")), t.clauses);
    const QJsonObject signer = json.value(QStringLiteral("signer")).toObject();
    t.signer.delegation = text(signer, "delegation", t.signer.delegation);
    t.signer.title = text(signer, "title", t.signer.title);
    t.signer.name = text(signer, "name", t.signer.name);
    t.signer.rank = text(signer, "rank", t.signer.rank);
    t.signer.nip = text(signer, "nip", t.signer.nip);
    t.copiesIntro = text(json, "copiesIntro", t.copiesIntro);
    t.copies = toList(json.value(QStringLiteral("copies")), t.copies);
    return t;
}

DecreeTemplate DecreeTemplate::defaultTemplate() {
    const QJsonObject json =
        QJsonDocument::fromJson(resource(QStringLiteral(":/decree/default-template.json"))).object();
    return fromJson(json);
}

QByteArray DecreeTemplate::builtInEmblem() {
    return resource(QStringLiteral(":/decree/emblem.svg"));
}

QByteArray DecreeTemplate::effectiveEmblem() const {
    return emblem.isEmpty() ? builtInEmblem() : emblem;
}

QString DecreeTemplate::effectiveEmblemFormat() const {
    return emblem.isEmpty() ? QStringLiteral("svg") : emblemFormat;
}

QStringList DecreeTemplate::placeholderNames() {
    return {QStringLiteral("nama"),        QStringLiteral("nip"),        QStringLiteral("jabatan_lama"),
            QStringLiteral("unit_lama"),   QStringLiteral("jabatan_baru"), QStringLiteral("unit_baru"),
            QStringLiteral("tmt"),         QStringLiteral("jumlah"),     QStringLiteral("jumlah_terbilang"),
            QStringLiteral("pejabat"),     QStringLiteral("tempat"),     QStringLiteral("tahun")};
}

Problems DecreeTemplate::check() const {
    Problems problems;
    auto error = [&problems](const QString &field, const QString &message) {
        problems << Problem{Problem::Severity::Error, field, message};
    };
    if (issuer.trimmed().isEmpty())
        error(QStringLiteral("issuer"), QCoreApplication::translate(
                                            "DecreeTemplate", "Enter the issuer of the decree, e.g. GUBERNUR JAMBI."));
    if (place.trimmed().isEmpty())
        error(QStringLiteral("place"), QCoreApplication::translate(
                                           "DecreeTemplate", "Enter the place where decrees are issued, e.g. Jambi."));
    if (subject.trimmed().isEmpty())
        error(QStringLiteral("subject"),
              QCoreApplication::translate("DecreeTemplate",
                                          "Enter the subject after TENTANG, e.g. PEMINDAHAN PEGAWAI NEGERI SIPIL."));
    if (considerations.isEmpty())
        error(QStringLiteral("considerations"),
              QCoreApplication::translate("DecreeTemplate", "A decree needs at least one Menimbang item."));
    if (legalBasis.isEmpty())
        error(QStringLiteral("legal_basis"),
              QCoreApplication::translate("DecreeTemplate", "A decree needs at least one Mengingat item."));
    if (firstClauseSingle.trimmed().isEmpty() || firstClauseCollective.trimmed().isEmpty())
        error(QStringLiteral("first_clause"),
              QCoreApplication::translate("DecreeTemplate",
                                          "Enter the first clause (KESATU) for one person and for several."));
    if (signer.name.trimmed().isEmpty() || signer.title.trimmed().isEmpty())
        error(QStringLiteral("signer"),
              QCoreApplication::translate("DecreeTemplate", "Enter the signer's name and office."));
    if (!signer.nip.trimmed().isEmpty()) {
        const NipCheck nipCheck = nip::checkPns(signer.nip, Clock::today());
        if (!nipCheck.isValid())
            error(QStringLiteral("signer_nip"),
                  QCoreApplication::translate("DecreeTemplate", "The signer's NIP \"%1\" is not valid: %2")
                      .arg(signer.nip, nipCheck.problems.isEmpty() ? QString() : nipCheck.problems.first().message));
    }

    // Placeholders: every {name} must be known, or {diktumN} with N a clause that exists.
    const int clauseCount = int(clauses.size()) + 1;
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    QStringList texts = considerations + legalBasis + notes + clauses + copies;
    texts << subject << firstClauseSingle << firstClauseCollective << attachmentTitle << copiesIntro;
    const QStringList known = placeholderNames();
    for (const QString &t : std::as_const(texts)) {
        for (auto it = placeholder.globalMatch(t); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (known.contains(name))
                continue;
            if (name.startsWith(QLatin1String("diktum"))) {
                bool ok = false;
                const int n = name.mid(6).toInt(&ok);
                if (ok && n >= 1 && n <= clauseCount)
                    continue;
                error(QStringLiteral("placeholder"),
                      QCoreApplication::translate("DecreeTemplate",
                                                  "{%1} names a clause that does not exist: the decree has %2 "
                                                  "clauses (diktum1 to diktum%2).")
                          .arg(name)
                          .arg(clauseCount));
                continue;
            }
            error(QStringLiteral("placeholder"),
                  QCoreApplication::translate("DecreeTemplate", "Unknown placeholder {%1} in \"%2\". Known: %3.")
                      .arg(name, t.left(60), QStringLiteral("{") + known.join(QStringLiteral("}, {")) +
                                                QStringLiteral("}, {diktum2}")));
        }
    }
    return problems;
}

} // namespace imbang
