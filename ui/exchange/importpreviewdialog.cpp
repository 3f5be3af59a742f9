#include "importpreviewdialog.h"

#include "exchange/packageimporter.h"
#include "exchangefiledialogs.h"
#include "exchangeworker.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imbang::exchangeui {

using namespace imbang::exchange;

namespace {
constexpr int keyRole = Qt::UserRole + 1;
QString dateTimeText(const QDateTime &dt) {
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(const Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_worker(new ExchangeWorker(database, this)) {
    setWindowTitle(tr("Import exchange package"));

    auto *signerBox = new QGroupBox(tr("Sender"));
    m_signerBox = signerBox;
    m_sender = new QLabel;
    m_sender->setWordWrap(true);
    m_sender->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint = new QLabel;
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    mono.setBold(true);
    m_fingerprint->setFont(mono);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signerStatus = new QLabel;
    m_signerStatus->setWordWrap(true);
    m_encryption = new QLabel;
    m_encryption->setWordWrap(true);
    m_trust = new QCheckBox;
    m_trust->setVisible(false);
    m_compareButton = new QPushButton(tr("Show what would change"));
    m_compareButton->setVisible(false);
    auto *signerForm = new QFormLayout(signerBox);
    signerForm->addRow(tr("Office:"), m_sender);
    signerForm->addRow(tr("Key fingerprint:"), m_fingerprint);
    signerForm->addRow(tr("Trust:"), m_signerStatus);
    signerForm->addRow(tr("Encryption:"), m_encryption);
    signerForm->addRow(m_trust);
    signerForm->addRow(m_compareButton);

    m_counts = new QTableWidget(0, 7);
    m_counts->setHorizontalHeaderLabels({tr("Data"), tr("New"), tr("Updated"), tr("Deleted"), tr("Unchanged"),
                                         tr("Newer here"), tr("Conflicts")});
    m_counts->verticalHeader()->setVisible(false);
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->setFocusPolicy(Qt::NoFocus);
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 7; ++c)
        m_counts->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_conflictsTitle = new QLabel;
    m_conflictsTitle->setWordWrap(true);
    m_conflicts = new QTreeWidget;
    m_conflicts->setColumnCount(4);
    m_conflicts->setHeaderLabels({tr("Record"), tr("Here (mine)"), tr("Sender (theirs)"), tr("Keep")});
    m_conflicts->header()->setStretchLastSection(false);
    m_conflicts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_conflicts->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_conflicts->setAlternatingRowColors(true);
    m_allMine = new QPushButton(tr("Keep mine for all"));
    m_allTheirs = new QPushButton(tr("Take theirs for all"));
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(m_conflictsTitle, 1);
    allRow->addWidget(m_allMine);
    allRow->addWidget(m_allTheirs);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_step = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_countsTitle = new QLabel(tr("What importing would change:"));
    m_errorLabel = new QLabel;
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    QPalette red = m_errorLabel->palette();
    red.setColor(QPalette::WindowText, QColor(0xB0, 0x20, 0x20));
    m_errorLabel->setPalette(red);
    QFont bigger = m_errorLabel->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_errorLabel->setFont(bigger);

    auto *buttons = new QDialogButtonBox;
    m_applyButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(signerBox);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_countsTitle);
    layout->addWidget(m_counts);
    layout->addLayout(allRow);
    layout->addWidget(m_conflicts, 100);
    layout->addStretch(1); // takes the room while there is no conflict list
    layout->addWidget(m_message);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(820, 680);

    connect(m_trust, &QCheckBox::toggled, this, &ImportPreviewDialog::updateState);
    connect(m_compareButton, &QPushButton::clicked, this, &ImportPreviewDialog::startPreview);
    connect(m_applyButton, &QPushButton::clicked, this, &ImportPreviewDialog::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, &ImportPreviewDialog::reject);
    connect(m_allMine, &QPushButton::clicked, this, [this] { setAllResolutions(Resolution::KeepMine); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { setAllResolutions(Resolution::TakeTheirs); });
    connect(m_worker, &ExchangeWorker::progress, this, [this](int percent, const QString &step) {
        m_progress->setValue(percent);
        m_step->setText(step);
    });
    updateState();
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

bool ImportPreviewDialog::chooseAndOpen() {
    const QString path = chooseImportFile(this);
    return !path.isEmpty() && openPackage(path);
}

bool ImportPreviewDialog::openPackage(const QString &path) {
    m_importer = std::make_shared<PackageImporter>();
    m_preview.reset();
    m_result.reset();
    m_error.clear();
    m_errorLabel->setVisible(false);
    m_counts->setRowCount(0);
    m_conflicts->clear();
    setWindowTitle(tr("Import exchange package: %1").arg(QFileInfo(path).fileName()));
    if (Status s = m_importer->open(path, m_database.connection()); !s) {
        m_importer.reset();
        showError(s.error());
        updateState();
        return false;
    }
    showSigner();
    if (m_importer->signerAccepted())
        startPreview();
    updateState();
    return true;
}

void ImportPreviewDialog::showSigner() {
    const SignerInfo &signer = m_importer->signer();
    const PackageHeader &header = m_importer->header();
    m_sender->setText(tr("%1, %2 — package made %3 by Imbang %4")
                          .arg(signer.officeName, signer.region, dateTimeText(header.createdAt),
                               header.writerAppVersion));
    m_fingerprint->setText(signer.fingerprint);
    m_encryption->setText(header.encrypted()
                              ? tr("Encrypted for this office: nobody else could read it on the way.")
                              : tr("NOT encrypted: anyone who had the file could read the personal data in it."));
    const bool accepted = m_importer->signerAccepted();
    const bool mayTrust = signer.status == SignerStatus::Unknown || signer.status == SignerStatus::KeyChanged;
    QString status;
    switch (signer.status) {
    case SignerStatus::Own:
    case SignerStatus::Trusted:
        status = signer.statusText();
        break;
    case SignerStatus::Unknown:
        status = tr("This office is not trusted yet. Call %1 and ask them to read out their key fingerprint "
                    "(Settings > Trusted offices). Trust it only if it matches the one above.")
                     .arg(signer.officeName);
        break;
    case SignerStatus::KeyChanged:
        status = tr("Warning: %1 signed its earlier packages with another key. Trust the new key only if the "
                    "office confirms by phone that it made a new one.")
                     .arg(signer.officeName);
        break;
    case SignerStatus::Impostor:
        status = tr("This package claims to come from this office itself but is signed with another key. It cannot "
                    "be imported.");
        break;
    }
    m_signerStatus->setText(status);
    m_trust->setText(tr("I compared the fingerprint with %1 by phone: trust this office").arg(signer.officeName));
    m_trust->setChecked(false);
    m_trust->setVisible(!accepted && mayTrust);
    m_compareButton->setVisible(!accepted && mayTrust);
}

void ImportPreviewDialog::setTrustConfirmed(bool confirmed) { m_trust->setChecked(confirmed); }

void ImportPreviewDialog::startPreview() {
    if (!m_importer || m_worker->isRunning())
        return;
    const bool trust = m_trust->isChecked();
    if (!m_importer->signerAccepted() && !trust)
        return;
    auto importer = m_importer;
    auto preview = std::make_shared<ImportPreview>();
    m_preview.reset();
    m_progress->setVisible(true);
    m_worker->start([importer, preview, trust](const QSqlDatabase &db, const std::atomic_bool &cancel,
                                               const ExchangeWorker::Progress &progress) {
        importer->setCancelFlag(&cancel);
        importer->setProgress(progress);
        auto result = importer->preview(db, trust);
        importer->setProgress({});
        importer->setCancelFlag(nullptr);
        if (!result)
            return result.error();
        *preview = std::move(result).value();
        return QString();
    });
    disconnect(m_worker, &ExchangeWorker::finished, this, nullptr);
    connect(m_worker, &ExchangeWorker::finished, this, [this, preview](const QString &error) {
        m_progress->setVisible(false);
        if (!error.isEmpty()) {
            showError(error);
        } else {
            m_preview = preview;
            showPreview();
            emit previewReady();
        }
        updateState();
    });
    updateState();
}

void ImportPreviewDialog::showPreview() {
    const ImportPreview &p = *m_preview;
    m_errorLabel->setVisible(false);
    // Only the kinds of record the package holds or changes: most packages carry few of them.
    QList<EntityCounts> shown;
    for (const EntityCounts &c : p.entities)
        if (c.changes() + c.unchanged + c.keptLocal + c.conflicts + c.skipped > 0)
            shown << c;
    m_counts->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const EntityCounts &c = shown.at(row);
        const QList<int> values{c.inserted, c.updated, c.deleted, c.unchanged, c.keptLocal, c.conflicts};
        m_counts->setItem(row, 0, new QTableWidgetItem(c.title));
        for (int col = 0; col < values.size(); ++col) {
            auto *item = new QTableWidgetItem(QLocale().toString(values.at(col)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (col == 5 && values.at(col) > 0) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_counts->setItem(row, col + 1, item);
        }
    }
    m_counts->setFixedHeight(m_counts->horizontalHeader()->sizeHint().height() +
                             m_counts->rowHeight(0) * int(shown.size()) + 2 * m_counts->frameWidth());

    m_conflicts->clear();
    for (const MergeConflict &c : p.conflicts) {
        auto *item = new QTreeWidgetItem({c.label, dateTimeText(c.mineModified), dateTimeText(c.theirsModified)});
        item->setData(0, keyRole, c.key());
        item->setToolTip(0, c.label);
        m_conflicts->addTopLevelItem(item);
        // Spanning only works for items already in the tree.
        auto *kind = new QTreeWidgetItem(item, {QStringLiteral("%1 — %2").arg(c.entityTitle, c.kindText())});
        kind->setFirstColumnSpanned(true);
        QFont italic = kind->font(0);
        italic.setItalic(true);
        kind->setFont(0, italic);
        for (const FieldDifference &d : c.differences)
            new QTreeWidgetItem(item, {d.field, d.mine, d.theirs});
        auto *choice = new QComboBox;
        choice->addItem(tr("Keep mine"), int(Resolution::KeepMine));
        choice->addItem(tr("Take theirs"), int(Resolution::TakeTheirs));
        m_conflicts->setItemWidget(item, 3, choice);
        item->setExpanded(true);
    }
    m_conflicts->resizeColumnToContents(1);
    m_conflicts->resizeColumnToContents(2);
    m_conflictsTitle->setText(
        p.conflicts.isEmpty()
            ? tr("No conflicts: every record changed on one side only.")
            : tr("%n record(s) changed in both offices. Choose per record which version to keep.", "",
                 int(p.conflicts.size())));

    QStringList notes = p.warnings;
    if (p.alreadyImportedAt.isValid())
        notes << tr("This package was already imported on %1; importing it again changes nothing that was not "
                    "changed here since.")
                     .arg(dateTimeText(p.alreadyImportedAt));
    notes << tr("Package contents: %1. Nothing is saved until you press Import.").arg(p.scopeText);
    m_message->setText(notes.join(QLatin1Char('\n')));
}

void ImportPreviewDialog::setResolution(const QString &conflictKey, Resolution resolution) {
    for (int i = 0; i < m_conflicts->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_conflicts->topLevelItem(i);
        if (item->data(0, keyRole).toString() != conflictKey)
            continue;
        if (auto *choice = qobject_cast<QComboBox *>(m_conflicts->itemWidget(item, 3)))
            choice->setCurrentIndex(choice->findData(int(resolution)));
    }
}

void ImportPreviewDialog::setAllResolutions(Resolution resolution) {
    for (int i = 0; i < m_conflicts->topLevelItemCount(); ++i)
        setResolution(m_conflicts->topLevelItem(i)->data(0, keyRole).toString(), resolution);
}

Resolutions ImportPreviewDialog::resolutions() const {
    Resolutions result;
    for (int i = 0; i < m_conflicts->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_conflicts->topLevelItem(i);
        if (auto *choice = qobject_cast<QComboBox *>(m_conflicts->itemWidget(item, 3)))
            result.insert(item->data(0, keyRole).toString(), Resolution(choice->currentData().toInt()));
    }
    return result;
}

void ImportPreviewDialog::startImport() {
    if (!m_importer || !m_preview || m_worker->isRunning() || m_result)
        return;
    auto importer = m_importer;
    auto result = std::make_shared<ImportResult>();
    const Resolutions chosen = resolutions();
    const bool trust = m_trust->isChecked();
    m_progress->setVisible(true);
    m_worker->start([importer, result, chosen, trust](const QSqlDatabase &db, const std::atomic_bool &cancel,
                                                      const ExchangeWorker::Progress &progress) {
        importer->setCancelFlag(&cancel);
        importer->setProgress(progress);
        auto applied = importer->apply(db, chosen, trust);
        importer->setProgress({});
        importer->setCancelFlag(nullptr);
        if (!applied)
            return applied.error();
        *result = std::move(applied).value();
        return QString();
    });
    disconnect(m_worker, &ExchangeWorker::finished, this, nullptr);
    connect(m_worker, &ExchangeWorker::finished, this, [this, result](const QString &error) {
        m_progress->setVisible(false);
        if (!error.isEmpty()) {
            showError(error);
        } else {
            m_result = result;
            QStringList lines{tr("Imported: %n change(s) saved, one audit entry each.", "", result->changes)};
            if (result->conflictsKeptMine + result->conflictsTakenTheirs > 0)
                lines << tr("Conflicts: %1 kept as here, %2 taken from the sender.")
                             .arg(result->conflictsKeptMine)
                             .arg(result->conflictsTakenTheirs);
            lines << result->warnings;
            m_message->setText(lines.join(QLatin1Char('\n')));
            emit imported(result->changes);
        }
        updateState();
    });
    updateState();
}

void ImportPreviewDialog::showError(const QString &message) {
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(true);
    emit failed(message);
}

QString ImportPreviewDialog::errorText() const { return m_error; }

bool ImportPreviewDialog::isRunning() const { return m_worker->isRunning(); }

void ImportPreviewDialog::waitForFinished() { m_worker->wait(); }

void ImportPreviewDialog::updateState() {
    const bool running = m_worker->isRunning();
    // The comparison appears once there is one.
    m_signerBox->setVisible(bool(m_importer));
    m_countsTitle->setVisible(bool(m_preview));
    m_counts->setVisible(bool(m_preview));
    m_conflictsTitle->setVisible(bool(m_preview));
    m_conflicts->setVisible(m_preview && !m_preview->conflicts.isEmpty());
    m_step->setVisible(running);
    m_compareButton->setEnabled(!running && m_trust->isChecked() && !m_preview);
    m_trust->setEnabled(!running && !m_preview);
    const bool hasConflicts = m_preview && !m_preview->conflicts.isEmpty() && !m_result;
    m_allMine->setVisible(hasConflicts);
    m_allTheirs->setVisible(hasConflicts);
    m_conflicts->setEnabled(!running && !m_result);
    m_applyButton->setEnabled(!running && m_preview && !m_result);
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
}

void ImportPreviewDialog::reject() {
    if (m_worker->isRunning()) {
        m_worker->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace imbang::exchangeui
