// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckoutPage.h"

#include "BarcodeWedge.h"
#include "CartEditor.h"
#include "CartModel.h"
#include "CartTotalsPanel.h"
#include "CartView.h"
#include "CatalogSearch.h"
#include "CheckoutShortcuts.h"
#include "DiscountDialog.h"
#include "DuePaymentDialog.h"
#include "GiftCardSaleDialog.h"
#include "PaymentDialog.h"
#include "SaleClientDialog.h"
#include "SaleCompletionView.h"
#include "SalesStyle.h"
#include "ShiftBar.h"
#include "StaffPickerDialog.h"
#include "TipDialog.h"
#include "agenda/TerminalLocation.h"
#include "catalog/ProductCatalog.h"
#include "catalog/ServiceCatalog.h"
#include "clients/ClientService.h"
#include "sales/CartBuilder.h"
#include "shell/FormMessage.h"
#include "shell/ListPageFrame.h"
#include "shell/ShortcutsDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Balcao {

CheckoutPage::CheckoutPage(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_location(terminalLocation(store))
{
    setObjectName(QStringLiteral("checkoutPage"));
    const Id locationId = m_location ? m_location->id : Id();
    m_editor = new CartEditor(store, locationId, this);
    m_model = new CartModel(store, m_editor, this);
    m_search = new CatalogSearch(store, locationId, this);
    m_shiftBar = new ShiftBar(store, locationId,
                              m_location ? m_location->timeZone() : QTimeZone::utc(), this);
    m_wedge = new BarcodeWedge(this);
    buildLayout();
    setUpShortcuts();
    applySalesStyle(this);

    connect(m_editor, &CartEditor::changed, this, &CheckoutPage::cartChanged);
    connect(m_model, &CartModel::editRefused, this, &CheckoutPage::showError);
    connect(m_wedge, &BarcodeWedge::scanned, this, &CheckoutPage::addCode);
    connect(m_search, &CatalogSearch::productChosen, this, &CheckoutPage::addProduct);
    connect(m_search, &CatalogSearch::serviceChosen, this, &CheckoutPage::addService);
    connect(m_search, &CatalogSearch::notFound, this, &CheckoutPage::showError);
    connect(m_search, &CatalogSearch::leaveDown, this, [this] {
        if (m_editor->isEmpty())
            return;
        m_view->setFocus(Qt::TabFocusReason);
        m_view->showRow(std::max(0, m_view->currentRow()));
    });
    connect(m_view, &CartView::quantityStepRequested, this, [this](int row, int delta) {
        if (auto changed = m_editor->changeQuantity(row, delta); !changed)
            showError(changed.error().message);
    });
    connect(m_view, &CartView::removeRequested, this, [this](int row) {
        if (auto removed = m_editor->removeLine(row); !removed)
            showError(removed.error().message);
        else
            m_message->showSuccess(tr("Line removed. Ctrl+Z brings it back."));
    });
    connect(m_shiftBar, &ShiftBar::failed, this, &CheckoutPage::showError);
    connect(m_shiftBar, &ShiftBar::changed, this, &CheckoutPage::changed);
    connect(m_completion, &SaleCompletionView::newSaleRequested, this, &CheckoutPage::newSale);
    connect(m_editor->undoStack(), &QUndoStack::canUndoChanged, m_undo, &QToolButton::setEnabled);

    retranslate();
    cartChanged(-1);
    if (!m_location) {
        m_body->setEnabled(false);
        m_message->showError(m_location.error().kind == Error::Kind::NotFound
                                 ? tr("Set up a location before selling.")
                                 : m_location.error().message);
    }
}

CheckoutPage::~CheckoutPage()
{
    // A quantity editor still open commits from the event loop; the cart
    // must not report back to a page that is half gone.
    disconnect(m_editor, nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

void CheckoutPage::buildLayout()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_message = new FormMessage(this);

    m_view = new CartView(this);
    m_view->setModel(m_model);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(CartModel::ItemColumn, QHeaderView::Stretch);
    for (int column = CartModel::StaffColumn; column < CartModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setFocusPolicy(Qt::StrongFocus);

    m_lineDiscount = new QPushButton(this);
    m_lineDiscount->setObjectName(QStringLiteral("lineDiscountButton"));
    connect(m_lineDiscount, &QPushButton::clicked, this, &CheckoutPage::discountLine);
    m_saleDiscount = new QPushButton(this);
    m_saleDiscount->setObjectName(QStringLiteral("saleDiscountButton"));
    connect(m_saleDiscount, &QPushButton::clicked, this, &CheckoutPage::discountSale);
    m_tip = new QPushButton(this);
    m_tip->setObjectName(QStringLiteral("tipButton"));
    connect(m_tip, &QPushButton::clicked, this, &CheckoutPage::addTip);
    m_giftCard = new QPushButton(this);
    m_giftCard->setObjectName(QStringLiteral("giftCardButton"));
    connect(m_giftCard, &QPushButton::clicked, this, &CheckoutPage::sellGiftCard);
    m_undo = new QToolButton(this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setEnabled(false);
    connect(m_undo, &QToolButton::clicked, m_editor->undoStack(), &QUndoStack::undo);
    m_help = new QToolButton(this);
    m_help->setObjectName(QStringLiteral("checkoutKeysButton"));
    connect(m_help, &QToolButton::clicked, this, &CheckoutPage::showShortcuts);

    auto *cartButtons = new QHBoxLayout;
    cartButtons->setSpacing(6);
    cartButtons->addWidget(m_lineDiscount);
    cartButtons->addWidget(m_saleDiscount);
    cartButtons->addWidget(m_tip);
    cartButtons->addWidget(m_giftCard);
    cartButtons->addStretch(1);
    auto *cartColumn = new QVBoxLayout;
    cartColumn->setSpacing(8);
    cartColumn->addWidget(m_view, 1);
    cartColumn->addLayout(cartButtons);

    // The side: who the sale is for, what it comes to, Pay.
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("checkoutSide"));
    side->setAttribute(Qt::WA_StyledBackground);
    m_clientTitle = new QLabel(side);
    m_clientTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_client = new QLabel(side);
    m_client->setObjectName(QStringLiteral("saleClient"));
    m_client->setWordWrap(true);
    m_client->setTextFormat(Qt::RichText);
    m_clientButton = new QPushButton(side);
    m_clientButton->setObjectName(QStringLiteral("clientButton"));
    connect(m_clientButton, &QPushButton::clicked, this, &CheckoutPage::chooseClient);
    m_receiveDue = new QPushButton(side);
    m_receiveDue->setObjectName(QStringLiteral("receiveDueButton"));
    m_receiveDue->setVisible(false);
    connect(m_receiveDue, &QPushButton::clicked, this, &CheckoutPage::receiveDue);
    m_totals = new CartTotalsPanel(side);
    m_pay = new QPushButton(side);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setMinimumHeight(56);
    connect(m_pay, &QPushButton::clicked, this, &CheckoutPage::pay);
    auto *clientRow = new QHBoxLayout;
    clientRow->addWidget(m_clientTitle, 1);
    clientRow->addWidget(m_clientButton);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(16, 14, 16, 16);
    sideLayout->setSpacing(8);
    sideLayout->addLayout(clientRow);
    sideLayout->addWidget(m_client);
    sideLayout->addWidget(m_receiveDue, 0, Qt::AlignLeft);
    sideLayout->addSpacing(10);
    sideLayout->addWidget(m_totals);
    sideLayout->addStretch(1);
    sideLayout->addWidget(m_pay);
    side->setFixedWidth(330);

    m_body = new QWidget(this);
    auto *bodyLayout = new QHBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(16);
    bodyLayout->addLayout(cartColumn, 1);
    bodyLayout->addWidget(side);

    m_completion = new SaleCompletionView(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_body);
    m_stack->addWidget(m_completion);

    // Undo and the keys' list sit up here, with the drawer, so the row under
    // the cart keeps room for its actions in longer languages.
    QHBoxLayout *top = pageHeader(m_title, m_subtitle);
    top->addWidget(m_undo, 0, Qt::AlignBottom);
    top->addWidget(m_help, 0, Qt::AlignBottom);
    top->addSpacing(12);
    top->addWidget(m_shiftBar, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_search);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    // Undo belongs to the cart, not to the text of an empty search field.
    m_search->field()->installEventFilter(this);
    setTabOrder(m_search->field(), m_view);
    setTabOrder(m_view, m_lineDiscount);
    setTabOrder(m_lineDiscount, m_saleDiscount);
    setTabOrder(m_saleDiscount, m_tip);
    setTabOrder(m_tip, m_giftCard);
    setTabOrder(m_giftCard, m_clientButton);
    setTabOrder(m_clientButton, m_receiveDue);
    setTabOrder(m_receiveDue, m_pay);
    setFocusProxy(m_search->field());
}

void CheckoutPage::setUpShortcuts()
{
    // Only while the focus is on this page: a hidden page's keys are free
    // for the others.
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_F3), &CheckoutPage::sellGiftCard);
    add(QKeySequence(Qt::Key_F4), &CheckoutPage::chooseClient);
    add(QKeySequence(Qt::Key_F5), &CheckoutPage::discountLine);
    add(QKeySequence(Qt::Key_F6), &CheckoutPage::discountSale);
    add(QKeySequence(Qt::Key_F7), &CheckoutPage::addTip);
    add(QKeySequence(Qt::Key_F8), [this] { m_shiftBar->showMenu(); });
    add(QKeySequence(Qt::Key_F10), &CheckoutPage::receiveDue);
    add(QKeySequence(Qt::Key_F12), &CheckoutPage::pay);
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), &CheckoutPage::pay);
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), &CheckoutPage::pay);
    add(QKeySequence::Undo, [this] { m_editor->undoStack()->undo(); });
    add(QKeySequence::Redo, [this] { m_editor->undoStack()->redo(); });
    add(QKeySequence(Qt::Key_Escape), [this] {
        if (!m_search->field()->text().isEmpty())
            m_search->clear();
        focusScan();
    });
}

