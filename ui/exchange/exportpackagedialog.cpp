#include "exportpackagedialog.h"

#include "exchange/officedirectory.h"
#include "exchange/officekeys.h"
#include "exchangefiledialogs.h"
#include "exchangeworker.h"
#include "records/unitrepository.h"
#include "storage/database.h"
#include "storage/officeinfo.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imbang::exchangeui {

using namespace imbang::exchange;

ExportPackageDialog::ExportPackageDialog(const Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_worker(new ExchangeWorker(database, this)) {
    setWindowTitle(tr("Export exchange package"));
    const QSqlDatabase db = database.connection();

    auto *scopeBox = new QGroupBox(tr("What to send"));
    m_allData = new QRadioButton(tr("All data of this office"));
    m_someUnits = new QRadioButton(tr("Only the chosen units, with their sub-units"));
    m_allData->setChecked(true);
    m_unitFilter = new QLineEdit;
    m_unitFilter->setPlaceholderText(tr("Find a unit by code or name"));
    m_unitFilter->setClearButtonEnabled(true);
    m_units = new QTreeWidget;
    m_units->setHeaderLabels({tr("Code"), tr("Unit")});
    m_units->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_units->setMinimumHeight(160);
    {
        // The unit tree; a unit that is ticked takes its sub-units along.
        QHash<qint64, QTreeWidgetItem *> items;
        const QList<Unit> units = UnitRepository(db).all();
        for (const Unit &u : units) {
            auto *item = new QTreeWidgetItem({u.code, u.name});
            item->setData(0, Qt::UserRole, u.code);
            item->setCheckState(0, Qt::Unchecked);
            items.insert(u.id, item);
        }
        for (const Unit &u : units) {
            QTreeWidgetItem *item = items.value(u.id);
            if (QTreeWidgetItem *parentItem = items.value(u.parentId))
                parentItem->addChild(item);
            else
                m_units->addTopLevelItem(item);
        }
    }
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_allData);
    scopeLayout->addWidget(m_someUnits);
    scopeLayout->addWidget(m_unitFilter);
    scopeLayout->addWidget(m_units);

    auto *targetBox = new QGroupBox(tr("For which office"));
    m_target = new QComboBox;
    m_target->addItem(tr("Any office (a package for whoever needs it)"), QString());
    // Only trusted offices: their key, confirmed by its fingerprint, is what the package is encrypted to.
    for (const KnownOffice &o : OfficeDirectory(db).all())
        if (o.trusted)
            m_target->addItem(o.region.isEmpty() ? o.name : tr("%1 (%2)").arg(o.name, o.region),
                              o.officeId.toString(QUuid::WithoutBraces));
    m_sinceLast = new QCheckBox(tr("Only what changed since the last package sent to this office"));
    m_unencrypted = new QCheckBox(tr("Write it NOT encrypted: anyone who gets the file can read the personal data "
                                     "in it"));
    m_encryption = new QLabel;
    m_encryption->setWordWrap(true);
    auto *targetHint = new QLabel(tr("Trusted offices appear here after one of their packages was imported. A "
                                     "package for an office is encrypted so that only that office can open it, and "
                                     "Imbang remembers what it has, so that its answer merges without false "
                                     "conflicts."));
    targetHint->setWordWrap(true);
    targetHint->setForegroundRole(QPalette::PlaceholderText);
    auto *targetLayout = new QVBoxLayout(targetBox);
    targetLayout->addWidget(m_target);
    targetLayout->addWidget(m_sinceLast);
    targetLayout->addWidget(m_unencrypted);
    targetLayout->addWidget(m_encryption);
    targetLayout->addWidget(targetHint);

    m_file = new QLineEdit;
    const OfficeInfo office = OfficeInfo::load(db);
    QString base = office.name.isEmpty() ? QStringLiteral("imbang") : office.name;
    base.replace(QLatin1Char(' '), QLatin1Char('-'));
    m_file->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(QStringLiteral("%1-%2.imbang").arg(base, Clock::today().toString(Qt::ISODate))));
    m_browse = new QPushButton(tr("Choose…"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Save as:"), fileRow);

    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    if (auto keys = OfficeKeys::load(db))
        m_status->setText(tr("Packages of this office are signed with key %1.").arg(keys->fingerprint()));
    else
        m_status->setText(tr("The office's signing key will be made with the first package."));

    auto *buttons = new QDialogButtonBox;
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox, 1);
    layout->addWidget(targetBox);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 640);

    connect(m_allData, &QRadioButton::toggled, this, &ExportPackageDialog::updateState);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ExportPackageDialog::updateState);
    connect(m_unencrypted, &QCheckBox::toggled, this, &ExportPackageDialog::updateState);
    connect(m_unitFilter, &QLineEdit::textChanged, this, &ExportPackageDialog::filterUnits);
    connect(m_units, &QTreeWidget::itemChanged, this, &ExportPackageDialog::updateState);
    connect(m_file, &QLineEdit::textChanged, this, &ExportPackageDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ExportPackageDialog::chooseFile);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportPackageDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (m_worker->isRunning())
            m_worker->cancel();
        else
            reject();
    });
    connect(m_worker, &ExchangeWorker::progress, this, [this](int percent, const QString &step) {
        m_progress->setValue(percent);
        m_status->setText(step);
    });
    connect(m_worker, &ExchangeWorker::finished, this, &ExportPackageDialog::finish);
    updateState();
}

ExportPackageDialog::~ExportPackageDialog() = default;

void ExportPackageDialog::setFileName(const QString &path) { m_file->setText(path); }

