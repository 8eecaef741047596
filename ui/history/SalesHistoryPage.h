// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "shell/ListPageFrame.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Balcao {

class FormMessage;
class LocalStore;
class SaleDetailPanel;
class SalesHistoryFilters;
class SalesHistoryModel;
struct ReturnContext;

// The sales area: the history of sales (filtered by period, payment
// method, location and a number or client), a page at a time, and the
// selected sale in detail with its returns; from there, returns and
// exchanges (ReturnDialog), a reprint (a signal the receipts side answers)
// and the client's page. A return without receipt starts from here too.
// Keyboard: Ctrl+F the search (a scanned receipt number finds its sale),
// Down to the list, arrows, Enter to the sale's actions.
class SalesHistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit SalesHistoryPage(LocalStore &store, QWidget *parent = nullptr);

    // Who makes returns from this terminal.
    void setUser(const Id &userId) { m_userId = userId; }
    SalesHistoryModel *model() const { return m_model; }
    SalesHistoryFilters *filters() const { return m_filters; }
    SaleDetailPanel *detail() const { return m_detail; }
    QTableView *table() const { return m_table; }
    FormMessage *message() const { return m_message; }
    ReturnContext returnContext() const;

public slots:
    void focusSearch();
    // The list again from its first page (the shown sale stays).
    void reload();
    // Shows the sale in the pane, selected in the list if it is there.
    void showSale(const Balcao::Id &saleId);
    void startReturn(const Balcao::Id &saleId);
    void startExchange(const Balcao::Id &saleId);
    void returnWithoutReceipt();

signals:
    void reprintRequested(const Balcao::Id &saleId);
    void clientPageRequested(const Balcao::Id &clientId);
    // A return or an exchange was made: stock and counts changed.
    void salesChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void applyFilters();
    void findNumber(const QString &text);
    void showCurrent();
    void focusActions();
    void runReturn(const Id &saleId, bool exchange);
    void updateCount();

    LocalStore &m_store;
    Id m_location;
    Id m_userId;
    SalesHistoryModel *m_model = nullptr;
    ListPageFrame m_frame;
    QPushButton *m_noReceipt = nullptr;
    SalesHistoryFilters *m_filters = nullptr;
    FormMessage *m_message = nullptr;
    QTableView *m_table = nullptr;
    SaleDetailPanel *m_detail = nullptr;
};

} // namespace Balcao
