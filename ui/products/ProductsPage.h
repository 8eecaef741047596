// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StockActionDialog.h"
#include "common/Id.h"
#include "shell/ListPageFrame.h"
#include "shell/SearchField.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Balcao {

class FormMessage;
class LocalStore;
class ProductForm;
class ProductListModel;
class StockMovementsModel;
struct Product;

// The products area: a search by name, SKU or barcode (scanning a code
// finds its product; an unknown code offers to create one with it), the
// products with their stock per location, the selected product's form,
// and its stock here: receive, count, write off, and the latest movements.
// Keyboard: Ctrl+F the search, Down to the list, Enter to the form,
// Ctrl+N a new product, Ctrl+S saves.
class ProductsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProductsPage(LocalStore &store, QWidget *parent = nullptr);

    // Who receives, counts and writes off stock from this terminal.
    void setUser(const Id &userId) { m_userId = userId; }
    ProductListModel *model() const { return m_model; }
    StockMovementsModel *movements() const { return m_movements; }
    ProductForm *form() const { return m_form; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QPushButton *receiveButton() const { return m_receive; }
    QPushButton *countButton() const { return m_count; }
    QPushButton *writeOffButton() const { return m_writeOff; }
    FormMessage *stockMessage() const { return m_stockMessage; }

public slots:
    void newProduct();
    void focusSearch();
    // The list again (stock may have moved: a sale, a return, a sync).
    void reload();
    void showProduct(const Balcao::Id &productId);
    void receive();
    void count();
    void writeOff();

signals:
    // A product or its stock changed (the status bar counts pending changes).
    void productsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void applySearch();
    void lookUpScanned();
    void showSelected();
    void select(const Id &productId);
    void showStock();
    void runStockAction(StockActionDialog::Action action);
    void updateCounts();

    LocalStore &m_store;
    Id m_location;
    Id m_userId;
    bool m_selecting = false;
    ProductListModel *m_model = nullptr;
    StockMovementsModel *m_movements = nullptr;
    ListPageFrame m_frame;
    QPushButton *m_new = nullptr;
    SearchField *m_search = nullptr;
    QTableView *m_table = nullptr;
    ProductForm *m_form = nullptr;
    QLabel *m_stockTitle = nullptr;
    QLabel *m_onHand = nullptr;
    QPushButton *m_receive = nullptr;
    QPushButton *m_count = nullptr;
    QPushButton *m_writeOff = nullptr;
    FormMessage *m_stockMessage = nullptr;
    QLabel *m_movementsTitle = nullptr;
    QTableView *m_movementsView = nullptr;
};

} // namespace Balcao
