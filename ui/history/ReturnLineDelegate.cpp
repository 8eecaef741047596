// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReturnLineDelegate.h"

#include "RefundWording.h"
#include "ReturnLinesModel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>

#include <limits>

namespace Balcao {

namespace {

bool hasEditor(const QModelIndex &index)
{
    const int column = index.column();
    return (column == ReturnLinesModel::QuantityColumn
            || column == ReturnLinesModel::DispositionColumn
            || column == ReturnLinesModel::ReasonColumn)
        && index.flags().testFlag(Qt::ItemIsEditable);
}

} // namespace

void ReturnLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (!hasEditor(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The always-open editor covers the cell: its text drawn underneath
    // would show at the editor's edges.
    QStyleOptionViewItem blank = option;
    initStyleOption(&blank, index);
    blank.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &blank, painter, widget);
}

QWidget *ReturnLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    switch (index.column()) {
    case ReturnLinesModel::QuantityColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("returnQuantity"));
        spin->setAlignment(Qt::AlignRight);
        // QSpinBox holds an int; a line never has more units than that.
        spin->setRange(0,
                       static_cast<int>(std::min<qint64>(
                           index.data(ReturnLinesModel::kReturnableRole).toLongLong(),
                           std::numeric_limits<int>::max())));
        spin->setAccessibleName(
            tr("Units to return of %1")
                .arg(index.siblingAtColumn(ReturnLinesModel::ItemColumn).data().toString()));
        connect(spin, &QSpinBox::valueChanged, this,
                [this, spin] { emit const_cast<ReturnLineDelegate *>(this)->commitData(spin); });
        return spin;
    }
    case ReturnLinesModel::DispositionColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("returnDisposition"));
        combo->addItem(RefundWording::disposition(ReturnDisposition::Restock),
                       static_cast<int>(ReturnDisposition::Restock));
        combo->addItem(RefundWording::disposition(ReturnDisposition::Damaged),
                       static_cast<int>(ReturnDisposition::Damaged));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo] { emit const_cast<ReturnLineDelegate *>(this)->commitData(combo); });
        return combo;
    }
    case ReturnLinesModel::ReasonColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("returnReason"));
        edit->setMaxLength(ReturnLinesModel::kMaxReasonLength);
        edit->setPlaceholderText(tr("Why (e.g. leaking bottle)"));
        connect(edit, &QLineEdit::textEdited, this,
                [this, edit] { emit const_cast<ReturnLineDelegate *>(this)->commitData(edit); });
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ReturnLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        const QSignalBlocker quiet(spin);
        spin->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QSignalBlocker quiet(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(value.toInt())));
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->text() != value.toString())
            edit->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ReturnLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, spin->value());
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        model->setData(index, edit->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Balcao
