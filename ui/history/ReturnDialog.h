// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "sales/ExchangeService.h"
#include "sales/Return.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class QTimer;

namespace Balcao {

class ClientPicker;
struct Product;
class ExchangePanel;
class FormMessage;
class LocalStore;
class ProductSearchField;
class ReturnLinesModel;

// Where a return happens: the goods come back to this location, the
// refund is paid by this user, cash out of this drawer's open shift.
struct ReturnContext
{
    Id locationId;
    Id userId;
    Id drawerId;
};

// Takes goods back against a sale (its lines, how many of each, back to
// stock or damaged) or without a receipt (products picked by name, SKU or
// scan, signed by a manager), refunds them the way the sale was paid or to
// store credit, and, as an exchange, gives other items instead. Every
// amount and every refusal is ReturnService's or ExchangeService's: the
// preview is ReturnService::preview, redone as the user edits.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    // With a receipt (`saleId`), or without one (a null id).
    ReturnDialog(LocalStore &store, const ReturnContext &context, const Id &saleId,
                 QWidget *parent = nullptr);

    bool withReceipt() const { return !m_saleId.isNull(); }
    bool isExchange() const { return m_exchanging; }
    void setRefundMethod(RefundMethod method);

    ReturnLinesModel *linesModel() const { return m_lines; }
    QTableView *linesView() const { return m_table; }
    ProductSearchField *productSearch() const { return m_search; }
    ClientPicker *clientPicker() const { return m_client; }
    ExchangePanel *exchangePanel() const { return m_exchange; }
    FormMessage *message() const { return m_message; }
    QPushButton *commitButton() const { return m_commit; }
    QPushButton *exchangeButton() const { return m_exchangeButton; }
    QLabel *previewLabel() const { return m_previewText; }
    // The last preview, when ReturnService accepted the request.
    const std::optional<SaleReturn> &preview() const { return m_preview; }
    // Once accepted: the return made, and for an exchange its new sale.
    const std::optional<SaleReturn> &madeReturn() const { return m_made; }
    const std::optional<Sale> &exchangeSale() const { return m_newSale; }

public slots:
    // Shows the new items; the refund then pays them first.
    void startExchange();
    void updatePreview();
    void commit();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void loadSale();
    void addProduct(const Product &product);
    void updateCommitButton();
    ReturnRequest returnRequest() const;
    ExchangeRequest exchangeRequest(const Id &approvedBy) const;
    Result<void> make(const Id &approvedBy);

    LocalStore &m_store;
    ReturnContext m_context;
    Id m_saleId;
    Id m_saleClient;
    Currency m_currency;
    bool m_exchanging = false;
    std::optional<SaleReturn> m_preview;
    std::optional<SaleReturn> m_made;
    std::optional<Sale> m_newSale;

    ReturnLinesModel *m_lines = nullptr;
    QTimer *m_previewDelay = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_searchLabel = nullptr;
    ProductSearchField *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_refundLabel = nullptr;
    QRadioButton *m_original = nullptr;
    QRadioButton *m_credit = nullptr;
    ClientPicker *m_client = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    ExchangePanel *m_exchange = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_previewText = nullptr;
    FormMessage *m_message = nullptr;
    QPushButton *m_exchangeButton = nullptr;
    QPushButton *m_commit = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Balcao
