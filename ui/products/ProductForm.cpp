// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductForm.h"

#include "BarcodeListEditor.h"
#include "catalog/ProductCatalog.h"
#include "catalog/TaxClass.h"
#include "settings/BusinessSettings.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"
#include "shell/MoneyText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

ProductForm::ProductForm(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("productForm"));
    if (auto currency = BusinessSettings(store).currency())
        m_currency = *currency;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("productName"));
    m_name->setMaxLength(ProductCatalog::kMaxNameLength);
    m_sku = new QLineEdit(this);
    m_sku->setObjectName(QStringLiteral("productSku"));
    m_sku->setMaxLength(ProductCatalog::kMaxSkuLength);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_category->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_category->completer()->setFilterMode(Qt::MatchContains);
    m_barcodes = new BarcodeListEditor(this);
    m_price = new MoneyField(this);
    m_price->setObjectName(QStringLiteral("productPrice"));
    m_price->setCurrency(m_currency);
    m_cost = new MoneyField(this);
    m_cost->setObjectName(QStringLiteral("productCost"));
    m_cost->setCurrency(m_currency);
    m_tax = new QComboBox(this);
    m_tax->setObjectName(QStringLiteral("productTax"));
    m_keepsStock = new QCheckBox(this);
    m_keepsStock->setObjectName(QStringLiteral("productKeepsStock"));
    m_active = new QCheckBox(this);
    m_active->setObjectName(QStringLiteral("productActive"));
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("productMessage"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveProduct"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ProductForm::save);
    connect(m_barcodes, &BarcodeListEditor::refused, m_message, &FormMessage::showError);
    connect(m_barcodes, &BarcodeListEditor::edited, m_message, &FormMessage::clear);
    // Enter in a one-line field saves, as in any form (the barcode field's
    // Enter adds the code instead).
    for (QLineEdit *field :
         { m_name, m_sku, static_cast<QLineEdit *>(m_price), static_cast<QLineEdit *>(m_cost) })
        connect(field, &QLineEdit::returnPressed, this, &ProductForm::save);

    m_nameLabel = labelFor(m_name);
    m_skuLabel = labelFor(m_sku);
    m_categoryLabel = labelFor(m_category);
    m_barcodesLabel = labelFor(m_barcodes->codeField());
    m_priceLabel = labelFor(m_price);
    m_costLabel = labelFor(m_cost);
    m_taxLabel = labelFor(m_tax);

    // Labels above their fields: long translations never squeeze a field.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    int row = 0;
    const auto pair = [&](QLabel *label, QWidget *field, int column, int span = 1) {
        grid->addWidget(label, row, column, 1, span);
        grid->addWidget(field, row + 1, column, 1, span);
    };
    pair(m_nameLabel, m_name, 0, 3);
    row += 2;
    grid->setRowMinimumHeight(row++, 6);
    pair(m_skuLabel, m_sku, 0);
    pair(m_categoryLabel, m_category, 1, 2);
    row += 2;
    grid->setRowMinimumHeight(row++, 6);
    pair(m_barcodesLabel, m_barcodes, 0, 3);
    row += 2;
    grid->setRowMinimumHeight(row++, 6);
    pair(m_priceLabel, m_price, 0);
    pair(m_costLabel, m_cost, 1);
    pair(m_taxLabel, m_tax, 2);
    row += 2;
    grid->setRowMinimumHeight(row++, 6);
    grid->addWidget(m_keepsStock, row, 0, 1, 2);
    grid->addWidget(m_active, row, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    reloadChoices();
    retranslate();
    newProduct();
}

QList<QWidget *> ProductForm::tabChain() const
{
    QList<QWidget *> chain;
    chain << m_name << m_sku << m_category << m_barcodes->codeField()
          << m_barcodes->findChild<QPushButton *>(QStringLiteral("addBarcode"))
          << m_barcodes->list()
          << m_barcodes->findChild<QPushButton *>(QStringLiteral("removeBarcode")) << m_price
          << m_cost << m_tax << m_keepsStock << m_active << m_save;
    return chain;
}

QLabel *ProductForm::labelFor(QWidget *field)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    return label;
}

