#pragma once

#include <QDate>
#include <QLineEdit>

namespace imbang::ui {

// A date typed as officers write it: 29-11-2026 (also 29/11/2026, 2026-11-29). Empty is allowed;
// a field that cannot be read says so through isReadable() rather than guessing.
class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    QDate date() const;        // invalid when empty or unreadable
    void setDate(const QDate &date);
    bool isEmpty() const { return text().trimmed().isEmpty(); }
    bool isReadable() const { return isEmpty() || date().isValid(); }

    static QDate parse(const QString &text);
};

} // namespace imbang::ui
