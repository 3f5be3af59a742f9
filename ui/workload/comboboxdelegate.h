#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QVariant>

namespace imbang {

// Edits a cell with a drop-down of fixed choices: each shows a text and stores its value in EditRole.
class ComboBoxDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Item {
        QString text;
        QVariant value;
    };
    explicit ComboBoxDelegate(QList<Item> items, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<Item> m_items;
};

} // namespace imbang
