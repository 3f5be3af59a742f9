#include "needsdialog.h"

#include "records/positionrepository.h"
#include "records/unitrepository.h"
#include "storage/changebus.h"
#include "undo/recordcommands.h"
#include "util/dialoghooks.h"
#include "util/indonesianformat.h"
#include "widgets/recordcombo.h"
#include "workload/staffinglevels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace imbang::ui {
namespace {
enum Column { PositionColumn, NeedColumn, InPostColumn, GapColumn, SourceColumn, ColumnCount };
}

NeedsDialog::NeedsDialog(QSqlDatabase db, qint64 unitId, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_unitId(unitId), m_table(new QTableWidget(this)),
      m_newPosition(new RecordCombo(this)) {
    const std::optional<Unit> unit = UnitRepository(m_db).byId(unitId);
    setWindowTitle(tr("Staffing needs of %1").arg(unit ? unit->name : QString()));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Position"), tr("Need"), tr("In post"), tr("Gap"), tr("Source")});
    m_table->horizontalHeader()->setSectionResizeMode(PositionColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const Position &p : PositionRepository(m_db).all())
        m_newPosition->addRecord(p.name, p.id);
    m_newPosition->setCurrentIndex(-1);
    auto *add = new QPushButton(tr("&Add need"), this);
    auto *remove = new QPushButton(tr("&Remove need"), this);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(new QLabel(tr("Position:"), this));
    addRow->addWidget(m_newPosition, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *hint = new QLabel(tr("Type the need in the Need column. Gap = in post - need: positive is a surplus, "
                               "negative a shortage."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(close);
    resize(760, 520);

    connect(add, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_newPosition->currentId())
            setNeed(id, 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const qint64 positionId = m_table->item(row, PositionColumn)->data(Qt::UserRole).toLongLong();
        const auto before = StaffingNeedRepository(m_db).find(m_unitId, positionId);
        if (!before)
            return;
        if (Status s = execute(new NeedCommand(m_db, m_unitId, positionId, before, std::nullopt,
                                               tr("Remove the need for %1").arg(m_table->item(row, PositionColumn)->text())));
            !s)
            dialogs::warning(this, tr("Need not removed"), s.error());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && item->column() == NeedColumn)
            commitRow(item->row());
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, &NeedsDialog::reload);
    reload();
}

void NeedsDialog::reload() {
    m_loading = true;
    QHash<qint64, QString> names;
    for (const Position &p : PositionRepository(m_db).all())
        names.insert(p.id, p.name);
    QList<StaffingLevel> levels;
    for (const StaffingLevel &l : staffing::allLevels(m_db))
        if (l.unitId == m_unitId)
            levels << l;
    QHash<qint64, QString> sources;
    for (const StaffingNeed &n : StaffingNeedRepository(m_db).forUnit(m_unitId))
        sources.insert(n.positionId, n.source);
    m_table->setRowCount(int(levels.size()));
    for (int row = 0; row < levels.size(); ++row) {
        const StaffingLevel &l = levels.at(row);
        const auto cell = [&](int column, const QString &text, bool editable = false) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                                    : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            if (column != PositionColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
            return item;
        };
        cell(PositionColumn, names.value(l.positionId))->setData(Qt::UserRole, l.positionId);
        cell(NeedColumn, indonesian::decimal(l.need, 2), true);
        cell(InPostColumn, QString::number(l.inPost));
        QTableWidgetItem *gap = cell(GapColumn, indonesian::decimal(l.gap(), 2));
        gap->setForeground(l.gap() < 0 ? QColor(0xb3, 0x58, 0x06) : l.gap() > 0 ? QColor(0x21, 0x66, 0xac) : QColor());
        cell(SourceColumn, sources.value(l.positionId, tr("none")));
    }
    m_loading = false;
}

void NeedsDialog::commitRow(int row) {
    const qint64 positionId = m_table->item(row, PositionColumn)->data(Qt::UserRole).toLongLong();
    QString text = m_table->item(row, NeedColumn)->text().trimmed();
    text.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.')); // 1.234,5 -> 1234.5
    bool ok = false;
    const double need = text.toDouble(&ok);
    if (!ok || need < 0) {
        dialogs::warning(this, tr("Not a number"),
                         tr("\"%1\" is not a need; type a number such as 3 or 2,5.").arg(m_table->item(row, NeedColumn)->text()));
        reload();
        return;
    }
    setNeed(positionId, need);
}

void NeedsDialog::setNeed(qint64 positionId, double need) {
    const std::optional<StaffingNeed> before = StaffingNeedRepository(m_db).find(m_unitId, positionId);
    StaffingNeed after{m_unitId, positionId, need, StaffingNeedRepository::sourceDirect(), before ? before->note : QString()};
    const QString position = PositionRepository(m_db).byId(positionId).value_or(Position()).name;
    if (Status s = execute(new NeedCommand(m_db, m_unitId, positionId, before, after,
                                           tr("Set the need for %1 to %2").arg(position, indonesian::decimal(need, 2))));
        !s)
        dialogs::warning(this, tr("Need not saved"), s.error());
}

} // namespace imbang::ui
