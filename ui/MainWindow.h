// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/StaffService.h"

#include <QMainWindow>

class QStackedWidget;

namespace Balcao {

class AgendaPage;
class ClientsPage;
class ConflictsPage;
class LanguageSwitcher;
class LocalStore;
class NavigationBar;
class ProductsPage;
class SalesHistoryPage;
class StatusBarIndicators;
class SyncController;
struct SyncStatus;

// The app's window: the navigation on the left, the current area's page,
// the menus, and the status bar with the database and sync state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(LocalStore &store, LanguageSwitcher &languages, const UserAccount &user = {},
               QWidget *parent = nullptr);

    NavigationBar *navigation() const { return m_navigation; }
    AgendaPage *agendaPage() const { return m_agenda; }
    ClientsPage *clientsPage() const { return m_clients; }
    ConflictsPage *conflictsPage() const { return m_conflicts; }
    SalesHistoryPage *salesPage() const { return m_sales; }
    ProductsPage *productsPage() const { return m_products; }
    QAction *checkoutSettingsAction() const { return m_checkoutSettings; }
    StatusBarIndicators *indicators() const { return m_indicators; }
    QAction *connectAction() const { return m_connect; }

    // Shows the sync state and offers "Connect to server" while the terminal
    // is not enrolled. Without one (tests, no keychain) that entry stays off.
    void setSyncController(SyncController *sync);

public slots:
    void connectToServer();
    // Managers and admins only (the action is off for others).
    void openCheckoutSettings();
    void showSyncStatus(const Balcao::SyncStatus &status);

signals:
    // "Reprint" on a sale in the history; the receipts side answers it.
    void reprintRequested(const Balcao::Id &saleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void showShortcuts();
    void showAbout();
    void updateConnectAction();
    void updateSettingsAction();

    LocalStore &m_store;
    LanguageSwitcher &m_languages;
    UserAccount m_user;
    NavigationBar *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ClientsPage *m_clients = nullptr;
    AgendaPage *m_agenda = nullptr;
    ConflictsPage *m_conflicts = nullptr;
    SalesHistoryPage *m_sales = nullptr;
    ProductsPage *m_products = nullptr;
    SyncController *m_sync = nullptr;
    StatusBarIndicators *m_indicators = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_receiptPrinter = nullptr;
    QAction *m_checkoutSettings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};

} // namespace Balcao
