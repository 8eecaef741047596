// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "staff/StaffService.h"

#include <QMainWindow>

class QStackedWidget;

namespace Balcao {

class ClientsPage;
class LanguageSwitcher;
class LocalStore;
class NavigationBar;
class StatusBarIndicators;

// The app's window: the navigation on the left, the current area's page,
// the menus, and the status bar with the database and sync state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(LocalStore &store, LanguageSwitcher &languages, const UserAccount &user = {},
               QWidget *parent = nullptr);

    NavigationBar *navigation() const { return m_navigation; }
    ClientsPage *clientsPage() const { return m_clients; }
    StatusBarIndicators *indicators() const { return m_indicators; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void showShortcuts();
    void showAbout();

    LocalStore &m_store;
    LanguageSwitcher &m_languages;
    NavigationBar *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ClientsPage *m_clients = nullptr;
    StatusBarIndicators *m_indicators = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
};

} // namespace Balcao
