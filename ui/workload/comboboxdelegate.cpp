#include "comboboxdelegate.h"

#include <QComboBox>

namespace imbang {

ComboBoxDelegate::ComboBoxDelegate(QList<Item> items, QObject *parent)
    : QStyledItemDelegate(parent), m_items(std::move(items)) {}

QWidget *ComboBoxDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const {
    auto *box = new QComboBox(parent);
    for (const Item &item : m_items)
        box->addItem(item.text, item.value);
    return box;
}

void ComboBoxDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    auto *box = qobject_cast<QComboBox *>(editor);
    if (box)
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
}

void ComboBoxDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const {
    if (auto *box = qobject_cast<QComboBox *>(editor))
        model->setData(index, box->currentData(), Qt::EditRole);
}

} // namespace imbang
