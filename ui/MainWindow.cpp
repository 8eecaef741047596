// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "agenda/AgendaPage.h"
#include "clients/ClientsPage.h"
#include "conflicts/ConflictsPage.h"
#include "history/SalesHistoryPage.h"
#include "products/ProductsPage.h"
#include "receipts/ReceiptDialog.h"
#include "receipts/ReceiptPrintJob.h"
#include "receipts/ReceiptPrinterDialog.h"
#include "sales/CheckoutPage.h"
#include "sales/CheckoutShortcuts.h"
#include "sales/SaleCompletionView.h"
#include "settings/BusinessSettings.h"
#include "settings/CheckoutSettingsDialog.h"
#include "shell/AboutDialog.h"
#include "shell/LanguageMenu.h"
#include "shell/NavigationBar.h"
#include "shell/ShortcutsDialog.h"
#include "shell/StatusBarIndicators.h"
#include "sync/EnrolDialog.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace Balcao {

MainWindow::MainWindow(LocalStore &store, LanguageSwitcher &languages, const UserAccount &user,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_languages(languages)
    , m_user(user)
    , m_navigation(new NavigationBar(this))
    , m_pages(new QStackedWidget(this))
    , m_clients(new ClientsPage(store, this))
    , m_agenda(new AgendaPage(store, this))
    , m_checkout(new CheckoutPage(store, this))
    , m_conflicts(new ConflictsPage(store, this))
    , m_sales(new SalesHistoryPage(store, this))
    , m_products(new ProductsPage(store, this))
    , m_indicators(new StatusBarIndicators(store, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->addWidget(m_clients);
    m_pages->addWidget(m_conflicts);
    m_pages->addWidget(m_agenda);
    m_pages->addWidget(m_sales);
    m_pages->addWidget(m_products);
    m_conflicts->setUser(user.id);
    m_sales->setUser(user.id);
    m_products->setUser(user.id);
    m_pages->addWidget(m_checkout);
    m_conflicts->setUser(user.id);
    m_checkout->setUser(user.id);
    m_navigation->setAvailable(NavigationBar::Area::Checkout, true);
    m_navigation->setAvailable(NavigationBar::Area::Agenda, true);
    m_navigation->setAvailable(NavigationBar::Area::Clients, true);
    m_navigation->setAvailable(NavigationBar::Area::Conflicts, true);
    m_navigation->setAvailable(NavigationBar::Area::Sales, true);
    m_navigation->setAvailable(NavigationBar::Area::Inventory, true);
    m_navigation->setBadge(NavigationBar::Area::Conflicts, m_conflicts->count());
    // Only a title: when it cannot be read the window is just "Balcão".
    const auto businessName = BusinessSettings(store).businessName();
    m_navigation->setBusinessName(businessName ? *businessName : QString());
    m_navigation->select(NavigationBar::Area::Clients);
    connect(m_navigation, &NavigationBar::areaSelected, this, [this](NavigationBar::Area area) {
        if (area == NavigationBar::Area::Clients)
            m_pages->setCurrentWidget(m_clients);
        else if (area == NavigationBar::Area::Conflicts)
            m_pages->setCurrentWidget(m_conflicts);
        else if (area == NavigationBar::Area::Agenda)
            m_pages->setCurrentWidget(m_agenda);
        else if (area == NavigationBar::Area::Sales)
            m_pages->setCurrentWidget(m_sales);
        else if (area == NavigationBar::Area::Inventory)
            m_pages->setCurrentWidget(m_products);
        else if (area == NavigationBar::Area::Checkout)
            m_pages->setCurrentWidget(m_checkout);
    });
    // The agenda and the clients' pages lead to each other.
    connect(m_agenda, &AgendaPage::clientPageRequested, this, [this](const Id &clientId) {
        m_navigation->select(NavigationBar::Area::Clients);
        m_clients->showClient(clientId);
    });
    connect(m_clients, &ClientsPage::bookingRequested, this, [this](const BookingPrefill &prefill) {
        m_navigation->select(NavigationBar::Area::Agenda);
        m_agenda->book(prefill);
    });
    connect(m_sales, &SalesHistoryPage::clientPageRequested, this, [this](const Id &clientId) {
        m_navigation->select(NavigationBar::Area::Clients);
        m_clients->showClient(clientId);
    });
    connect(m_sales, &SalesHistoryPage::reprintRequested, this, &MainWindow::reprintRequested);
    connect(this, &MainWindow::reprintRequested, this, [this](const Id &saleId) {
        ReceiptDialog dialog(m_store, ReceiptDialog::Document::Sale, saleId,
                             ReceiptDialog::Purpose::Reprint, this);
        dialog.exec();
    });
    connect(m_clients, &ClientsPage::checkoutRequested, this, [this](const Id &clientId) {
        showCheckout();
        m_checkout->startSaleFor(clientId);
    });
    connect(m_clients, &ClientsPage::saleRequested, this, [this](const Id &saleId) {
        m_navigation->select(NavigationBar::Area::Sales);
        m_sales->showSale(saleId);
    });
    connect(m_sales, &SalesHistoryPage::salesChanged, m_indicators, &StatusBarIndicators::refresh);
    connect(m_products, &ProductsPage::productsChanged, m_indicators,
            &StatusBarIndicators::refresh);
    // An appointment is charged at the checkout; the sale completes it.
    connect(m_agenda, &AgendaPage::checkoutRequested, this, [this](const Id &appointmentId) {
        showCheckout();
        m_checkout->checkoutAppointment(appointmentId);
    });
    // Receipts after a sale: printed at once when this terminal is set to,
    // and a button on the completion view for the receipt dialog (print
    // again, PDF, e-mail).
    connect(m_checkout, &CheckoutPage::saleCompleted, this, [this](const Id &saleId) {
        if (auto *job = ReceiptPrintJob::printAfterSale(m_store, saleId, this)) {
            connect(job, &ReceiptPrintJob::finished, this, [this](const Result<void> &printed) {
                if (!printed)
                    statusBar()->showMessage(printed.error().message, 15000);
            });
        }
    });
    m_saleReceipt = new QAction(this);
    m_saleReceipt->setObjectName(QStringLiteral("saleReceipt"));
    m_checkout->completion()->addAction(m_saleReceipt);
    connect(m_saleReceipt, &QAction::triggered, this, [this] {
        ReceiptDialog dialog(m_store, ReceiptDialog::Document::Sale,
                             m_checkout->completion()->saleId(), ReceiptDialog::Purpose::AfterSale,
                             this);
        dialog.exec();
    });
    connect(m_checkout, &CheckoutPage::changed, this, [this] {
        m_indicators->refresh();
        m_agenda->reload(); // a charged appointment is completed
        m_clients->reload(); // a client may have been added at the counter
    });
    // F9 from anywhere in the window: the counter's key.
    auto *checkoutKey = new QShortcut(QKeySequence(Qt::Key_F9), this);
    checkoutKey->setContext(Qt::WindowShortcut);
    connect(checkoutKey, &QShortcut::activated, this, &MainWindow::showCheckout);
    connect(m_agenda, &AgendaPage::changed, this, [this] {
        m_indicators->refresh();
        m_clients->reload(); // a booking may have added a client
    });
    connect(m_conflicts, &ConflictsPage::countChanged, this,
            [this](int count) { m_navigation->setBadge(NavigationBar::Area::Conflicts, count); });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_indicators->setSignedInUser(user.login);
    statusBar()->addPermanentWidget(m_indicators, 1);
    statusBar()->setSizeGripEnabled(false);
    connect(m_clients, &ClientsPage::clientsChanged, m_indicators, &StatusBarIndicators::refresh);
    connect(m_conflicts, &ConflictsPage::conflictResolved, m_indicators,
            &StatusBarIndicators::refresh);
    connect(m_indicators, &StatusBarIndicators::conflictsClicked, this,
            [this] { m_navigation->select(NavigationBar::Area::Conflicts); });

    buildMenus();
    retranslate();
    resize(1180, 740);
}

void MainWindow::setSyncController(SyncController *sync)
{
    m_sync = sync;
    connect(sync, &SyncController::statusChanged, this, &MainWindow::showSyncStatus);
    connect(sync, &SyncController::localChangeCommitted, m_indicators,
            &StatusBarIndicators::refresh);
    connect(sync, &SyncController::runningChanged, this, [this](bool running) {
        if (!running)
            m_indicators->setNotConnected();
        updateConnectAction();
    });
    if (sync->status())
        showSyncStatus(*sync->status());
    updateConnectAction();
}

void MainWindow::showSyncStatus(const SyncStatus &status)
{
    m_indicators->setSyncStatus(status);
    // A round may have brought or cleared conflicts, or resolved them
    // elsewhere.
    if (status.state != SyncStatus::State::Syncing)
        m_conflicts->refresh();
    // Clients another terminal added or changed show up without a search.
    if (status.lastApplied > 0) {
        m_clients->reload();
        m_agenda->reload(); // appointments booked or moved elsewhere
        // Sales and stock from other terminals; hidden pages read again
        // when shown.
        if (m_sales->isVisible())
            m_sales->reload();
        if (m_products->isVisible())
            m_products->reload();
        m_checkout->reload(); // stock, balances and shifts changed elsewhere
    }
}

void MainWindow::updateConnectAction()
{
    m_connect->setEnabled(m_sync && !m_sync->isRunning());
}

void MainWindow::updateSettingsAction()
{
    // Who may change the checkout rules is StaffService's to say.
    auto allowed = StaffService(m_store).approver(m_user.id, tr("the checkout settings"));
    m_checkoutSettings->setEnabled(allowed.ok());
    m_checkoutSettings->setToolTip(allowed ? QString() : allowed.error().message);
}

void MainWindow::openCheckoutSettings()
{
    updateSettingsAction(); // the role may have changed since sign-in (sync)
    if (!m_checkoutSettings->isEnabled())
        return;
    CheckoutSettingsDialog dialog(m_store, this);
    connect(&dialog, &CheckoutSettingsDialog::taxClassesChanged, m_products, &ProductsPage::reload);
    dialog.exec();
    m_indicators->refresh();
}

void MainWindow::connectToServer()
{
    if (!m_sync || m_sync->isRunning())
        return;
    EnrolDialog dialog(m_store, m_sync->secrets(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_sync->start();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_connect = m_fileMenu->addAction(QString(), this, &MainWindow::connectToServer);
    m_connect->setObjectName(QStringLiteral("connectToServer"));
    m_connect->setEnabled(false);
    m_receiptPrinter = m_fileMenu->addAction(QString(), this, [this] {
        ReceiptPrinterDialog dialog(m_store, this);
        dialog.exec();
    });
    m_receiptPrinter->setObjectName(QStringLiteral("receiptPrinterSettings"));
    // With the other things one sets up once (File ▸ Settings, as many
    // desktop apps have it), rather than a menu of its own for one entry.
    m_checkoutSettings = m_fileMenu->addAction(QString(), this, &MainWindow::openCheckoutSettings);
    m_checkoutSettings->setObjectName(QStringLiteral("checkoutSettings"));
    m_checkoutSettings->setMenuRole(QAction::NoRole);
    updateSettingsAction();
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    menuBar()->addMenu(new LanguageMenu(m_languages, this));

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcuts = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const auto name = BusinessSettings(m_store).businessName();
    const QString business = name ? *name : QString();
    setWindowTitle(business.isEmpty() ? QStringLiteral("Balcão") : tr("%1 – Balcão").arg(business));
    m_fileMenu->setTitle(tr("&File"));
    m_connect->setText(tr("&Connect to server…"));
    m_receiptPrinter->setText(tr("&Receipt printer…"));
    m_saleReceipt->setText(tr("&Receipt…"));
    m_saleReceipt->setToolTip(tr("Print the receipt again, save it as PDF or e-mail it"));
    m_quit->setText(tr("&Quit"));
    m_checkoutSettings->setText(tr("Checkout &settings…"));
    updateSettingsAction();
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About Balcão"));
}

void MainWindow::showShortcuts()
{
    const auto key = [](QKeySequence::StandardKey standard) {
        return QKeySequence(standard).toString(QKeySequence::NativeText).toHtmlEscaped();
    };
    const QString rows = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>");
    QString table = QStringLiteral("<table cellspacing='6'>");
    table += rows.arg(key(QKeySequence::Find), tr("Search clients"));
    table += rows.arg(key(QKeySequence::New), tr("New client"));
    table += rows.arg(key(QKeySequence::Save), tr("Save the client"));
    table += rows.arg(key(QKeySequence::Delete), tr("Delete the selected client (in the list)"));
    table += rows.arg(tr("Down"), tr("From the search to the list"));
    table += rows.arg(tr("Enter"), tr("From the list to the client's details"));
    table += rows.arg(QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText),
                      tr("The selected client's page (history and metrics)"));
    table += QStringLiteral("<tr><td colspan='2'><b>%1</b></td></tr>").arg(tr("Agenda"));
    table += rows.arg(tr("Arrows"), tr("Move between slots, staff and days"));
    table += rows.arg(tr("Alt+Arrows"), tr("Move the selected appointment"));
    table += rows.arg(tr("Alt+Shift+Up/Down"), tr("Make the selected appointment shorter/longer"));
    table += rows.arg(tr("Ctrl+Left/Right"), tr("Previous / next day or week"));
    table += rows.arg(QStringLiteral("T"), tr("Today"));
    table += rows.arg(QStringLiteral("D / W"), tr("Day / week view"));
    table += rows.arg(QKeySequence(Qt::CTRL | Qt::Key_G).toString(QKeySequence::NativeText),
                      tr("Go to a date"));
    table += rows.arg(QStringLiteral("N"), tr("New appointment"));
    table += rows.arg(tr("Enter"), tr("Open the selected appointment (or book the empty slot)"));
    table += rows.arg(tr("Delete"), tr("Cancel the selected appointment (asks a reason)"));
    table += rows.arg(tr("%1 / %2").arg(key(QKeySequence::Undo), key(QKeySequence::Redo)),
                      tr("Undo / redo moves and resizes, one by one"));
    table += QStringLiteral("<tr><td colspan='2'><b>%1</b></td></tr>").arg(tr("Sales"));
    table += rows.arg(key(QKeySequence::Find), tr("Search sales (type or scan a receipt number)"));
    table += rows.arg(tr("Down, arrows"), tr("Go through the sales; the selected one shows"));
    table += rows.arg(tr("Enter"), tr("To the sale's actions (Return, Reprint…)"));
    table += QStringLiteral("<tr><td colspan='2'><b>%1</b></td></tr>").arg(tr("Products"));
    table += rows.arg(key(QKeySequence::Find), tr("Search products (or scan a barcode)"));
    table += rows.arg(key(QKeySequence::New), tr("New product"));
    table += rows.arg(key(QKeySequence::Save), tr("Save the product"));
    table += rows.arg(key(QKeySequence::Quit), tr("Quit"));
    table += QStringLiteral("</table>");
    table += CheckoutShortcuts::html();
    ShortcutsDialog dialog(tr("Keyboard shortcuts"), table, this);
    dialog.exec();
}

void MainWindow::showCheckout()
{
    m_navigation->select(NavigationBar::Area::Checkout);
    m_checkout->focusScan();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(AboutFacts::of(m_store), this);
    dialog.exec();
}

} // namespace Balcao
