#include "trustedofficeswidget.h"

#include "exchange/officekeys.h"
#include "exchangefiledialogs.h"
#include "knownofficesmodel.h"
#include "storage/changebus.h"
#include "storage/database.h"
#include "storage/officeinfo.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace imbang::exchangeui {

TrustedOfficesWidget::TrustedOfficesWidget(const Database &database, QWidget *parent)
    : QWidget(parent), m_database(database), m_model(new KnownOfficesModel(database.connection(), this)) {
    auto *ownBox = new QGroupBox(tr("This office"));
    m_ownOffice = new QLabel;
    m_ownFingerprint = new QLabel;
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    mono.setBold(true);
    m_ownFingerprint->setFont(mono);
    m_ownFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *ownHint = new QLabel(tr("Read this fingerprint out to another office over the phone, so that they can "
                                  "check that a package really comes from you before they trust it."));
    ownHint->setWordWrap(true);
    auto *ownForm = new QFormLayout(ownBox);
    ownForm->addRow(tr("Office:"), m_ownOffice);
    ownForm->addRow(tr("Key fingerprint:"), m_ownFingerprint);
    ownForm->addRow(ownHint);

    auto *othersBox = new QGroupBox(tr("Offices that sent packages"));
    m_view = new QTableView;
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_trust = new QPushButton(tr("Trust…"));
    m_untrust = new QPushButton(tr("Stop trusting…"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_trust);
    buttons->addWidget(m_untrust);
    auto *othersLayout = new QVBoxLayout(othersBox);
    othersLayout->addWidget(m_view);
    othersLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(ownBox);
    layout->addWidget(othersBox, 1);

    connect(m_trust, &QPushButton::clicked, this, &TrustedOfficesWidget::trustSelected);
    connect(m_untrust, &QPushButton::clicked, this, &TrustedOfficesWidget::untrustSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrustedOfficesWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrustedOfficesWidget::updateButtons);
    connect(&ChangeBus::instance(), &ChangeBus::changed, this, [this](const QString &what) {
        if (what == QLatin1String("exchange_office") || what == QLatin1String("*"))
            reload();
    });
    reload();
}

QString TrustedOfficesWidget::ownFingerprint() const { return m_ownFingerprint->text(); }

void TrustedOfficesWidget::reload() {
    const QSqlDatabase db = m_database.connection();
    const OfficeInfo office = OfficeInfo::load(db);
    m_ownOffice->setText(office.name.isEmpty() ? tr("(no name yet)") : office.name);
    if (auto keys = exchange::OfficeKeys::load(db))
        m_ownFingerprint->setText(keys->fingerprint());
    else if (!m_database.isReadOnly()) {
        // Made on first use: showing it is a use.
        auto made = exchange::OfficeKeys::loadOrCreate(db);
        m_ownFingerprint->setText(made ? made->fingerprint() : made.error());
    }
    m_model->reload();
    updateButtons();
}

void TrustedOfficesWidget::updateButtons() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    const bool trusted = selected && m_model->office(rows.first().row()).trusted;
    m_trust->setEnabled(selected && !trusted && !m_database.isReadOnly());
    m_untrust->setEnabled(selected && trusted && !m_database.isReadOnly());
}

void TrustedOfficesWidget::trustSelected() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const exchange::KnownOffice office = m_model->office(rows.first().row());
    if (!confirm(this, tr("Trust office"),
                 tr("Trust %1? Do this only after the office read out its key fingerprint %2 to you by phone and it "
                    "matched.")
                     .arg(office.name, office.fingerprint())))
        return;
    if (Status s = exchange::OfficeDirectory(m_database.connection()).setTrusted(office.id, true); !s)
        m_message->setText(s.error());
    else
        m_message->setText(tr("%1 is trusted.").arg(office.name));
    m_model->reload();
}

void TrustedOfficesWidget::untrustSelected() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const exchange::KnownOffice office = m_model->office(rows.first().row());
    if (!confirm(this, tr("Stop trusting office"),
                 tr("Stop trusting %1? Its packages will need a new confirmation before they can be imported.")
                     .arg(office.name)))
        return;
    if (Status s = exchange::OfficeDirectory(m_database.connection()).setTrusted(office.id, false); !s)
        m_message->setText(s.error());
    else
        m_message->setText(tr("%1 is no longer trusted.").arg(office.name));
    m_model->reload();
}

} // namespace imbang::exchangeui
