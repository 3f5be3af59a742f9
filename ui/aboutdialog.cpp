#include "aboutdialog.h"

#include "appicon.h"
#include "util/libraryversions.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imbang {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent) {
    setWindowTitle(tr("About Imbang"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel;
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    auto *name = new QLabel(QStringLiteral("Imbang"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(IMBANG_VERSION)));
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *titles = new QVBoxLayout;
    titles->addStretch();
    titles->addWidget(name);
    titles->addWidget(version);
    titles->addStretch();
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addSpacing(8);
    header->addLayout(titles, 1);

    auto *tabs = new QTabWidget;
    tabs->addTab(createAboutPage(), tr("About"));
    tabs->addTab(createLibrariesPage(), tr("Libraries"));
    tabs->addTab(createLicencePage(), tr("Licence"));

    auto *buttons = new QDialogButtonBox;
    QPushButton *copy = buttons->addButton(tr("Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    copy->setToolTip(tr("Copy the versions of Imbang, its libraries and the operating system, "
                        "to paste into a message to the developers."));
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setDefault(true);
    close->setFocus();
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyDetails);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(600, 460);
}

QWidget *AboutDialog::createAboutPage() {
    auto *text = new QLabel;
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    const QString homepage = QStringLiteral(IMBANG_HOMEPAGE_URL);
    const QString paragraphs[] = {
        tr("Imbang helps a regional civil-service office (BKD or BKPSDM) keep its staff records, see how "
           "civil servants are spread over the agencies and their units, and prepare the transfers that even "
           "out the workload."),
        tr("Copyright © 2026 the Imbang developers"),
        tr("Imbang is free software: you can share and change it under the terms of the GNU General Public "
           "License as published by the Free Software Foundation, either version 3 of the License or (at your "
           "option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. The Licence "
           "tab shows the full text."),
        tr("Website: %1").arg(QStringLiteral("<a href=\"%1\">%1</a>").arg(homepage)),
    };
    QString html;
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(paragraph);
    text->setText(html);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

QWidget *AboutDialog::createLibrariesPage() {
    auto *intro = new QLabel(tr("Imbang is built on these libraries. The versions are the ones this "
                                "computer runs now."));
    intro->setWordWrap(true);

    m_libraries = new QTreeWidget;
    m_libraries->setObjectName(QStringLiteral("librariesTable"));
    m_libraries->setRootIsDecorated(false);
    m_libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    for (const LibraryInfo &library : libraryVersions()) {
        auto *item = new QTreeWidgetItem(m_libraries, {library.name,
                                                       library.version.isEmpty() ? tr("unknown") : library.version,
                                                       library.licence});
        item->setToolTip(0, library.url);
    }
    m_libraries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_libraries, 1);
    return page;
}

QWidget *AboutDialog::createLicencePage() {
    auto *text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("licenceText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFile licence(QStringLiteral(":/about/LICENSE"));
    if (licence.open(QIODevice::ReadOnly | QIODevice::Text))
        text->setPlainText(QString::fromUtf8(licence.readAll()));
    else
        text->setPlainText(tr("The licence text is missing from this build. It is the GNU General Public "
                              "License, version 3: https://www.gnu.org/licenses/gpl-3.0.html"));
    return text;
}

QString AboutDialog::detailsText() const {
    QStringList lines{QStringLiteral("Imbang %1").arg(QStringLiteral(IMBANG_VERSION))};
    for (int row = 0; row < m_libraries->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_libraries->topLevelItem(row);
        lines << QStringLiteral("%1 %2").arg(item->text(0), item->text(1));
    }
    lines << tr("Operating system: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    return lines.join(u'\n') + u'\n';
}

void AboutDialog::copyDetails() {
    QGuiApplication::clipboard()->setText(detailsText());
}

} // namespace imbang
