// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "sales/Sale.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;

namespace Balcao {

class LocalStore;
class SaleLinesModel;

// Everything about one sale, read from the journal: its lines (with what
// came back so far), totals, payments, what is left due, the returns made
// against it and the exchange it is part of; and what can be done with it
// (return, exchange, reprint, the client's page), each a signal for the
// page to act on.
class SaleDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SaleDetailPanel(LocalStore &store, QWidget *parent = nullptr);

    // Reads the sale again; false (and an empty pane) when it is not there.
    bool showSale(const Id &saleId);
    void clear();
    void reload();
    Id saleId() const { return m_sale ? m_sale->id : Id(); }
    const std::optional<Sale> &sale() const { return m_sale; }
    SaleLinesModel *linesModel() const { return m_linesModel; }
    QTableView *linesView() const { return m_lines; }
    QPushButton *returnButton() const { return m_return; }
    QPushButton *exchangeButton() const { return m_exchange; }
    QPushButton *reprintButton() const { return m_reprint; }
    QPushButton *clientButton() const { return m_client; }
    // The returns section as shown (rich text), for tests.
    QString returnsText() const;

signals:
    void returnRequested(const Balcao::Id &saleId);
    void exchangeRequested(const Balcao::Id &saleId);
    void reprintRequested(const Balcao::Id &saleId);
    void clientPageRequested(const Balcao::Id &clientId);
    // A link to another sale (the other side of an exchange).
    void saleLinkActivated(const Balcao::Id &saleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Shows m_sale; when what it needs cannot be read, says so instead.
    void showCurrentSale();
    Result<void> fill();
    void fitLines();
    QLabel *section(const QString &objectName);

    LocalStore &m_store;
    std::optional<Sale> m_sale;
    SaleLinesModel *m_linesModel = nullptr;
    QLabel *m_empty = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_exchangeNote = nullptr;
    QTableView *m_lines = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_paymentsTitle = nullptr;
    QLabel *m_payments = nullptr;
    QLabel *m_returnsTitle = nullptr;
    QLabel *m_returns = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_exchange = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_client = nullptr;
};

} // namespace Balcao
