#include "settingsdialog.h"

#include "audit/actor.h"
#include "domain/retirementpolicy.h"
#include "i18n/translations.h"
#include "planner/plannersettingspage.h"
#include "records/scoremappingpage.h"
#include "settings/settingkeys.h"
#include "storage/changebus.h"
#include "storage/sqlutil.h"
#include "util/dialoghooks.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace imbang::ui {
namespace {

// Rows of the retirement-age table: storage key and the label officers read.
QList<std::pair<QString, QString>> retirementRows() {
    using codes::displayName;
    using codes::toCode;
    return {
        {toCode(PositionKind::Jpt), displayName(PositionKind::Jpt)},
        {toCode(PositionKind::Administrator), displayName(PositionKind::Administrator)},
        {toCode(PositionKind::Pengawas), displayName(PositionKind::Pengawas)},
        {toCode(PositionKind::Pelaksana), displayName(PositionKind::Pelaksana)},
        {toCode(PositionLevel::AhliPertama), SettingsDialog::tr("Functional, %1").arg(displayName(PositionLevel::AhliPertama))},
        {toCode(PositionLevel::AhliMuda), SettingsDialog::tr("Functional, %1").arg(displayName(PositionLevel::AhliMuda))},
        {toCode(PositionLevel::AhliMadya), SettingsDialog::tr("Functional, %1").arg(displayName(PositionLevel::AhliMadya))},
        {toCode(PositionLevel::AhliUtama), SettingsDialog::tr("Functional, %1").arg(displayName(PositionLevel::AhliUtama))},
        {toCode(PositionLevel::Pemula), SettingsDialog::tr("Functional, %1").arg(displayName(PositionLevel::Pemula))},
        {toCode(PositionLevel::Terampil), SettingsDialog::tr("Functional, %1").arg(displayName(PositionLevel::Terampil))},
        {toCode(PositionLevel::Mahir), SettingsDialog::tr("Functional, %1").arg(displayName(PositionLevel::Mahir))},
        {toCode(PositionLevel::Penyelia), SettingsDialog::tr("Functional, %1").arg(displayName(PositionLevel::Penyelia))},
        {QStringLiteral("GURU"), SettingsDialog::tr("Teachers (guru)")},
    };
}

} // namespace

SettingsDialog::SettingsDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_tabs(new QTabWidget(this)) {
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(makeGeneralPage(), tr("&General"));
    if (m_db.isValid()) {
        m_tabs->addTab(makeRetirementPage(), tr("&Retirement ages"));
        m_planner = new PlannerSettingsPage(m_db, this);
        m_tabs->addTab(m_planner, tr("P&lanner"));
        m_scoreMapping = new ScoreMappingPage(m_db, this);
        m_tabs->addTab(m_scoreMapping, tr("Per&formance"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 480);
}

QWidget *SettingsDialog::makeGeneralPage() {
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(i18n::chosenLanguage()));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language takes effect when Imbang starts again."), page));
    if (m_db.isValid()) {
        m_operator = new QLineEdit(page);
        m_operator->setText(Settings(m_db).get(settingkeys::operatorName));
        m_operator->setPlaceholderText(tr("Your name, as it should appear in the audit trail"));
        form->addRow(tr("&Operator name:"), m_operator);
    }
    return page;
}

QWidget *SettingsDialog::makeRetirementPage() {
    auto *page = new QWidget(this);
    const RetirementPolicy policy = RetirementPolicy::fromSettingText(Settings(m_db).get(settingkeys::retirementAges));
    const auto rows = retirementRows();
    m_retirement = new QTableWidget(int(rows.size()), 2, page);
    m_retirement->setHorizontalHeaderLabels({tr("Position"), tr("Retirement age")});
    m_retirement->verticalHeader()->setVisible(false);
    m_retirement->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int r = 0; r < rows.size(); ++r) {
        auto *label = new QTableWidgetItem(rows.at(r).second);
        label->setFlags(Qt::ItemIsEnabled);
        label->setData(Qt::UserRole, rows.at(r).first);
        m_retirement->setItem(r, 0, label);
        auto *spin = new QSpinBox(m_retirement);
        spin->setRange(40, 75);
        spin->setSuffix(tr(" years"));
        spin->setValue(policy.age(rows.at(r).first));
        m_retirement->setCellWidget(r, 1, spin);
    }
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Retirement age (BUP) per position, PP 11/2017 and UU 20/2023 by default. "
                                    "Pension starts on the first day of the month after that birthday."),
                                 page));
    layout->addWidget(m_retirement);
    return page;
}

void SettingsDialog::addPage(QWidget *page, const QString &title) { m_tabs->addTab(page, title); }

void SettingsDialog::accept() {
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != i18n::chosenLanguage();
    i18n::saveChosenLanguage(language);
    if (m_db.isValid()) {
        // Wrong values keep the dialog open on their page, and nothing is stored.
        const auto refused = [this](QWidget *page, const Problems &problems) {
            if (!hasErrors(problems))
                return false;
            m_tabs->setCurrentWidget(page);
            QStringList messages;
            for (const Problem &p : problems)
                messages << p.message;
            dialogs::warning(this, tr("Settings not saved"), messages.join(QLatin1Char('\n')));
            return true;
        };
        if (refused(m_planner, m_planner->problems()) || refused(m_scoreMapping, m_scoreMapping->problems()))
            return;
        Settings settings(m_db);
        sql::Transaction tx(m_db);
        Status saved = settings.set(settingkeys::operatorName, m_operator->text().simplified());
        RetirementPolicy policy;
        for (int r = 0; r < m_retirement->rowCount(); ++r)
            policy.setAge(m_retirement->item(r, 0)->data(Qt::UserRole).toString(),
                          qobject_cast<QSpinBox *>(m_retirement->cellWidget(r, 1))->value());
        if (saved)
            saved = settings.set(settingkeys::retirementAges, policy.toSettingText());
        if (saved)
            saved = m_planner->save();
        if (saved)
            saved = m_scoreMapping->save();
        if (saved)
            saved = tx.commit();
        if (!saved) {
            dialogs::critical(this, tr("Settings not saved"), saved.error());
            return;
        }
        if (!m_operator->text().simplified().isEmpty())
            actor::setCurrent(m_operator->text().simplified());
        ChangeBus::notify(QStringLiteral("settings")); // retirement dates and planner limits shown everywhere follow
    }
    QDialog::accept();
}

} // namespace imbang::ui
