#pragma once

#include <QWidget>

class QListWidget;

namespace imbang::ui {

// Shown when no database is open: create an office database, open one, or try the demo.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void refreshRecent();

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace imbang::ui
