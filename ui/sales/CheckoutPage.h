// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "locations/LocationService.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Balcao {

class BarcodeWedge;
class CartEditor;
class CartModel;
class CartTotalsPanel;
class CartView;
class CatalogSearch;
class FormMessage;
class LocalStore;
class SaleCompletionView;
class ShiftBar;
struct Sale;

// The checkout area, made for the keyboard: scan or search at the top (a
// scanner works wherever the cursor is), the cart in the middle, the client
// with their balances, the totals and Pay (F12) on the right, the drawer's
// shift above. Every figure, check and write is core's: the cart is edited
// through CartEditor (undoable, reviewed by CheckoutService), paid through
// PaymentDialog, and the drawer handled by ShiftBar. After a sale the
// completion view shows the change; Enter starts the next sale.
class CheckoutPage : public QWidget
{
    Q_OBJECT
public:
    explicit CheckoutPage(LocalStore &store, QWidget *parent = nullptr);
    ~CheckoutPage() override;

    void setUser(const Id &userId);
    CartEditor *cart() const { return m_editor; }
    CartModel *model() const { return m_model; }
    CartView *cartView() const { return m_view; }
    CatalogSearch *search() const { return m_search; }
    BarcodeWedge *wedge() const { return m_wedge; }
    ShiftBar *shiftBar() const { return m_shiftBar; }
    CartTotalsPanel *totals() const { return m_totals; }
    SaleCompletionView *completion() const { return m_completion; }
    FormMessage *message() const { return m_message; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *receiveDueButton() const { return m_receiveDue; }
    QString clientText() const;
    bool isShowingCompletion() const;
    // Where this page sells (null when the terminal has no location).
    Id locationId() const { return m_location ? m_location->id : Id(); }

public slots:
    // What a scanner read: the product with that barcode (or SKU).
    void addCode(const QString &code);
    void addProduct(const Balcao::Id &productId);
    // Asks who performed it when several people can.
    void addService(const Balcao::Id &serviceId);
    // The appointment's services, staff and booked prices, and its client,
    // replace the cart (Ctrl+Z brings the previous one back).
    void checkoutAppointment(const Balcao::Id &appointmentId);
    void chooseClient();
    void discountLine();
    void discountSale();
    void addTip();
    void sellGiftCard();
    // A sale for this client: the cart gets them (undoably), after the
    // completed sale on screen if there is one.
    void startSaleFor(const Balcao::Id &clientId);
    // The client of the sale pays off what they owe (F10).
    void receiveDue();
    void pay();
    void newSale();
    void focusScan();
    void showShortcuts();
    // Reads stock, balances and the drawer again (after a sync round).
    void reload();

signals:
    // A sale was committed: receipts and the other areas hook in here.
    void saleCompleted(const Balcao::Id &saleId);
    // Something was written (a sale, a shift, a client).
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void setUpShortcuts();
    void retranslate();
    void cartChanged(int focusRow);
    void showError(const QString &message);
    void showCompletion(const Sale &sale);
    QString clientName() const;
    int lineForDiscount() const;

    LocalStore &m_store;
    Result<Location> m_location; // TerminalLocation's answer, or why there is none
    Id m_user;
    CartEditor *m_editor = nullptr;
    CartModel *m_model = nullptr;
    CartView *m_view = nullptr;
    CatalogSearch *m_search = nullptr;
    BarcodeWedge *m_wedge = nullptr;
    ShiftBar *m_shiftBar = nullptr;
    CartTotalsPanel *m_totals = nullptr;
    SaleCompletionView *m_completion = nullptr;
    FormMessage *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_clientTitle = nullptr;
    QLabel *m_client = nullptr;
    QPushButton *m_clientButton = nullptr;
    QPushButton *m_lineDiscount = nullptr;
    QPushButton *m_saleDiscount = nullptr;
    QPushButton *m_giftCard = nullptr;
    QPushButton *m_receiveDue = nullptr;
    QPushButton *m_tip = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_help = nullptr;
    QPushButton *m_pay = nullptr;
};

} // namespace Balcao
