#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace imbang {

class AuditTrailModel;
class Database;
struct AuditFilter;

// The audit trail: who changed what and when, with the record before and after. Filters by kind
// of record, person, words and period; checks the hash chain; exports to xlsx.
class AuditTrailWidget : public QWidget {
    Q_OBJECT
public:
    explicit AuditTrailWidget(Database &database, QWidget *parent = nullptr);

    AuditTrailModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString verificationText() const;
    AuditFilter filter() const;

    static constexpr int shownLimit = 5000; // newest entries shown; the export has them all

public slots:
    void refresh();
    void verify();
    void exportXlsx();

private:
    void showSelected();

    Database &m_database;
    AuditTrailModel *m_model;
    QTableView *m_view;
    QComboBox *m_entity;
    QLineEdit *m_actor;
    QLineEdit *m_search;
    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
    QLabel *m_count;
    QLabel *m_verification;
    QPlainTextEdit *m_before;
    QPlainTextEdit *m_after;
};

} // namespace imbang
