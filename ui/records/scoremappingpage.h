#pragma once

#include "competence/performancepredicate.h"
#include "util/expected.h"

#include <QSqlDatabase>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace imbang::ui {

// The "Kinerja" page of the Settings dialog: how a numeric SKP score of an older year (PP 46/2011) becomes
// a performance predicate. A table with a row per predicate: its lowest score (editable, except the last
// one, which takes everything below) and the range that follows from it, so the officer sees that the
// ranges rise without gaps. The rating import uses the saved mapping. Below it, the years in post after
// which someone is due for rotation (the leaders' view and the transfer note).
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
    QSpinBox *rotationYearsBox() const { return m_rotationYears; }

private:
    void updateRanges();

    QSqlDatabase m_db;
    QTableWidget *m_table;
    QLabel *m_problems;
    QSpinBox *m_rotationYears;
};

} // namespace imbang::ui
