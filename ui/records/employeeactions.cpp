#include "employeeactions.h"

#include "access/exportlog.h"
#include "access/session.h"
#include "domain/nip.h"
#include "models/employeetablemodel.h"
#include "output/spreadsheetexport.h"
#include "planner/plannerholdrepository.h"
#include "planner/plannerpeopleactions.h"
#include "printing/documentprinter.h"
#include "printing/reporthtml.h"
#include "records/competencedialog.h"
#include "records/deactivatedialog.h"
#include "records/employeedetailpanel.h"
#include "records/employeedialog.h"
#include "records/employeeprofile.h"
#include "records/employeerepository.h"
#include "records/recordsview.h"
#include "storage/changebus.h"
#include "undo/recordcommands.h"
#include "util/clock.h"
#include "util/dialoghooks.h"
#include "util/indonesianformat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>

namespace imbang::ui {

EmployeeActions::EmployeeActions(QSqlDatabase db, RecordsView *view, QWidget *window)
    : QObject(view), m_db(std::move(db)), m_view(view), m_window(window) {
    const auto make = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_add = make(tr("&New employee…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { addEmployee(); });
    m_edit = make(tr("&Edit employee…"), QKeySequence(Qt::Key_F2), [this] { editCurrent(); });
    m_competence = make(tr("Performance and &competence…"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { editCompetence(); });
    m_deactivate = make(tr("&Deactivate…"), QKeySequence(), [this] { deactivateCurrent(); });
    m_reactivate = make(tr("&Reactivate"), QKeySequence(), [this] { reactivateCurrent(); });
    m_hold = make(tr("Do not &move (planner)…"), QKeySequence(), [this] { holdCurrent(); });
    m_hold->setStatusTip(tr("The planner leaves this person where they are; the reason is recorded"));
    m_release = make(tr("&Allow moving again"), QKeySequence(), [this] { releaseCurrent(); });
    m_request = make(tr("Own transfer re&quest…"), QKeySequence(), [this] { requestTransferForCurrent(); });
    m_copy = make(tr("&Copy selected rows"), QKeySequence::Copy, [this] { copySelection(); });
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->table()->addAction(m_copy);
    m_export = make(tr("E&xport list…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportList(); });
    m_printList = make(tr("&Print list…"), QKeySequence::Print, [this] { printList(); });
    m_printProfile = make(tr("Print &profile…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { printProfile(); });
    // Enter or a double click on a row edits it.
    connect(m_view->table(), &QTableView::activated, this, [this] { editCurrent(); });

    for (int c = 0; c < EmployeeTableModel::ColumnCount; ++c) {
        auto *action = new QAction(m_view->model()->headerData(c, Qt::Horizontal).toString(), this);
        action->setCheckable(true);
        action->setChecked(true);
        action->setEnabled(c != EmployeeTableModel::NameColumn); // the name always shows
        connect(action, &QAction::toggled, this, [this, c](bool shown) {
            m_view->table()->setColumnHidden(c, !shown);
            QStringList hidden;
            for (int i = 0; i < m_columnActions.size(); ++i)
                if (!m_columnActions.at(i)->isChecked())
                    hidden << QString::number(i);
            QSettings().setValue(QStringLiteral("records/hiddenColumns"), hidden);
        });
        m_columnActions << action;
    }
    restoreColumns();
    connect(m_view, &RecordsView::currentEmployeeChanged, this, &EmployeeActions::updateEnabled);
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, [this](const QString &what) {
        if (what == QLatin1String("planner_hold")) // undo and redo of a hold change the menu
            updateEnabled();
    });
    updateEnabled();
}

void EmployeeActions::restoreColumns() {
    for (const QString &c : QSettings().value(QStringLiteral("records/hiddenColumns")).toStringList()) {
        const int column = c.toInt();
        if (column > 0 && column < m_columnActions.size() && column != EmployeeTableModel::NameColumn)
            m_columnActions.at(column)->setChecked(false);
    }
}

void EmployeeActions::fillMenu(QMenu *menu) const {
    menu->addAction(m_add);
    menu->addAction(m_edit);
    menu->addAction(m_competence);
    menu->addAction(m_deactivate);
    menu->addAction(m_reactivate);
    menu->addSeparator();
    menu->addAction(m_hold);
    menu->addAction(m_release);
    menu->addAction(m_request);
    menu->addSeparator();
    menu->addAction(m_copy);
    menu->addAction(m_export);
    menu->addAction(m_printList);
    menu->addAction(m_printProfile);
}

void EmployeeActions::fillColumnMenu(QMenu *menu) const {
    for (QAction *a : m_columnActions)
        menu->addAction(a);
}

void EmployeeActions::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    updateEnabled();
}

void EmployeeActions::updateEnabled() {
    const auto e = m_view->currentEmployeeId() ? EmployeeRepository(m_db).byId(m_view->currentEmployeeId()) : std::nullopt;
    m_add->setEnabled(!m_readOnly);
    m_edit->setEnabled(e.has_value() && !m_readOnly);
    m_competence->setEnabled(e.has_value() && !m_readOnly);
    m_printProfile->setEnabled(e.has_value());
    m_deactivate->setEnabled(e && e->active && !m_readOnly);
    m_reactivate->setEnabled(e && !e->active && !m_readOnly);
    const bool held = e && PlannerHoldRepository(m_db).find(e->id).has_value();
    m_hold->setEnabled(e && e->active && !m_readOnly);
    m_hold->setText(held ? tr("Do not &move (planner): change reason…") : tr("Do not &move (planner)…"));
    m_release->setEnabled(held && !m_readOnly);
    m_request->setEnabled(e && e->active && !m_readOnly);
}

bool EmployeeActions::holdCurrent() {
    if (m_readOnly || !m_view->currentEmployeeId())
        return false;
    const bool done = plannerpeople::hold(m_db, m_view->currentEmployeeId(), m_window);
    updateEnabled();
    return done;
}

bool EmployeeActions::releaseCurrent() {
    if (m_readOnly || !m_view->currentEmployeeId())
        return false;
    const bool done = plannerpeople::release(m_db, m_view->currentEmployeeId(), m_window);
    updateEnabled();
    return done;
}

bool EmployeeActions::requestTransferForCurrent() {
    if (m_readOnly || !m_view->currentEmployeeId())
        return false;
    return plannerpeople::addRequest(m_db, m_view->currentEmployeeId(), m_window);
}

bool EmployeeActions::addEmployee() {
    Employee fresh;
    fresh.unitId = m_view->model()->filter().unitId; // start in the unit the officer is looking at
    EmployeeDialog dialog(m_db, fresh, m_window);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    auto *command = new AddEmployeeCommand(m_db, dialog.employee());
    if (Status s = execute(command); !s) {
        dialogs::warning(m_window, tr("Employee not added"), s.error());
        return false;
    }
    m_view->selectEmployee(command->employeeId()); // the stack owns the command now
    return true;
}

bool EmployeeActions::editCurrent() {
    if (m_readOnly)
        return false;
    const auto before = EmployeeRepository(m_db).byId(m_view->currentEmployeeId());
    if (!before)
        return false;
    EmployeeDialog dialog(m_db, *before, m_window);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    const Employee after = dialog.employee();
    if (after == *before)
        return true;
    HistoryChange history = HistoryChange::None;
    if (employeehistory::rankChanged(*before, after) || employeehistory::postChanged(*before, after)) {
        const int choice = dialogs::choose(
            m_window, tr("Rank or post changed"),
            tr("The rank or the post (unit, position, TMT) of %1 changed. Is it a new entry in the history from "
               "its TMT (a promotion or a new post), or a correction of what was recorded wrongly?")
                .arg(before->fullName()),
            {tr("&New entry"), tr("&Correction")});
        if (choice < 0)
            return false;
        history = choice == 0 ? HistoryChange::NewEntry : HistoryChange::Correction;
    }
    if (Status s = execute(new EmployeeValueCommand(m_db, *before, after, history)); !s) {
        dialogs::warning(m_window, tr("Changes not saved"), s.error());
        return false;
    }
    return true;
}

bool EmployeeActions::editCompetence() {
    if (m_readOnly)
        return false;
    const auto employee = EmployeeRepository(m_db).byId(m_view->currentEmployeeId());
    if (!employee)
        return false;
    const CompetenceRecord before = competencechanges::load(m_db, employee->id);
    CompetenceDialog dialog(employee->fullName(), before, m_window);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    const CompetenceRecord after = dialog.record();
    if (after == before)
        return true;
    if (Status s = execute(new CompetenceCommand(m_db, *employee, before, after)); !s) {
        dialogs::warning(m_window, tr("Changes not saved"), s.error());
        return false;
    }
    return true;
}

bool EmployeeActions::deactivateCurrent() {
    const auto before = EmployeeRepository(m_db).byId(m_view->currentEmployeeId());
    if (!before || !before->active)
        return false;
    DeactivateDialog dialog(before->fullName(), m_window);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    Employee after = *before;
    after.active = false;
    after.inactiveReason = dialog.reason();
    after.inactiveDate = dialog.date();
    if (Status s = execute(new EmployeeValueCommand(m_db, *before, after)); !s) {
        dialogs::warning(m_window, tr("Not deactivated"), s.error());
        return false;
    }
    return true;
}

bool EmployeeActions::reactivateCurrent() {
    const auto before = EmployeeRepository(m_db).byId(m_view->currentEmployeeId());
    if (!before || before->active)
        return false;
    Employee after = *before;
    after.active = true;
    after.inactiveReason.reset();
    after.inactiveDate = QDate();
    if (Status s = execute(new EmployeeValueCommand(m_db, *before, after)); !s) {
        dialogs::warning(m_window, tr("Not reactivated"), s.error());
        return false;
    }
    return true;
}

QList<int> EmployeeActions::visibleColumns() const {
    QList<int> columns;
    const QHeaderView *header = m_view->table()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void EmployeeActions::copySelection() {
    QList<int> rows;
    for (const QModelIndex &index : m_view->table()->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    const QList<int> columns = visibleColumns();
    QStringList lines;
    for (int row : rows) {
        QStringList cells;
        for (int c : columns)
            cells << m_view->model()->index(row, c).data().toString().replace(QLatin1Char('\t'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

bool EmployeeActions::exportList(const QString &requestedPath) {
    QString path = requestedPath;
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = dialogs::saveFileName(m_window, tr("Export the employee list"),
                                     dir + QStringLiteral("/daftar-pegawai.xlsx"),
                                     tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const TextTable table = m_view->model()->toTable(visibleColumns());
    if (Status allowed = access::require(m_db, Permission::ExportData); !allowed) {
        QApplication::restoreOverrideCursor();
        dialogs::warning(m_window, tr("Export failed"), allowed.error());
        return false;
    }
    const Status s = csv ? spreadsheetexport::writeCsv(table, path)
                         : spreadsheetexport::writeXlsx(table, path, tr("Employees"));
    QApplication::restoreOverrideCursor();
    if (!s) {
        dialogs::warning(m_window, tr("Export failed"), s.error());
        return false;
    }
    Q_UNUSED(exportlog::record(m_db, QStringLiteral("employee-list"), path, int(table.rows.size())))
    return true;
}

void EmployeeActions::printList() {
    const int rows = m_view->model()->rowCount();
    if (rows > 5000 &&
        dialogs::question(m_window, tr("Print a long list"),
                          tr("The list has %1 rows, many pages on paper. Narrow it with the unit tree or the search "
                             "first, or print anyway?").arg(indonesian::number(rows)),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QList<int> columns = visibleColumns();
    const TextTable table = [&] {
        TextTable t;
        for (int c : columns)
            t.headers << m_view->model()->headerData(c, Qt::Horizontal).toString();
        for (int row = 0; row < rows; ++row) {
            QStringList cells;
            for (int c : columns)
                cells << m_view->model()->index(row, c).data().toString();
            t.rows << cells;
        }
        return t;
    }();
    QTextDocument document;
    document.setHtml(reporthtml::page(m_db, tr("Employee list"), reporthtml::table(table)));
    PageSetup setup;
    setup.orientation = QPageLayout::Landscape;
    setup.marginsMm = {12, 12, 12, 12};
    printing::preview(document, tr("Employee list"), setup, m_window);
}

void EmployeeActions::printProfile() {
    const auto e = EmployeeRepository(m_db).byId(m_view->currentEmployeeId());
    if (!e)
        return;
    QTextDocument document;
    document.setHtml(reporthtml::page(m_db, e->fullName(),
                                      EmployeeDetailPanel::profileHtml(employeeProfile(m_db, *e, Clock::today())) +
                                          EmployeeDetailPanel::timelineHtml(TransferRegister(m_db).timeline(e->id))));
    printing::preview(document, tr("Employee profile"), PageSetup(), m_window);
}

} // namespace imbang::ui
