#include "welcomepage.h"

#include "util/recentfiles.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace imbang::ui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this)) {
    auto *title = new QLabel(QStringLiteral("Imbang"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Balanced staffing for the regional civil service: staff records, workload, "
                                   "transfers and decrees in one place."),
                                this);
    subtitle->setWordWrap(true);

    auto *create = new QPushButton(tr("&Create a new office database…"), this);
    auto *open = new QPushButton(tr("&Open an existing database…"), this);
    auto *demo = new QPushButton(tr("Try the &demo data"), this);
    for (QPushButton *b : {create, open, demo}) {
        b->setMinimumHeight(40);
        b->setAutoDefault(true);
    }
    create->setDefault(true);
    auto *recentLabel = new QLabel(tr("&Recently opened:"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recently opened databases"));
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 10);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(create);
    column->addWidget(open);
    column->addWidget(demo);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);
    column->addStretch(1);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    refreshRecent();
}

void WelcomePage::refreshRecent() {
    m_recent->clear();
    for (const QString &path : RecentFiles::list()) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (m_recent->count() == 0) {
        auto *item = new QListWidgetItem(tr("(none yet)"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace imbang::ui
