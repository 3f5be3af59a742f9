#include "decreecomposition.h"

#include "decree/decreenumbering.h"
#include "domain/nip.h"
#include "util/indonesianformat.h"
#include "util/indonesianwords.h"

#include <QHash>
#include <QRegularExpression>

namespace imbang {
namespace {

QString orDash(const QString &text) {
    return text.trimmed().isEmpty() ? QStringLiteral("-") : text.trimmed();
}

QString nipLabel(EmploymentStatus status) {
    return status == EmploymentStatus::Pppk ? QStringLiteral("NI PPPK") : QStringLiteral("NIP");
}

QString letterLabel(int index) { // 0 -> "a.", 25 -> "z.", 26 -> "aa."
    QString label;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        label.prepend(QChar(u'a' + (n - 1) % 26));
    return label + QLatin1Char('.');
}

// Replaces {name} by its value; unknown placeholders stay as they are (DecreeTemplate::check reports them).
QString fill(const QString &text, const QHash<QString, QString> &values) {
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    QString result;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += text.mid(last, m.capturedStart() - last);
        const auto found = values.constFind(m.captured(1));
        result += found != values.constEnd() ? *found : m.captured(0);
        last = m.capturedEnd();
    }
    return result + text.mid(last);
}

QList<DecreeLine> lettered(const QStringList &texts, const QHash<QString, QString> &values) {
    QList<DecreeLine> lines;
    for (int i = 0; i < texts.size(); ++i)
        lines << DecreeLine{letterLabel(i), fill(texts.at(i), values)};
    return lines;
}

QList<DecreeLine> numbered(const QStringList &texts, const QHash<QString, QString> &values) {
    QList<DecreeLine> lines;
    for (int i = 0; i < texts.size(); ++i)
        lines << DecreeLine{QString::number(i + 1) + QLatin1Char('.'), fill(texts.at(i), values)};
    return lines;
}

QString birth(const DecreePerson &p) {
    const QString date = indonesian::longDate(p.birthDate);
    if (p.birthPlace.trimmed().isEmpty())
        return orDash(date);
    return date.isEmpty() ? p.birthPlace.trimmed() : p.birthPlace.trimmed() + QStringLiteral(", ") + date;
}

QString rankWithTmt(const DecreePerson &p) {
    if (p.rank.trimmed().isEmpty())
        return QStringLiteral("-");
    return p.rankTmt.isValid() ? p.rank.trimmed() + QStringLiteral(" / ") + indonesian::longDate(p.rankTmt)
                               : p.rank.trimmed();
}

QList<DecreeLine> personDetails(const DecreePerson &p) {
    return {{QStringLiteral("Nama"), orDash(p.name)},
            {QStringLiteral("Tempat/Tanggal Lahir"), birth(p)},
            {nipLabel(p.status), orDash(nip::grouped(p.nip, p.status))},
            {QStringLiteral("Pendidikan"), orDash(p.education)},
            {QStringLiteral("Pangkat/Gol. Ruang/TMT"), rankWithTmt(p)},
            {QStringLiteral("Jabatan Lama"), orDash(p.oldPosition)},
            {QStringLiteral("Unit Kerja Lama"), orDash(p.oldUnit)},
            {QStringLiteral("Jabatan Baru"), orDash(p.newPosition)},
            {QStringLiteral("Unit Kerja Baru"), orDash(p.newUnit)},
            {QStringLiteral("Terhitung Mulai Tanggal"), orDash(indonesian::longDate(p.tmt))}};
}

void appendLines(QStringList &out, const QString &section, const QList<DecreeLine> &lines) {
    for (int i = 0; i < lines.size(); ++i)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(i == 0 ? section : QString(), -13)
                   .arg(i == 0 ? QStringLiteral(":") : QStringLiteral(" "), lines.at(i).label, lines.at(i).text);
}

} // namespace

