#pragma once

#include "decree/decreedata.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace imbang {
class Database;
struct DecreeEntry;
}

namespace imbang::ui {

class DecreeListModel;

// The Keputusan page of the workspace: the drafts waiting to be finalised and the final decrees, with
// number, date, subject and how many people. From here the officer opens a decree (its pages, paper
// and date), previews and prints it, saves it as PDF or ODT, and finalises a draft. A final decree is
// always made from its immutable snapshot, so a reprint is identical to the first print.
// Keyboard: Enter opens, Ctrl+P previews, the buttons have mnemonics.
class DecreeListWidget : public QWidget {
    Q_OBJECT
public:
    explicit DecreeListWidget(Database &database, QWidget *parent = nullptr);

    DecreeListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *showFilter() const { return m_show; }
    QPushButton *finaliseButton() const { return m_finalise; }
    // The current decree (row of the model), if any.
    std::optional<DecreeEntry> current() const;
    bool selectRow(int modelRow);

public slots:
    void reload();
    void open();
    void preview();
    void savePdf();
    void saveOdt();
    void finalise();

private:
    struct Loaded {
        DecreeData data;
        DecreeLayout layout;
        qint64 storedId = 0;
    };
    std::optional<Loaded> load(const DecreeEntry &entry);
    void updateButtons();

    Database &m_database;
    DecreeListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_show;
    QLineEdit *m_search;
    QLabel *m_summary;
    QPushButton *m_open;
    QPushButton *m_preview;
    QPushButton *m_pdf;
    QPushButton *m_odt;
    QPushButton *m_finalise;
};

} // namespace imbang::ui
