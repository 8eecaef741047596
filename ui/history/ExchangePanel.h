// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Balcao {

class ExchangeCartModel;
class FormMessage;
class LocalStore;
class ProductSearchField;
class TenderEntry;

// The "instead" half of an exchange: products found by name, SKU or a scan
// go into a small cart; when they cost more than what comes back, the
// client's payment for the difference is taken here too.
class ExchangePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExchangePanel(LocalStore &store, QWidget *parent = nullptr);

    ExchangeCartModel *cart() const { return m_cart; }
    ProductSearchField *searchField() const { return m_search; }
    TenderEntry *tenderEntry() const { return m_tenders; }
    QTableView *cartView() const { return m_view; }
    // New items minus refund: positive, the client pays it (the tenders
    // show); otherwise nothing to pay here.
    void setDifference(const Money &difference);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    ExchangeCartModel *m_cart = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_searchLabel = nullptr;
    ProductSearchField *m_search = nullptr;
    QTableView *m_view = nullptr;
    FormMessage *m_message = nullptr;
    TenderEntry *m_tenders = nullptr;
};

} // namespace Balcao