void ExportPackageDialog::chooseUnits(const QStringList &codes) {
    m_someUnits->setChecked(true);
    for (QTreeWidgetItemIterator it(m_units); *it; ++it)
        (*it)->setCheckState(0, codes.contains((*it)->data(0, Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

void ExportPackageDialog::chooseTargetOffice(const QString &officeName, bool sinceLast) {
    for (int i = 0; i < m_target->count(); ++i)
        if (m_target->itemText(i).startsWith(officeName))
            m_target->setCurrentIndex(i);
    m_sinceLast->setChecked(sinceLast);
}

void ExportPackageDialog::allowUnencrypted(bool allow) { m_unencrypted->setChecked(allow); }

bool ExportPackageDialog::canExport() const { return m_exportButton->isEnabled(); }

ExportOptions ExportPackageDialog::options() const {
    ExportOptions options;
    if (m_someUnits->isChecked())
        for (QTreeWidgetItemIterator it(m_units, QTreeWidgetItemIterator::Checked); *it; ++it)
            options.unitCodes << (*it)->data(0, Qt::UserRole).toString();
    options.targetOffice = m_target->currentData().toString();
    options.sinceLast = !options.targetOffice.isEmpty() && m_sinceLast->isChecked();
    options.unencrypted = options.targetOffice.isEmpty() && m_unencrypted->isChecked();
    return options;
}

bool ExportPackageDialog::isRunning() const { return m_worker->isRunning(); }

void ExportPackageDialog::waitForFinished() { m_worker->wait(); }

void ExportPackageDialog::chooseFile() {
    const QString path = chooseExportFile(this, m_file->text());
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportPackageDialog::filterUnits(const QString &text) {
    const QString wanted = text.trimmed();
    for (QTreeWidgetItemIterator it(m_units); *it; ++it) {
        const bool match = wanted.isEmpty() || (*it)->text(0).contains(wanted, Qt::CaseInsensitive) ||
                           (*it)->text(1).contains(wanted, Qt::CaseInsensitive);
        (*it)->setHidden(!match);
        if (match && !wanted.isEmpty())
            for (QTreeWidgetItem *p = (*it)->parent(); p; p = p->parent()) {
                p->setHidden(false);
                p->setExpanded(true);
            }
    }
}

void ExportPackageDialog::updateState() {
    const bool running = m_worker->isRunning();
    m_units->setEnabled(!running && m_someUnits->isChecked());
    m_unitFilter->setEnabled(!running && m_someUnits->isChecked());
    const bool addressed = !m_target->currentData().toString().isEmpty();
    m_sinceLast->setEnabled(!running && addressed);
    m_unencrypted->setVisible(!addressed);
    m_unencrypted->setEnabled(!running);
    if (addressed)
        m_encryption->setText(tr("The package will be encrypted for %1: only that office can open it.")
                                  .arg(m_target->currentText()));
    else if (m_unencrypted->isChecked())
        m_encryption->setText(tr("The package will NOT be encrypted. Give it only to the office it is meant for "
                                 "and delete it once it has been imported."));
    else
        m_encryption->setText(tr("Choose the office the package is for, so that it is encrypted, or tick the box "
                                 "above to write it without encryption."));
    const bool unitsChosen = !m_someUnits->isChecked() || !options().unitCodes.isEmpty();
    const bool encryptionChosen = addressed || m_unencrypted->isChecked();
    m_exportButton->setEnabled(!running && unitsChosen && encryptionChosen && !m_file->text().trimmed().isEmpty());
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
    for (QWidget *w : {static_cast<QWidget *>(m_allData), static_cast<QWidget *>(m_someUnits),
                       static_cast<QWidget *>(m_target), static_cast<QWidget *>(m_file),
                       static_cast<QWidget *>(m_browse)})
        w->setEnabled(!running);
}

void ExportPackageDialog::startExport() {
    if (m_worker->isRunning())
        return;
    const ExportOptions exportOptions = options();
    const QString path = m_file->text().trimmed();
    auto result = std::make_shared<Expected<ExportSummary>>(
        Expected<ExportSummary>::failure(PackageExporter::cancelledMessage()));
    m_result = result;
    m_progress->setValue(0);
    m_worker->start([exportOptions, path, result](const QSqlDatabase &db, const std::atomic_bool &cancel,
                                                  const ExchangeWorker::Progress &progress) {
        PackageExporter exporter(db);
        exporter.setCancelFlag(&cancel);
        exporter.setProgress(progress);
        *result = exporter.exportTo(path, exportOptions);
        return result->ok() ? QString() : result->error();
    });
    updateState();
}

void ExportPackageDialog::finish(const QString &error) {
    updateState();
    if (!error.isEmpty() || !m_result || !*m_result) {
        m_progress->setValue(0);
        const QString message = error.isEmpty() ? PackageExporter::cancelledMessage() : error;
        m_status->setText(message);
        emit failed(message);
        return;
    }
    const ExportSummary &s = m_result->value();
    m_progress->setValue(100);
    const QString saved = tr("Saved %1: %2 records (%3 employees, %4 units), %5 KB, signed with key %6.")
                              .arg(QDir::toNativeSeparators(s.path))
                              .arg(s.records())
                              .arg(s.employees)
                              .arg(s.units)
                              .arg((s.bytes + 1023) / 1024)
                              .arg(s.fingerprint);
    const QString encryption = s.encrypted ? tr("Encrypted for %1.").arg(s.targetName)
                                           : tr("Not encrypted.");
    m_status->setText(tr("%1 %2", "saved message, then whether it was encrypted").arg(saved, encryption));
    emit exported(s);
}

void ExportPackageDialog::reject() {
    if (m_worker->isRunning()) {
        m_worker->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace imbang::exchangeui
