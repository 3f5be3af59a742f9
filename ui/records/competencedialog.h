#pragma once

#include "competence/competencechanges.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace imbang::ui {

// Edits one employee's yearly performance predicates (SKP) and certifications/trainings: two tables
// with Add/Remove, checked as the officer types (a year twice, a nameless certificate).
class CompetenceDialog : public QDialog {
    Q_OBJECT
public:
    CompetenceDialog(const QString &employeeName, const CompetenceRecord &record, QWidget *parent = nullptr);

    CompetenceRecord record() const;
    // For tests and imports of one row: append a row as if the officer had typed it.
    void addRating(int year, PerformancePredicate predicate, const QString &document = {});
    void addCompetence(Competence::Kind kind, const QString &name, const QString &subject, int year);
    QTableWidget *ratingsTable() const { return m_ratings; }
    QTableWidget *competencesTable() const { return m_competences; }
    bool canSave() const;

private:
    void updateProblems();

    CompetenceRecord m_original;
    QTableWidget *m_ratings;
    QTableWidget *m_competences;
    QLabel *m_problems;
    QPushButton *m_ok = nullptr;
};

} // namespace imbang::ui
