#include "plannerpeopledialog.h"

#include "holdlistmodel.h"
#include "plannerpeopleactions.h"
#include "requestlistmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace imbang::ui {
namespace {

QTableView *listView(QAbstractItemModel *model, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QWidget *tabPage(const QString &intro, QTableView *view, const QList<QPushButton *> &buttons, QWidget *parent) {
    auto *page = new QWidget(parent);
    auto *label = new QLabel(intro, page);
    label->setWordWrap(true);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons) {
        b->setParent(page);
        row->addWidget(b);
    }
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    layout->addLayout(row);
    return page;
}

} // namespace

PlannerPeopleDialog::PlannerPeopleDialog(QSqlDatabase db, Tab tab, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_tabs(new QTabWidget(this)), m_holds(new HoldListModel(m_db, this)),
      m_requests(new RequestListModel(m_db, this)) {
    setWindowTitle(tr("Holds and own requests"));
    m_holdTable = listView(m_holds, this);
    m_requestTable = listView(m_requests, this);

    auto *addHoldButton = new QPushButton(tr("&Hold a person…"));
    auto *changeHoldButton = new QPushButton(tr("&Change reason…"));
    auto *releaseButton = new QPushButton(tr("&Release"));
    m_tabs->addTab(tabPage(tr("The planner never proposes moving these people. Each has the reason recorded, "
                              "with who recorded it and when."),
                           m_holdTable, {addHoldButton, changeHoldButton, releaseButton}, this),
                   tr("Do not move"));
    auto *addRequestButton = new QPushButton(tr("&Record a request…"));
    auto *withdrawButton = new QPushButton(tr("&Withdraw"));
    m_tabs->addTab(tabPage(tr("Employees who asked to move to another kabupaten/kota. The planner proposes them "
                              "first wherever a shortage there fits; the last column says whether the current "
                              "plan does."),
                           m_requestTable, {addRequestButton, withdrawButton}, this),
                   tr("Own requests"));
    m_tabs->setCurrentIndex(tab);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);

    connect(addHoldButton, &QPushButton::clicked, this, &PlannerPeopleDialog::addHold);
    connect(changeHoldButton, &QPushButton::clicked, this, &PlannerPeopleDialog::changeHold);
    connect(releaseButton, &QPushButton::clicked, this, &PlannerPeopleDialog::releaseHold);
    connect(m_holdTable, &QTableView::activated, this, &PlannerPeopleDialog::changeHold);
    connect(addRequestButton, &QPushButton::clicked, this, &PlannerPeopleDialog::addRequest);
    connect(withdrawButton, &QPushButton::clicked, this, &PlannerPeopleDialog::withdrawRequest);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Long unit names and notes are capped (the tooltip of a note shows it whole) so the last column,
    // the reason or whether the plan honours the request, stays in sight.
    const auto fit = [](QTableView *view) {
        view->resizeColumnsToContents();
        QHeaderView *header = view->horizontalHeader();
        for (int c = 0; c + 1 < header->count(); ++c)
            header->resizeSection(c, std::min(header->sectionSize(c), 200));
    };
    connect(m_holds, &QAbstractItemModel::modelReset, m_holdTable, [=, this] { fit(m_holdTable); });
    connect(m_requests, &QAbstractItemModel::modelReset, m_requestTable, [=, this] { fit(m_requestTable); });
    fit(m_holdTable);
    fit(m_requestTable);
    resize(1060, 460);
}

void PlannerPeopleDialog::setPlan(const QList<ProposedMove> &moves) {
    m_requests->setPlan(moves, true);
    m_requestTable->resizeColumnToContents(RequestListModel::InPlan);
}

int PlannerPeopleDialog::selectedRow(QTableView *table) const {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool PlannerPeopleDialog::addHold() { return plannerpeople::hold(m_db, 0, this); }

bool PlannerPeopleDialog::changeHold() {
    const int row = selectedRow(m_holdTable);
    return row >= 0 && plannerpeople::hold(m_db, m_holds->employeeIdAt(row), this);
}

bool PlannerPeopleDialog::releaseHold() {
    const int row = selectedRow(m_holdTable);
    return row >= 0 && plannerpeople::release(m_db, m_holds->employeeIdAt(row), this);
}

bool PlannerPeopleDialog::addRequest() { return plannerpeople::addRequest(m_db, 0, this); }

bool PlannerPeopleDialog::withdrawRequest() {
    const int row = selectedRow(m_requestTable);
    if (row < 0)
        return false;
    const TransferRequest request = m_requests->requestAt(row);
    return plannerpeople::withdrawRequest(m_db, request.employeeId, request.region, this);
}

} // namespace imbang::ui