void ProductForm::retranslate()
{
    m_title->setText(m_editing.isNull() ? tr("New product") : tr("Edit product"));
    m_nameLabel->setText(tr("Na&me"));
    m_skuLabel->setText(tr("SK&U"));
    m_categoryLabel->setText(tr("Cate&gory"));
    m_barcodesLabel->setText(tr("&Barcodes"));
    m_priceLabel->setText(tr("&Price"));
    m_costLabel->setText(tr("&Cost"));
    m_taxLabel->setText(tr("Ta&x"));
    m_name->setPlaceholderText(tr("e.g. Shampoo 500 ml"));
    m_sku->setPlaceholderText(tr("Your code, e.g. SH-500"));
    m_category->lineEdit()->setPlaceholderText(tr("e.g. Hair care"));
    m_price->setPlaceholderText(Money::zero(m_currency).toDisplayNumber(QLocale()));
    m_cost->setPlaceholderText(Money::zero(m_currency).toDisplayNumber(QLocale()));
    m_price->setToolTip(tr("The shelf price, as the receipt shows it"));
    m_cost->setToolTip(tr("What one unit costs the business (for margins)"));
    if (m_tax->count() > 0)
        m_tax->setItemText(0, tr("Not taxed"));
    m_keepsStock->setText(tr("&Keeps stock (count units in and out)"));
    m_active->setText(tr("&Active (sold at the counter)"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(
        tr("Save the product (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
}

void ProductForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProductForm::reloadChoices()
{
    const QString category = m_category->currentText();
    m_category->clear();
    if (auto categories = ProductCatalog(m_store).categories())
        m_category->addItems(*categories);
    else
        m_message->showError(categories.error().message);
    m_category->setCurrentText(category);

    const QString tax = m_tax->currentData().toString();
    m_tax->clear();
    m_tax->addItem(tr("Not taxed"), QString());
    const auto classes = TaxClasses(m_store).list();
    if (!classes)
        m_message->showError(classes.error().message);
    for (const TaxClass &taxClass : classes ? *classes : QList<TaxClass> {})
        m_tax->addItem(tr("%1 (%2, %3)")
                           .arg(taxClass.name, percentText(taxClass.rateBp),
                                taxClass.included ? tr("included") : tr("added")),
                       taxClass.id.toString());
    m_tax->setCurrentIndex(std::max(0, m_tax->findData(tax)));
}

void ProductForm::loadProduct(const Product &product)
{
    m_editing = product.id;
    m_name->setText(product.name);
    m_sku->setText(product.sku);
    m_category->setCurrentText(product.category);
    m_barcodes->setCodes(product.barcodes);
    m_price->setAmount(product.price);
    m_cost->setAmount(product.cost);
    m_tax->setCurrentIndex(std::max(
        0,
        m_tax->findData(product.taxClassId.isNull() ? QString() : product.taxClassId.toString())));
    m_keepsStock->setChecked(product.trackStock);
    m_active->setChecked(product.active);
    m_message->clear();
    retranslate();
}

void ProductForm::newProduct(const QString &barcode)
{
    m_editing = Id();
    m_name->clear();
    m_sku->clear();
    m_category->setCurrentText(QString());
    m_barcodes->setCodes(barcode.isEmpty() ? QStringList() : QStringList { barcode });
    m_price->setCurrency(m_currency);
    m_cost->setCurrency(m_currency);
    m_price->clear();
    m_cost->clear();
    m_tax->setCurrentIndex(0);
    m_keepsStock->setChecked(true);
    m_active->setChecked(true);
    m_message->clear();
    retranslate();
}

void ProductForm::save()
{
    auto price = m_price->amountOrZero();
    if (!price) {
        m_message->showError(price.error().message);
        m_price->setFocus();
        return;
    }
    auto cost = m_cost->amountOrZero();
    if (!cost) {
        m_message->showError(cost.error().message);
        m_cost->setFocus();
        return;
    }
    ProductDraft draft;
    draft.name = m_name->text();
    draft.sku = m_sku->text();
    draft.category = m_category->currentText();
    draft.price = *price;
    draft.cost = *cost;
    draft.taxClassId = Id::fromString(m_tax->currentData().toString());
    draft.trackStock = m_keepsStock->isChecked();
    draft.active = m_active->isChecked();
    draft.barcodes = m_barcodes->codes();
    ProductCatalog catalog(m_store);
    const bool creating = m_editing.isNull();
    auto stored = creating ? catalog.create(draft) : catalog.update(m_editing, draft);
    if (!stored) {
        m_message->showError(stored.error().message);
        focusFieldFor(stored.error());
        return;
    }
    // The form shows what was stored (codes normalised, names tidied).
    loadProduct(*stored);
    reloadChoices();
    m_message->showSuccess(creating ? tr("Added %1.").arg(stored->name)
                                    : tr("Saved %1.").arg(stored->name));
    emit saved(*stored, creating);
}

void ProductForm::focusFieldFor(const Error &error)
{
    QWidget *field = nullptr;
    if (error.code.startsWith(QLatin1String("product.name")))
        field = m_name;
    else if (error.code.startsWith(QLatin1String("product.sku")))
        field = m_sku;
    else if (error.code.startsWith(QLatin1String("barcode."))
             || error.code.startsWith(QLatin1String("product.barcode"))
             || error.code == QLatin1String("product.tooManyBarcodes"))
        field = m_barcodes->codeField();
    else if (error.code.startsWith(QLatin1String("product.price")))
        field = m_price;
    else if (error.code.startsWith(QLatin1String("product.cost")))
        field = m_cost;
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

} // namespace Balcao