bool CheckoutPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search->field() && event->type() == QEvent::ShortcutOverride
        && m_search->field()->text().isEmpty()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Not taken by the field: the page's Undo/Redo shortcuts fire.
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CheckoutPage::setUser(const Id &userId)
{
    m_user = userId;
    m_shiftBar->setUser(userId);
}

void CheckoutPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CheckoutPage::retranslate()
{
    m_title->setText(tr("Checkout"));
    m_subtitle->setText(m_location ? m_location->name : QString());
    m_search->retranslate();
    m_model->retranslate();
    m_lineDiscount->setText(tr("Line discount (F5)"));
    m_lineDiscount->setToolTip(tr("A discount on the selected line: an amount or a percentage"));
    m_saleDiscount->setText(tr("Sale discount (F6)"));
    m_saleDiscount->setToolTip(tr("A discount on the whole sale, shared among its lines"));
    m_tip->setText(tr("Tip (F7)"));
    m_giftCard->setText(tr("Gift card (F3)"));
    m_giftCard->setToolTip(tr("Sell a gift card, or add to one"));
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Undo the last change to the cart (Ctrl+Z)"));
    m_help->setText(tr("Keys"));
    m_help->setToolTip(tr("The checkout's keyboard shortcuts"));
    m_clientTitle->setText(tr("Client"));
    m_clientButton->setText(tr("Choose… (F4)"));
    m_receiveDue->setText(tr("Receive what is owed… (F10)"));
    m_receiveDue->setToolTip(tr("The client pays off what they left on their account"));
    cartChanged(-1);
}

