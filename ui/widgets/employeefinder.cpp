#include "employeefinder.h"

#include "domain/nip.h"
#include "records/employeerepository.h"
#include "records/unitrepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace imbang::ui {

EmployeeFinder::EmployeeFinder(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_search(new QLineEdit(this)), m_results(new QListWidget(this)) {
    m_search->setPlaceholderText(tr("Search by name or NIP"));
    m_search->setClearButtonEnabled(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &EmployeeFinder::search);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_results, &QListWidget::currentRowChanged, this, &EmployeeFinder::currentChanged);
}

qint64 EmployeeFinder::currentId() const {
    const QListWidgetItem *item = m_results->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toLongLong() : 0;
}

void EmployeeFinder::search() {
    m_results->clear();
    EmployeeFilter filter;
    filter.search = m_search->text();
    if (filter.search.trimmed().isEmpty()) {
        emit currentChanged();
        return;
    }
    const EmployeeRepository employees(m_db);
    QList<qint64> ids = employees.findIds(filter);
    const qsizetype total = ids.size();
    ids = ids.mid(0, limit);
    const UnitRepository units(m_db);
    for (const Employee &e : employees.byIds(ids)) {
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3")
                                             .arg(e.fullName(), nip::grouped(e.nip, e.status),
                                                  units.byId(e.unitId).value_or(Unit()).name),
                                         m_results);
        item->setData(Qt::UserRole, e.id);
    }
    if (total > limit) {
        auto *more = new QListWidgetItem(tr("… %n more: narrow the search", "", int(total - limit)), m_results);
        more->setFlags(Qt::NoItemFlags);
    }
    if (total == 1)
        m_results->setCurrentRow(0);
    emit currentChanged();
}

EmployeeFinder *EmployeeFinder::addPersonRow(QFormLayout *form, QSqlDatabase db, qint64 employeeId, QWidget *parent) {
    if (!employeeId) {
        auto *finder = new EmployeeFinder(db, parent);
        form->addRow(tr("&Employee:"), finder);
        return finder;
    }
    const auto e = EmployeeRepository(db).byId(employeeId);
    form->addRow(tr("Employee:"),
                 new QLabel(e ? tr("%1 (NIP %2)").arg(e->fullName(), nip::grouped(e->nip, e->status)) : QString(), parent));
    return nullptr;
}

} // namespace imbang::ui
