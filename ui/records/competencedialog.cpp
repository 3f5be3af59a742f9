#include "competencedialog.h"

#include "util/clock.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace imbang::ui {
namespace {

enum RatingColumn { RatingYear, RatingPredicate, RatingScore, RatingDocument, RatingColumns };
enum CompetenceColumn { CompKind, CompName, CompSubject, CompYear, CompReference, CompColumns };

QSpinBox *yearBox(int year, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setRange(1970, Clock::today().year());
    box->setValue(year > 0 ? year : Clock::today().year() - 1);
    box->setFrame(false);
    return box;
}

QString cellText(const QTableWidget *table, int row, int column) {
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setText(QTableWidget *table, int row, int column, const QString &text) {
    table->setItem(row, column, new QTableWidgetItem(text));
}

// A table with Add and Remove buttons below it.
QWidget *withButtons(QTableWidget *table, const QString &addText, const std::function<void()> &add, QWidget *parent) {
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto *row = new QHBoxLayout;
    auto *addButton = new QPushButton(addText, box);
    auto *removeButton = new QPushButton(QCoreApplication::translate("imbang::ui::CompetenceDialog", "Remove row"), box);
    row->addWidget(addButton);
    row->addWidget(removeButton);
    row->addStretch();
    layout->addLayout(row);
    QObject::connect(addButton, &QPushButton::clicked, box, add);
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    return box;
}

} // namespace

CompetenceDialog::CompetenceDialog(const QString &employeeName, const CompetenceRecord &record, QWidget *parent)
    : QDialog(parent), m_original(record), m_ratings(new QTableWidget(0, RatingColumns, this)),
      m_competences(new QTableWidget(0, CompColumns, this)), m_problems(new QLabel(this)) {
    setWindowTitle(tr("Performance and competence of %1").arg(employeeName));
    m_ratings->setHorizontalHeaderLabels({tr("Year"), tr("Predicate"), tr("Old score"), tr("Document")});
    m_competences->setHorizontalHeaderLabels({tr("Kind"), tr("Name"), tr("Subject"), tr("Year"), tr("Reference")});
    for (QTableWidget *t : {m_ratings, m_competences}) {
        t->horizontalHeader()->setStretchLastSection(true);
        t->verticalHeader()->hide();
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        connect(t, &QTableWidget::itemChanged, this, &CompetenceDialog::updateProblems);
        connect(t->model(), &QAbstractItemModel::rowsRemoved, this, &CompetenceDialog::updateProblems);
    }
    m_ratings->setAccessibleName(tr("Performance ratings"));
    m_competences->setAccessibleName(tr("Certifications and trainings"));
    m_competences->setColumnWidth(CompName, 220);
    for (const PerformanceRating &r : record.ratings) {
        addRating(r.year, r.predicate, r.document);
        if (r.score)
            setText(m_ratings, m_ratings->rowCount() - 1, RatingScore, QString::number(*r.score));
    }
    for (const Competence &c : record.competences) {
        addCompetence(c.kind, c.name, c.subject, c.year);
        setText(m_competences, m_competences->rowCount() - 1, CompReference, c.reference);
    }

    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color:#b2182b;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *ratingsLabel = new QLabel(tr("&Performance predicates (SKP), one per year:"), this);
    ratingsLabel->setBuddy(m_ratings);
    layout->addWidget(ratingsLabel);
    layout->addWidget(withButtons(m_ratings, tr("Add &year"), [this] { addRating(0, PerformancePredicate::Good); }, this));
    auto *competenceLabel = new QLabel(tr("&Certifications and trainings (diklat):"), this);
    competenceLabel->setBuddy(m_competences);
    layout->addWidget(competenceLabel);
    layout->addWidget(withButtons(
        m_competences, tr("Add c&ertification or training"),
        [this] { addCompetence(Competence::Kind::Certification, QString(), QString(), 0); }, this));
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(720, 560);
    updateProblems();
}

void CompetenceDialog::addRating(int year, PerformancePredicate predicate, const QString &document) {
    const int row = m_ratings->rowCount();
    const QSignalBlocker building(m_ratings); // no check until the row is whole
    m_ratings->insertRow(row);
    auto *yearSpin = yearBox(year, m_ratings);
    connect(yearSpin, &QSpinBox::valueChanged, this, &CompetenceDialog::updateProblems);
    m_ratings->setCellWidget(row, RatingYear, yearSpin);
    auto *combo = new QComboBox(m_ratings);
    for (PerformancePredicate p : performance::all())
        combo->addItem(performance::displayName(p), int(p));
    combo->setCurrentIndex(combo->findData(int(predicate)));
    m_ratings->setCellWidget(row, RatingPredicate, combo);
    setText(m_ratings, row, RatingScore, QString());
    setText(m_ratings, row, RatingDocument, document);
    m_ratings->setCurrentCell(row, RatingYear);
    updateProblems();
}

void CompetenceDialog::addCompetence(Competence::Kind kind, const QString &name, const QString &subject, int year) {
    const int row = m_competences->rowCount();
    const QSignalBlocker building(m_competences); // no check until the row is whole
    m_competences->insertRow(row);
    auto *combo = new QComboBox(m_competences);
    combo->addItem(tr("Certification"), int(Competence::Kind::Certification));
    combo->addItem(tr("Training (diklat)"), int(Competence::Kind::Training));
    combo->setCurrentIndex(combo->findData(int(kind)));
    m_competences->setCellWidget(row, CompKind, combo);
    setText(m_competences, row, CompName, name);
    setText(m_competences, row, CompSubject, subject);
    m_competences->setCellWidget(row, CompYear, yearBox(year, m_competences));
    setText(m_competences, row, CompReference, QString());
    m_competences->setCurrentCell(row, CompName);
    updateProblems();
}

CompetenceRecord CompetenceDialog::record() const {
    CompetenceRecord out;
    for (int row = 0; row < m_ratings->rowCount(); ++row) {
        PerformanceRating r;
        r.year = qobject_cast<QSpinBox *>(m_ratings->cellWidget(row, RatingYear))->value();
        r.predicate = PerformancePredicate(qobject_cast<QComboBox *>(m_ratings->cellWidget(row, RatingPredicate))->currentData().toInt());
        bool ok = false;
        const double score = cellText(m_ratings, row, RatingScore).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (ok)
            r.score = score;
        r.document = cellText(m_ratings, row, RatingDocument);
        // Unchanged rows keep their identity (uuid), so exchange packages see an update, not a new record.
        for (const PerformanceRating &o : m_original.ratings)
            if (o.year == r.year)
                r.uuid = o.uuid;
        out.ratings << r;
    }
    std::sort(out.ratings.begin(), out.ratings.end(),
              [](const PerformanceRating &a, const PerformanceRating &b) { return a.year > b.year; });
    for (int row = 0; row < m_competences->rowCount(); ++row) {
        Competence c;
        c.kind = Competence::Kind(qobject_cast<QComboBox *>(m_competences->cellWidget(row, CompKind))->currentData().toInt());
        c.name = cellText(m_competences, row, CompName);
        c.subject = cellText(m_competences, row, CompSubject);
        c.year = qobject_cast<QSpinBox *>(m_competences->cellWidget(row, CompYear))->value();
        c.reference = cellText(m_competences, row, CompReference);
        out.competences << c;
    }
    return out;
}

bool CompetenceDialog::canSave() const { return competencechanges::problems(record(), Clock::today()).isEmpty(); }

void CompetenceDialog::updateProblems() {
    if (!m_ok)
        return; // still building the dialog
    const QStringList problems = competencechanges::problems(record(), Clock::today());
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_ok->setEnabled(problems.isEmpty());
}

} // namespace imbang::ui