QString CheckoutPage::clientName() const
{
    const Id &id = m_editor->cart().clientId;
    if (id.isNull())
        return {};
    auto client = ClientService(m_store).find(id);
    return client ? client->name : QString();
}

QString CheckoutPage::clientText() const
{
    return m_client->text();
}

bool CheckoutPage::isShowingCompletion() const
{
    return m_stack->currentWidget() == m_completion;
}

void CheckoutPage::cartChanged(int focusRow)
{
    const Cart &cart = m_editor->cart();
    const CheckoutReview &review = m_editor->review();
    m_totals->show(cart, review, m_model->staffName(cart.tipStaffId));
    if (cart.clientId.isNull()) {
        m_client->setText(tr("No client: a sale to a walk-in.").toHtmlEscaped());
    } else {
        QStringList parts { QStringLiteral("<b>%1</b>").arg(clientName().toHtmlEscaped()) };
        if (review.clientStoreCredit && review.clientStoreCredit->isPositive())
            parts << tr("Store credit %1")
                         .arg(review.clientStoreCredit->toDisplayString())
                         .toHtmlEscaped();
        if (review.clientDue && review.clientDue->isPositive())
            parts << tr("Owes %1").arg(review.clientDue->toDisplayString()).toHtmlEscaped();
        m_client->setText(parts.join(QStringLiteral("<br>")));
    }
    m_receiveDue->setVisible(!cart.clientId.isNull() && review.clientDue
                             && review.clientDue->isPositive());
    m_pay->setText(m_editor->isEmpty()
                       ? tr("Pay (F12)")
                       : tr("Pay %1  (F12)").arg(review.totals.total.toDisplayString()));
    m_pay->setEnabled(!m_editor->isEmpty());
    m_lineDiscount->setEnabled(!m_editor->isEmpty());
    m_saleDiscount->setEnabled(!m_editor->isEmpty());
    m_tip->setEnabled(!m_editor->isEmpty());
    if (focusRow >= 0)
        m_view->showRow(focusRow);
}

