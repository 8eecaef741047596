// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Product.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Balcao {

class BarcodeListEditor;
class FormMessage;
class LocalStore;
class MoneyField;
struct Error;

// Creates and edits one product: name, SKU, barcodes, category (completed
// from the ones in use), price and cost in the locale's money format, tax
// class, whether it keeps stock and whether it is sold. ProductCatalog
// checks and writes; its message is shown under the form and nothing is
// saved when it refuses.
class ProductForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProductForm(LocalStore &store, QWidget *parent = nullptr);

    void loadProduct(const Product &product);
    // An empty form; `barcode` is a scanned code no product has yet.
    void newProduct(const QString &barcode = {});
    const Id &editedProduct() const { return m_editing; }
    FormMessage *message() const { return m_message; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *skuField() const { return m_sku; }
    QComboBox *categoryField() const { return m_category; }
    MoneyField *priceField() const { return m_price; }
    MoneyField *costField() const { return m_cost; }
    QComboBox *taxField() const { return m_tax; }
    QCheckBox *keepsStockField() const { return m_keepsStock; }
    QCheckBox *activeField() const { return m_active; }
    BarcodeListEditor *barcodes() const { return m_barcodes; }
    // The fields in the order Tab visits them.
    QList<QWidget *> tabChain() const;

public slots:
    void save();
    // The tax classes and categories again (after the checkout settings
    // changed them).
    void reloadChoices();

signals:
    void saved(const Balcao::Product &product, bool created);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void focusFieldFor(const Error &error);
    QLabel *labelFor(QWidget *field);

    LocalStore &m_store;
    Id m_editing;
    Currency m_currency; // the business's, for a new product
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_sku = nullptr;
    QComboBox *m_category = nullptr;
    BarcodeListEditor *m_barcodes = nullptr;
    MoneyField *m_price = nullptr;
    MoneyField *m_cost = nullptr;
    QComboBox *m_tax = nullptr;
    QCheckBox *m_keepsStock = nullptr;
    QCheckBox *m_active = nullptr;
    FormMessage *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_skuLabel = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_barcodesLabel = nullptr;
    QLabel *m_priceLabel = nullptr;
    QLabel *m_costLabel = nullptr;
    QLabel *m_taxLabel = nullptr;
};

} // namespace Balcao