QString DecreeComposition::openingFormula() { return QStringLiteral("DENGAN RAHMAT TUHAN YANG MAHA ESA"); }
QString DecreeComposition::about() { return QStringLiteral("TENTANG"); }
QString DecreeComposition::decides() { return QStringLiteral("MEMUTUSKAN:"); }

QString DecreeComposer::titleCase(const QString &text) {
    QStringList words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w.at(0).toUpper();
    return words.join(QLatin1Char(' '));
}

DecreeComposition DecreeComposer::compose(const DecreeData &data) {
    const DecreeTemplate &t = data.tmpl;
    DecreeComposition c;
    c.draft = !data.final;
    c.watermark = c.draft ? QStringLiteral("DRAFT / KONSEP") : QString();
    c.issuer = t.issuer.trimmed().toUpper();
    c.title = QStringLiteral("KEPUTUSAN ") + c.issuer;
    const QString number =
        data.number.isEmpty() ? DecreeNumbering::draftText(data.numberPattern, data.date.year()) : data.number;
    c.number = QStringLiteral("NOMOR ") + number;
    c.subject = t.subject.trimmed().toUpper();
    c.issuerLine = c.issuer + QLatin1Char(',');

    const int clauseCount = int(t.clauses.size()) + 1;
    QHash<QString, QString> values;
    values.insert(QStringLiteral("jumlah"), QString::number(data.people.size()));
    values.insert(QStringLiteral("jumlah_terbilang"), indonesian::spelledNumber(data.people.size()));
    values.insert(QStringLiteral("pejabat"), titleCase(t.issuer));
    values.insert(QStringLiteral("tempat"), t.place.trimmed());
    values.insert(QStringLiteral("tahun"), QString::number(data.date.year()));
    for (int n = 1; n <= clauseCount; ++n)
        values.insert(QStringLiteral("diktum%1").arg(n), indonesian::clauseLabel(n));
    if (data.people.size() == 1) {
        const DecreePerson &p = data.people.first();
        values.insert(QStringLiteral("nama"), p.name);
        values.insert(QStringLiteral("nip"), nip::grouped(p.nip, p.status));
        values.insert(QStringLiteral("jabatan_lama"), p.oldPosition);
        values.insert(QStringLiteral("unit_lama"), p.oldUnit);
        values.insert(QStringLiteral("jabatan_baru"), p.newPosition);
        values.insert(QStringLiteral("unit_baru"), p.newUnit);
        values.insert(QStringLiteral("tmt"), indonesian::longDate(p.tmt));
    }

    c.considerations = lettered(t.considerations, values);
    c.legalBasis = numbered(t.legalBasis, values);
    c.notes = numbered(t.notes, values);
    c.enacts = c.title + QLatin1Char(' ') + DecreeComposition::about() + QLatin1Char(' ') + c.subject +
               QLatin1Char('.');

    DecreeClause first;
    first.label = indonesian::clauseLabel(1);
    if (data.isCollective()) {
        first.text = fill(t.firstClauseCollective, values);
    } else {
        first.text = fill(t.firstClauseSingle, values);
        if (!data.people.isEmpty())
            first.details = personDetails(data.people.first());
    }
    c.clauses << first;
    for (int i = 0; i < t.clauses.size(); ++i)
        c.clauses << DecreeClause{indonesian::clauseLabel(i + 2), fill(t.clauses.at(i), values), {}};

    const QString date = indonesian::longDate(data.date);
    c.issued = {{QStringLiteral("Ditetapkan di"), t.place.trimmed()}, {QStringLiteral("pada tanggal"), date}};

    const DecreeSigner &s = t.signer;
    if (!s.delegation.trimmed().isEmpty())
        c.signerHeading << s.delegation.trimmed();
    const QStringList titleLines = s.title.trimmed().isEmpty()
                                       ? QStringList{c.issuer}
                                       : s.title.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : titleLines)
        c.signerHeading << line.trimmed();
    c.signerHeading.last() += QLatin1Char(',');
    c.signerName = s.name.trimmed();
    c.signerRank = s.rank.trimmed();
    c.signerNip = s.nip.trimmed().isEmpty() ? QString() : QStringLiteral("NIP. ") + nip::grouped(s.nip.trimmed());

    c.copiesIntro = fill(t.copiesIntro, values);
    c.copies = numbered(t.copies, values);

    if (data.isCollective()) {
        c.hasAttachment = true;
        DecreeAttachment &a = c.attachment;
        a.heading = QStringLiteral("LAMPIRAN ") + c.title;
        a.reference = {{QStringLiteral("NOMOR"), number}, {QStringLiteral("TANGGAL"), date}};
        a.title = fill(t.attachmentTitle, values).toUpper();
        a.columns = {QStringLiteral("No"),
                     QStringLiteral("Nama / NIP"),
                     QStringLiteral("Pangkat/Gol."),
                     QStringLiteral("Jabatan dan Unit Kerja Lama"),
                     QStringLiteral("Jabatan dan Unit Kerja Baru"),
                     QStringLiteral("TMT"),
                     QStringLiteral("Keterangan")};
        for (int i = 0; i < data.people.size(); ++i) {
            const DecreePerson &p = data.people.at(i);
            a.rows << QStringList{QString::number(i + 1),
                                  p.name + QLatin1Char('\n') + nipLabel(p.status) + QStringLiteral(". ") +
                                      nip::grouped(p.nip, p.status),
                                  orDash(p.rank),
                                  orDash(p.oldPosition) + QLatin1Char('\n') + orDash(p.oldUnit),
                                  orDash(p.newPosition) + QLatin1Char('\n') + orDash(p.newUnit),
                                  orDash(indonesian::longDate(p.tmt)),
                                  p.remark.trimmed()};
        }
    }
    return c;
}

