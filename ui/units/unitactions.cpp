#include "unitactions.h"

#include "importing/unitlistimporter.h"
#include "importing/workbookloader.h"
#include "models/unittreemodel.h"
#include "records/unitrepository.h"
#include "undo/recordcommands.h"
#include "units/chooseunitdialog.h"
#include "units/needsdialog.h"
#include "units/positioncatalogdialog.h"
#include "units/unitdialog.h"
#include "util/dialoghooks.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMenu>
#include <QTreeView>

namespace imbang::ui {

UnitActions::UnitActions(QSqlDatabase db, Workspace *workspace, QWidget *window)
    : QObject(workspace), m_db(std::move(db)), m_workspace(workspace), m_window(window) {
    const auto make = [this](const QString &text, auto slot) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_addAgency = make(tr("New &agency…"), [this] { addUnit(false); });
    m_addSubunit = make(tr("New &sub-unit…"), [this] { addUnit(true); });
    m_edit = make(tr("&Edit unit…"), [this] { editSelected(); });
    m_move = make(tr("&Move unit…"), [this] { moveSelected(); });
    m_merge = make(tr("Mer&ge into another unit…"), [this] { mergeSelected(); });
    m_close = make(tr("&Close unit…"), [this] { closeSelected(); });
    m_reopen = make(tr("&Reopen unit"), [this] { reopenSelected(); });
    m_needs = make(tr("Staffing &needs…"), [this] { editNeeds(); });
    m_positions = make(tr("&Position catalogue…"), [this] { editPositions(); });
    m_importUnits = make(tr("&Import unit list…"), [this] { importUnitList(); });

    QTreeView *tree = m_workspace->unitTree();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](const QPoint &pos) {
        QMenu menu;
        fillMenu(&menu);
        menu.exec(tree->viewport()->mapToGlobal(pos));
    });
    connect(m_workspace, &Workspace::unitSelected, this, &UnitActions::updateEnabled);
    connect(m_workspace->unitModel(), &UnitTreeModel::unitDropped, this, &UnitActions::moveUnit);
    updateEnabled();
}

void UnitActions::fillMenu(QMenu *menu) const {
    for (QAction *a : {m_addAgency, m_addSubunit, m_edit, m_move, m_merge, m_close, m_reopen})
        menu->addAction(a);
    menu->addSeparator();
    menu->addAction(m_needs);
    menu->addAction(m_positions);
    menu->addSeparator();
    menu->addAction(m_importUnits);
}

qint64 UnitActions::selected() const { return m_workspace->selectedUnitId(); }

void UnitActions::updateEnabled() {
    const std::optional<Unit> unit = selected() ? UnitRepository(m_db).byId(selected()) : std::nullopt;
    for (QAction *a : {m_addSubunit, m_edit, m_move, m_merge, m_needs})
        a->setEnabled(unit && unit->isOpen());
    m_close->setEnabled(unit && unit->isOpen());
    m_reopen->setEnabled(unit && !unit->isOpen());
}

bool UnitActions::addUnit(bool asSubunit) {
    Unit fresh;
    if (asSubunit) {
        const std::optional<Unit> parent = UnitRepository(m_db).byId(selected());
        if (!parent)
            return false;
        fresh.parentId = parent->id;
        fresh.region = parent->region;
        fresh.kind = UnitKind::School;
        fresh.code = parent->code + QLatin1Char('.');
    } else {
        fresh.region = m_workspace->selectedRegion();
    }
    UnitDialog dialog(m_db, fresh, m_window);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    auto *command = new AddUnitCommand(m_db, dialog.unit());
    if (Status s = execute(command); !s) {
        dialogs::warning(m_window, tr("Unit not added"), s.error());
        return false;
    }
    m_workspace->selectUnit(command->unitId());
    return true;
}

bool UnitActions::editSelected() {
    const std::optional<Unit> before = UnitRepository(m_db).byId(selected());
    if (!before)
        return false;
    UnitDialog dialog(m_db, *before, m_window);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    const Unit after = dialog.unit();
    if (Status s = execute(new UnitValueCommand(m_db, *before, after,
                                                before->name != after.name
                                                    ? tr("Rename unit %1 to %2").arg(before->name, after.name)
                                                    : tr("Edit unit %1").arg(after.name)));
        !s) {
        dialogs::warning(m_window, tr("Unit not saved"), s.error());
        return false;
    }
    return true;
}

