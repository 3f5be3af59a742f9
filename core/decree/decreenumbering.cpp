#include "decreenumbering.h"

#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace imbang {
namespace {

const QString nomor = QStringLiteral("{nomor}");
const QString tahun = QStringLiteral("{tahun}");

bool numberInUse(const QSqlDatabase &db, const QString &number) {
    auto q = sql::run(db,
                      QStringLiteral("SELECT 1 FROM decree WHERE number = ? "
                                     "UNION ALL SELECT 1 FROM transfer WHERE decree_number = ? COLLATE NOCASE"),
                      {number, number});
    return q && q->next();
}

} // namespace

QString DecreeNumbering::format(const QString &pattern, int sequence, int year) {
    QString text = pattern.trimmed();
    text.replace(nomor, QString::number(sequence));
    text.replace(tahun, QString::number(year));
    return text;
}

QString DecreeNumbering::draftText(const QString &pattern, int year) {
    QString text = pattern.trimmed();
    text.replace(nomor, QStringLiteral("......"));
    text.replace(tahun, QString::number(year));
    return text;
}

Problems DecreeNumbering::check(const QString &pattern) {
    Problems problems;
    if (pattern.count(nomor) != 1)
        problems << Problem{Problem::Severity::Error, QStringLiteral("number_pattern"),
                            QCoreApplication::translate("DecreeNumbering",
                                                        "The decree number pattern \"%1\" must contain {nomor} "
                                                        "exactly once, e.g. 800/{nomor}/BKD/{tahun}.")
                                .arg(pattern)};
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != QLatin1String("nomor") && name != QLatin1String("tahun"))
            problems << Problem{Problem::Severity::Error, QStringLiteral("number_pattern"),
                                QCoreApplication::translate("DecreeNumbering",
                                                            "The decree number pattern has an unknown "
                                                            "placeholder {%1}: only {nomor} and {tahun} "
                                                            "are known.")
                                    .arg(name)};
    }
    return problems;
}

int DecreeNumbering::lastSequence(const QSqlDatabase &db, int year) {
    auto q = sql::run(db, QStringLiteral("SELECT last FROM decree_sequence WHERE year = ?"), {year});
    return q && q->next() ? q->value(0).toInt() : 0;
}

Expected<DecreeNumber> DecreeNumbering::take(const QSqlDatabase &db, const QString &pattern, int year) {
    if (const Problems problems = check(pattern); !problems.isEmpty())
        return Expected<DecreeNumber>::failure(problems.first().message);
    int sequence = lastSequence(db, year);
    QString text;
    do {
        ++sequence;
        text = format(pattern, sequence, year);
    } while (numberInUse(db, text));
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO decree_sequence(year, last) VALUES(?, ?) "
                                     "ON CONFLICT(year) DO UPDATE SET last = excluded.last"),
                      {year, sequence},
                      QCoreApplication::translate("DecreeNumbering", "taking the next decree number"));
    if (!q)
        return Expected<DecreeNumber>::failure(q.error());
    return DecreeNumber{year, sequence, text};
}

} // namespace imbang