QString DecreeComposition::plainText() const {
    QStringList out;
    if (!watermark.isEmpty())
        out << QStringLiteral("[%1]").arg(watermark);
    out << QStringLiteral("[LAMBANG]") << issuer << title << number << about() << subject << QString()
        << openingFormula() << QString() << issuerLine << QString();
    appendLines(out, QStringLiteral("Menimbang"), considerations);
    appendLines(out, QStringLiteral("Mengingat"), legalBasis);
    appendLines(out, QStringLiteral("Memperhatikan"), notes);
    out << QString() << decides() << QStringLiteral("%1 : %2").arg(QStringLiteral("Menetapkan"), -13).arg(enacts);
    for (const DecreeClause &clause : clauses) {
        out << QStringLiteral("%1 : %2").arg(clause.label, -13).arg(clause.text);
        for (const DecreeLine &d : clause.details)
            out << QStringLiteral("%1   %2 : %3").arg(QString(), -13).arg(d.label, -24).arg(d.text);
    }
    out << QString();
    for (const DecreeLine &line : issued)
        out << QStringLiteral("%1 : %2").arg(line.label, -13).arg(line.text);
    out << signerHeading << QString() << signerName << signerRank;
    if (!signerNip.isEmpty())
        out << signerNip;
    if (!copies.isEmpty()) {
        out << QString() << copiesIntro;
        for (const DecreeLine &line : copies)
            out << line.label + QLatin1Char(' ') + line.text;
    }
    if (hasAttachment) {
        out << QString() << QStringLiteral("[HALAMAN BARU]") << attachment.heading;
        for (const DecreeLine &line : attachment.reference)
            out << QStringLiteral("%1 : %2").arg(line.label, -7).arg(line.text);
        out << attachment.title << attachment.columns.join(QStringLiteral(" | "));
        for (const QStringList &row : attachment.rows) {
            QStringList cells;
            for (const QString &cell : row)
                cells << QString(cell).replace(QLatin1Char('\n'), QStringLiteral(" / "));
            out << cells.join(QStringLiteral(" | "));
        }
        out << QString() << signerHeading << QString() << signerName << signerRank;
        if (!signerNip.isEmpty())
            out << signerNip;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace imbang