void CheckoutPage::showError(const QString &message)
{
    m_message->showError(message);
}

void CheckoutPage::addCode(const QString &code)
{
    if (isShowingCompletion())
        newSale();
    // A scanner reads barcodes; shelf labels printed in the shop may carry
    // the SKU instead.
    ProductCatalog catalog(m_store);
    auto product = catalog.findByBarcode(code);
    if (!product)
        product = catalog.findByAnyCode(code);
    if (!product) {
        showError(tr("%1 Nothing was added.").arg(product.error().message));
        return;
    }
    addProduct(product->id);
}

void CheckoutPage::addProduct(const Id &productId)
{
    if (isShowingCompletion())
        newSale();
    auto product = ProductCatalog(m_store).find(productId);
    if (!product) {
        showError(product.error().message);
        return;
    }
    auto row = m_editor->addProduct(*product);
    if (!row) {
        showError(row.error().message);
        return;
    }
    m_message->clear();
}

void CheckoutPage::addService(const Id &serviceId)
{
    if (isShowingCompletion())
        newSale();
    auto service = ServiceCatalog(m_store).find(serviceId);
    if (!service) {
        showError(service.error().message);
        return;
    }
    StaffPickerDialog picker(m_store, *service, this);
    Id staff;
    if (picker.candidates().size() == 1) {
        staff = picker.candidates().first(); // nobody else performs it: no question
    } else if (picker.candidates().size() > 1) {
        if (picker.exec() != QDialog::Accepted) {
            focusScan();
            return;
        }
        staff = picker.chosen();
    }
    if (auto row = m_editor->addService(*service, staff); !row) {
        showError(row.error().message);
        return;
    }
    m_message->clear();
    focusScan();
}

void CheckoutPage::checkoutAppointment(const Id &appointmentId)
{
    if (isShowingCompletion())
        newSale();
    auto cart = CartBuilder(m_store).cartForAppointment(appointmentId);
    if (!cart) {
        showError(cart.error().message);
        return;
    }
    const bool replacing = !m_editor->isEmpty();
    if (auto replaced = m_editor->replace(*cart, tr("Check out an appointment")); !replaced) {
        showError(replaced.error().message);
        return;
    }
    QString done = tr("The appointment is in the cart. Add products if needed, then Pay (F12).");
    if (replacing)
        done += QLatin1Char(' ') + tr("Ctrl+Z brings back the cart that was here.");
    m_message->showSuccess(done);
    focusScan();
}

void CheckoutPage::chooseClient()
{
    if (isShowingCompletion())
        return;
    SaleClientDialog dialog(m_store, m_editor->cart().clientId, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (auto chosen = m_editor->setClient(dialog.clientId()); !chosen)
            showError(chosen.error().message);
        else
            emit changed(); // a new client may have been added
    }
    focusScan();
}

int CheckoutPage::lineForDiscount() const
{
    // The selected line, or the last one added.
    const int row = m_view->currentRow();
    return row >= 0 ? row : static_cast<int>(m_editor->cart().lines.size()) - 1;
}

void CheckoutPage::discountLine()
{
    if (isShowingCompletion() || m_editor->isEmpty())
        return;
    const int row = lineForDiscount();
    const CartLine &line = m_editor->cart().lines.at(row);
    DiscountDialog dialog(
        tr("Discount on a line"), tr("Discount on %1").arg(line.description), line.discount,
        m_editor->cart().currency,
        [this, row](const Discount &discount) { return m_editor->setLineDiscount(row, discount); },
        this);
    dialog.exec();
    m_view->showRow(row);
}

void CheckoutPage::discountSale()
{
    if (isShowingCompletion() || m_editor->isEmpty())
        return;
    DiscountDialog dialog(
        tr("Discount on the sale"),
        tr("A discount on the whole sale, shared among its lines in proportion to their price."),
        m_editor->cart().orderDiscount, m_editor->cart().currency,
        [this](const Discount &discount) { return m_editor->setOrderDiscount(discount); }, this);
    dialog.exec();
}

