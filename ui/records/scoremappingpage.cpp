#include "scoremappingpage.h"

#include "settings/settingkeys.h"
#include "util/indonesianformat.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTableWidget>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace imbang::ui {
namespace {

enum Column { PredicateColumn, LowestColumn, RangeColumn };

QString score(double value) {
    return indonesian::decimal(value, value == std::floor(value) ? 0 : 2);
}

} // namespace

ScoreMappingPage::ScoreMappingPage(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_table(new QTableWidget(5, 3, this)), m_problems(new QLabel(this)),
      m_rotationYears(new QSpinBox(this)) {
    m_table->setHorizontalHeaderLabels({tr("Predicate"), tr("Lowest score"), tr("Scores that map to it")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RangeColumn, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    const QList<PerformancePredicate> predicates = performance::all();
    for (int r = 0; r < 5; ++r) {
        auto *name = new QTableWidgetItem(performance::displayName(predicates.at(r)));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(r, PredicateColumn, name);
        auto *range = new QTableWidgetItem;
        range->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(r, RangeColumn, range);
        if (r < 4) {
            // Wider than valid on purpose: the rule "the scores rise" is checked and explained, not hidden.
            auto *box = new QDoubleSpinBox(m_table);
            box->setRange(0, performance::ScoreMapping::maximumScore);
            box->setDecimals(2);
            box->setAccessibleName(tr("Lowest score of %1").arg(performance::displayName(predicates.at(r))));
            connect(box, &QDoubleSpinBox::valueChanged, this, &ScoreMappingPage::updateRanges);
            m_table->setCellWidget(r, LowestColumn, box);
        } else {
            auto *rest = new QTableWidgetItem(tr("anything lower"));
            rest->setFlags(Qt::ItemIsEnabled);
            m_table->setItem(r, LowestColumn, rest);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(LowestColumn, std::max(m_table->columnWidth(LowestColumn), 130));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *intro = new QLabel(tr("Years before the current predicate scale (PP 46/2011) hold a numeric SKP score. "
                                "The rating import maps a score to the predicate whose lowest score it reaches. "
                                "The lowest scores must rise from Kurang to Sangat Baik; the ranges then follow "
                                "one another without gaps."),
                             this);
    intro->setWordWrap(true);
    // The leaders' view and the transfer note "due for rotation" use the same period.
    m_rotationYears->setRange(1, 20);
    m_rotationYears->setSuffix(tr(" years"));
    m_rotationYears->setValue(Settings(m_db).get(settingkeys::rotationYears));
    auto *rotation = new QFormLayout;
    rotation->addRow(tr("Due for &rotation after more than:"), m_rotationYears);
    auto *defaults = new QPushButton(tr("Shipped &defaults"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(defaults);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(m_problems);
    layout->addLayout(rotation);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(defaults, &QPushButton::clicked, this, &ScoreMappingPage::resetToDefaults);

    setMapping(performance::ScoreMapping::fromSettingText(Settings(m_db).get(settingkeys::performanceScoreMapping))
                   .value_or(performance::ScoreMapping()));
}

QDoubleSpinBox *ScoreMappingPage::scoreBox(int row) const {
    return qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, LowestColumn));
}

performance::ScoreMapping ScoreMappingPage::mapping() const {
    performance::ScoreMapping m;
    m.lowestScores.clear();
    for (int r = 0; r < 4; ++r)
        m.lowestScores << scoreBox(r)->value();
    return m;
}

void ScoreMappingPage::setMapping(const performance::ScoreMapping &mapping) {
    for (int r = 0; r < 4 && r < mapping.lowestScores.size(); ++r) {
        QSignalBlocker block(scoreBox(r));
        scoreBox(r)->setValue(mapping.lowestScores.at(r));
    }
    updateRanges();
}

Problems ScoreMappingPage::problems() const { return mapping().validate(); }

Status ScoreMappingPage::save() {
    const Problems found = problems();
    if (hasErrors(found))
        return Status::failure(found.first().message);
    if (Status s = Settings(m_db).set(settingkeys::rotationYears, m_rotationYears->value()); !s)
        return s;
    return Settings(m_db).set(settingkeys::performanceScoreMapping, mapping().toSettingText());
}

void ScoreMappingPage::resetToDefaults() {
    setMapping(performance::ScoreMapping());
    m_rotationYears->setValue(settingkeys::rotationYears.defaultValue);
}

void ScoreMappingPage::updateRanges() {
    const QList<double> lowest = mapping().lowestScores;
    const Problems found = problems();
    for (int r = 0; r < 5; ++r) {
        QString text;
        if (r == 0)
            text = tr("%1 and above").arg(score(lowest.at(0)));
        else if (r < 4)
            text = lowest.at(r) < lowest.at(r - 1)
                       ? tr("%1 up to below %2").arg(score(lowest.at(r)), score(lowest.at(r - 1)))
                       : tr("none (fix the lowest score)");
        else
            text = tr("below %1").arg(score(lowest.at(3)));
        m_table->item(r, RangeColumn)->setText(text);
    }
    QStringList messages;
    for (const Problem &p : found)
        messages << p.message;
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
}

} // namespace imbang::ui
