#include "newdatabasedialog.h"

#include "storage/databaselocation.h"
#include "util/dialoghooks.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace imbang::ui {

NewDatabaseDialog::NewDatabaseDialog(QWidget *parent)
    : QDialog(parent), m_office(new QLineEdit(this)), m_region(new QLineEdit(this)), m_path(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("New office database"));
    m_office->setPlaceholderText(tr("e.g. BKD Provinsi Jambi"));
    m_region->setPlaceholderText(tr("e.g. Provinsi Jambi"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_problem->setStyleSheet(QStringLiteral("color: #b2182b;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Office name:"), m_office);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&File:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Imbang keeps all records of one office in one file. "
                                    "Back it up like any important document."), this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));

    m_path->setText(QDir::toNativeSeparators(defaultDatabasePath()));
    connect(m_office, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_pathEdited) {
            // A file name from the office name: "BKD Provinsi Jambi" -> bkd-provinsi-jambi.sqlite
            QString slug = name.toLower().trimmed();
            slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
            slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
            const QString dir = QFileInfo(defaultDatabasePath()).absolutePath();
            const QSignalBlocker block(m_path);
            m_path->setText(QDir::toNativeSeparators(
                dir + QLatin1Char('/') + (slug.isEmpty() ? QStringLiteral("imbang") : slug) + QStringLiteral(".sqlite")));
        }
        validate();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        validate();
    });
    connect(browse, &QPushButton::clicked, this, &NewDatabaseDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString NewDatabaseDialog::officeName() const { return m_office->text().simplified(); }
QString NewDatabaseDialog::region() const { return m_region->text().simplified(); }
QString NewDatabaseDialog::path() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }

void NewDatabaseDialog::setValues(const QString &office, const QString &region, const QString &path) {
    m_office->setText(office);
    m_region->setText(region);
    m_path->setText(path);
    m_pathEdited = true;
    validate();
}

void NewDatabaseDialog::browse() {
    const QString chosen = dialogs::saveFileName(this, tr("Where to keep the database"), path(),
                                                 tr("Imbang database (*.sqlite)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(chosen.endsWith(QLatin1String(".sqlite")) ? chosen
                                                                                      : chosen + QStringLiteral(".sqlite")));
    m_pathEdited = true;
    validate();
}

void NewDatabaseDialog::validate() {
    QString problem;
    if (officeName().isEmpty())
        problem = tr("Enter the name of your office.");
    else if (path().isEmpty())
        problem = tr("Choose where to keep the database file.");
    else if (QFileInfo(path()).exists())
        problem = tr("A file with this name exists already. Choose another name, or use File > Open to open it.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace imbang::ui