void CheckoutPage::addTip()
{
    if (isShowingCompletion() || m_editor->isEmpty())
        return;
    const Cart &cart = m_editor->cart();
    // For whoever the tip is for already, else whoever did the first service.
    Id staff = cart.tipStaffId;
    for (const CartLine &line : cart.lines) {
        if (staff.isNull() && line.kind == SaleLineKind::Service)
            staff = line.staffId;
    }
    TipDialog dialog(
        m_store, cart.tip.value_or(Money::zero(cart.currency)), staff,
        [this](const Money &tip, const Id &staffId) { return m_editor->setTip(tip, staffId); },
        this);
    dialog.exec();
}

void CheckoutPage::sellGiftCard()
{
    if (isShowingCompletion() || !m_location)
        return;
    m_wedge->release();
    GiftCardSaleDialog dialog(
        m_store, m_editor->cart().currency,
        [this](const QString &code, const Money &amount) -> Result<void> {
            auto row = m_editor->addGiftCard(code, amount);
            if (!row)
                return row.error();
            m_view->showRow(*row);
            return {};
        },
        this);
    dialog.exec();
    focusScan();
}

void CheckoutPage::startSaleFor(const Id &clientId)
{
    if (isShowingCompletion())
        newSale();
    if (m_editor->cart().clientId != clientId) {
        if (auto chosen = m_editor->setClient(clientId); !chosen)
            showError(chosen.error().message);
    }
    focusScan();
}

void CheckoutPage::receiveDue()
{
    const Cart &cart = m_editor->cart();
    if (isShowingCompletion() || !m_location || cart.clientId.isNull())
        return;
    m_wedge->release();
    // What is owed now (another terminal may have taken a payment), and
    // whether there is anything to receive, are DuePayment's to say.
    auto owed = DuePayment(m_store).owed(cart.clientId);
    if (auto nothingPaidYet = owed ? DuePayment::settle(*owed, {}) : owed.error();
        !nothingPaidYet) {
        showError(nothingPaidYet.error().message);
        focusScan();
        return;
    }
    DuePaymentRequest request;
    request.clientId = cart.clientId;
    request.locationId = m_location->id;
    request.userId = m_user;
    request.drawerId = m_shiftBar->drawer().id;
    DuePaymentDialog dialog(m_store, request, clientName(), *owed, this);
    if (dialog.exec() == QDialog::Accepted) {
        const DuePayment::Outcome &done = dialog.outcome();
        QString text = tr("Received %1 from %2.").arg(done.paid.toDisplayString(), clientName());
        if (done.change.isPositive())
            text += QLatin1Char(' ') + tr("Change to give: %1.").arg(done.change.toDisplayString());
        text += QLatin1Char(' ')
            + (done.stillDue.isPositive()
                   ? tr("Still owed: %1.").arg(done.stillDue.toDisplayString())
                   : tr("Nothing is owed now."));
        m_editor->refresh();
        m_shiftBar->refresh();
        m_message->showSuccess(text);
        emit changed();
    }
    focusScan();
}

void CheckoutPage::pay()
{
    if (isShowingCompletion() || !m_location)
        return;
    m_wedge->release();
    if (m_editor->isEmpty()) {
        showError(tr("The cart is empty: scan or search for what to sell."));
        focusScan();
        return;
    }
    CheckoutRequest request;
    request.cart = m_editor->cart();
    request.locationId = m_location->id;
    request.userId = m_user;
    request.drawerId = m_shiftBar->drawer().id;
    PaymentDialog dialog(m_store, request, m_editor->review(), m_shiftBar->drawer(), clientName(),
                         this);
    const bool paid = dialog.exec() == QDialog::Accepted;
    m_shiftBar->refresh(); // the payment may have opened the drawer's shift
    if (!paid) {
        focusScan();
        return;
    }
    showCompletion(dialog.sale());
}

void CheckoutPage::showCompletion(const Sale &sale)
{
    m_completion->showSale(sale, clientName());
    m_stack->setCurrentWidget(m_completion);
    m_search->clear();
    m_message->clear();
    m_completion->setFocus(Qt::OtherFocusReason);
    emit saleCompleted(sale.id);
    emit changed();
}

void CheckoutPage::newSale()
{
    m_editor->startNewSale();
    m_stack->setCurrentWidget(m_body);
    m_message->clear();
    m_search->clear();
    focusScan();
}

void CheckoutPage::focusScan()
{
    m_search->field()->setFocus(Qt::ShortcutFocusReason);
}

void CheckoutPage::showShortcuts()
{
    ShortcutsDialog dialog(tr("Checkout keys"), CheckoutShortcuts::html(), this);
    dialog.exec();
}

void CheckoutPage::reload()
{
    m_editor->refresh();
    m_shiftBar->refresh();
    m_search->refresh();
}

} // namespace Balcao