bool UnitActions::moveUnit(qint64 unitId, qint64 newParentId) {
    const std::optional<Unit> before = UnitRepository(m_db).byId(unitId);
    if (!before || before->parentId == newParentId)
        return false;
    Unit after = *before;
    after.parentId = newParentId;
    const QString parentName = newParentId ? UnitRepository(m_db).byId(newParentId).value_or(Unit()).name : QString();
    const QString text = newParentId ? tr("Move unit %1 under %2").arg(before->name, parentName)
                                     : tr("Make %1 a top-level agency").arg(before->name);
    if (Status s = execute(new UnitValueCommand(m_db, *before, after, text)); !s) {
        dialogs::warning(m_window, tr("Unit not moved"), s.error());
        return false;
    }
    m_workspace->selectUnit(unitId);
    return true;
}

bool UnitActions::moveSelected() {
    const std::optional<Unit> unit = UnitRepository(m_db).byId(selected());
    if (!unit)
        return false;
    ChooseUnitDialog dialog(m_db, {tr("Move %1").arg(unit->name), tr("Move %1 and everything below it under:").arg(unit->name),
                                   unit->id, true, false},
                            m_window);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    return moveUnit(unit->id, dialog.unitId());
}

bool UnitActions::mergeSelected() {
    const std::optional<Unit> unit = UnitRepository(m_db).byId(selected());
    if (!unit)
        return false;
    ChooseUnitDialog dialog(m_db, {tr("Merge %1").arg(unit->name),
                                   tr("The people, sub-units and needs of %1 move to the unit chosen here, and %1 is "
                                      "closed on the date given.").arg(unit->name),
                                   unit->id, false, true},
                            m_window);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    const std::optional<Unit> into = UnitRepository(m_db).byId(dialog.unitId());
    if (!into)
        return false;
    if (Status s = execute(new MergeUnitsCommand(m_db, unit->id, into->id, dialog.date(),
                                                 tr("Merge unit %1 into %2").arg(unit->name, into->name)));
        !s) {
        dialogs::warning(m_window, tr("Units not merged"), s.error());
        return false;
    }
    m_workspace->selectUnit(into->id);
    return true;
}

bool UnitActions::closeSelected() {
    const std::optional<Unit> before = UnitRepository(m_db).byId(selected());
    if (!before)
        return false;
    ChooseDateDialog dialog(tr("Close %1").arg(before->name),
                            tr("A closed unit keeps its history but takes no new people. It must be empty."), m_window);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    Unit after = *before;
    after.closedOn = dialog.date();
    if (Status s = execute(new UnitValueCommand(m_db, *before, after, tr("Close unit %1").arg(before->name))); !s) {
        dialogs::warning(m_window, tr("Unit not closed"), s.error());
        return false;
    }
    return true;
}

bool UnitActions::reopenSelected() {
    const std::optional<Unit> before = UnitRepository(m_db).byId(selected());
    if (!before || before->isOpen())
        return false;
    Unit after = *before;
    after.closedOn = QDate();
    if (Status s = execute(new UnitValueCommand(m_db, *before, after, tr("Reopen unit %1").arg(before->name))); !s) {
        dialogs::warning(m_window, tr("Unit not reopened"), s.error());
        return false;
    }
    return true;
}

void UnitActions::editNeeds() {
    if (!selected())
        return;
    NeedsDialog dialog(m_db, selected(), m_window);
    dialogs::exec(dialog);
}

void UnitActions::editPositions() {
    PositionCatalogDialog dialog(m_db, m_window);
    dialogs::exec(dialog);
}

} // namespace imbang::ui

namespace imbang::ui {

bool UnitActions::importUnitList(const QString &requestedPath) {
    const QString path = requestedPath.isEmpty()
                             ? dialogs::openFileName(m_window, tr("Import a unit list"), QString(),
                                                     tr("Spreadsheets (*.xlsx *.ods *.csv *.txt);;All files (*)"))
                             : requestedPath;
    if (path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto book = WorkbookLoader::load(path);
    const int sheet = book ? book->firstSheetWithData() : -1;
    Expected<UnitImportResult> result =
        !book ? Expected<UnitImportResult>::failure(book.error())
        : sheet < 0 ? Expected<UnitImportResult>::failure(tr("%1 contains no data: every sheet is empty.").arg(QFileInfo(path).fileName()))
                    : UnitListImporter::import(m_db, book->sheets.at(sheet));
    QApplication::restoreOverrideCursor();
    if (!result) {
        dialogs::warning(m_window, tr("Unit list not imported"), result.error());
        return false;
    }
    QStringList lines{tr("New units: %1, updated: %2, unchanged: %3, rejected: %4.")
                          .arg(result->inserted).arg(result->updated).arg(result->unchanged).arg(result->rejected.size())};
    for (const auto &p : std::as_const(result->rejected).mid(0, 20))
        lines << tr("Row %1: %2").arg(p.row).arg(p.message);
    dialogs::information(m_window, tr("Unit list imported"), lines.join(QLatin1Char('\n')));
    return true;
}

} // namespace imbang::ui
