#pragma once

#include "competence/performancepredicate.h"
#include "util/expected.h"

#include <QSqlDatabase>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace imbang::ui {

// The "Kinerja" page of the Settings dialog: how a numeric SKP score of an older year (PP 46/2011) becomes
// a performance predicate. A table with a row per predicate: its lowest score (editable, except the last
// one, which takes everything below) and the range that follows from it, so the officer sees that the
// ranges rise without gaps. The rating import uses the saved mapping.
class ScoreMappingPage : public QWidget {
    Q_OBJECT
public:
    explicit ScoreMappingPage(QSqlDatabase db, QWidget *parent = nullptr);

    performance::ScoreMapping mapping() const;
    void setMapping(const performance::ScoreMapping &mapping);
    Problems problems() const;
    Status save(); // nothing is stored when the scores do not rise
    void resetToDefaults();

    QTableWidget *table() const { return m_table; }
    QDoubleSpinBox *scoreBox(int row) const; // rows 0..3: Sangat Baik .. Kurang
    QLabel *problemLabel() const { return m_problems; }

private:
    void updateRanges();

    QSqlDatabase m_db;
    QTableWidget *m_table;
    QLabel *m_problems;
};

} // namespace imbang::ui
