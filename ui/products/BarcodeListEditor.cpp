// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarcodeListEditor.h"

#include "catalog/Barcode.h"

#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>

namespace Balcao {

BarcodeListEditor::BarcodeListEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("barcodeEditor"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("barcodeField"));
    m_code->setMaxLength(Barcode::kMaxLength + 8); // spaces and dashes are dropped
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addBarcode"));
    m_add->setAutoDefault(false);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("barcodeList"));
    m_list->setMaximumHeight(64);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeBarcode"));
    m_remove->setAutoDefault(false);
    m_remove->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, &BarcodeListEditor::addTyped);
    // A scanner ends with Enter: the code goes on the list, not the form's Save.
    connect(m_code, &QLineEdit::returnPressed, this, &BarcodeListEditor::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &BarcodeListEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &BarcodeListEditor::removeSelected);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_code, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_remove, 1, 1, Qt::AlignTop);
    retranslate();
}

void BarcodeListEditor::retranslate()
{
    m_code->setPlaceholderText(tr("Scan or type a barcode, then Enter"));
    m_code->setAccessibleName(tr("New barcode"));
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_list->setAccessibleName(tr("Barcodes (Delete removes one)"));
}

void BarcodeListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BarcodeListEditor::setCodes(const QStringList &codes)
{
    m_list->clear();
    m_list->addItems(codes);
    m_code->clear();
    m_remove->setEnabled(false);
}

QStringList BarcodeListEditor::codes() const
{
    QStringList out;
    for (int row = 0; row < m_list->count(); ++row)
        out << m_list->item(row)->text();
    if (!m_code->text().trimmed().isEmpty())
        out << m_code->text().trimmed();
    return out;
}

bool BarcodeListEditor::addTyped()
{
    if (m_code->text().trimmed().isEmpty())
        return false;
    auto code = Barcode::normalized(m_code->text());
    if (!code) {
        emit refused(code.error().message);
        m_code->selectAll();
        return false;
    }
    if (m_list->findItems(*code, Qt::MatchExactly).isEmpty())
        m_list->addItem(*code);
    m_code->clear();
    emit edited();
    return true;
}

void BarcodeListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    emit edited();
}

} // namespace Balcao
