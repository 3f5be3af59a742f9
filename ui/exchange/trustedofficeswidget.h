#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace imbang {
class Database;
}

namespace imbang::exchangeui {

class KnownOfficesModel;

// The "Trusted offices" page of the Settings: this office's own key fingerprint (to read out over the
// phone), and the offices packages came from, with their fingerprints and trust; an office can be
// trusted (after a call) or no longer trusted. Follows imports through the ChangeBus.
class TrustedOfficesWidget : public QWidget {
    Q_OBJECT
public:
    explicit TrustedOfficesWidget(const Database &database, QWidget *parent = nullptr);

    KnownOfficesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString ownFingerprint() const;

public slots:
    void trustSelected();
    void untrustSelected();
    void reload();

private:
    void updateButtons();

    const Database &m_database;
    KnownOfficesModel *m_model;
    QTableView *m_view;
    QLabel *m_ownOffice;
    QLabel *m_ownFingerprint;
    QLabel *m_message;
    QPushButton *m_trust;
    QPushButton *m_untrust;
};

} // namespace imbang::exchangeui
