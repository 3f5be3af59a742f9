#include "datefield.h"

#include <QRegularExpression>

namespace imbang::ui {

DateField::DateField(QWidget *parent) : QLineEdit(parent) {
    setPlaceholderText(tr("dd-mm-yyyy"));
    setMaxLength(10);
    const int width = fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 16;
    setMinimumWidth(width);
    setMaximumWidth(width * 2);
}

QDate DateField::parse(const QString &input) {
    const QString text = input.trimmed();
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})$"));
    static const QRegularExpression isoForm(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = dayFirst.match(text); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (const auto m = isoForm.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

QDate DateField::date() const { return parse(text()); }

void DateField::setDate(const QDate &date) {
    setText(date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString());
}

} // namespace imbang::ui
