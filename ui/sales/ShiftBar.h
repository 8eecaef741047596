// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cash/CashShift.h"
#include "common/Error.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace Balcao {

class LocalStore;

// The cash drawer this terminal uses (TerminalDrawer) and its shift: open
// since when and by whom, or that none is open and cash needs one; and the
// drawer's menu (F8 at the checkout): open the shift, cash in or out, the X
// report, close with a count, and which drawer to use when the location has
// several.
class ShiftBar : public QWidget
{
    Q_OBJECT
public:
    ShiftBar(LocalStore &store, const Id &locationId, const QTimeZone &zone,
             QWidget *parent = nullptr);

    void setUser(const Id &userId) { m_user = userId; }
    const CashDrawer &drawer() const { return m_drawer; }
    const std::optional<CashShift> &shift() const { return m_shift; }
    QString stateText() const;
    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *moveAction() const { return m_move; }
    QAction *xReportAction() const { return m_xReport; }
    QAction *closeAction() const { return m_close; }

public slots:
    // Reads the drawer and its shift again (after a sale, a sync round).
    void refresh();
    void showMenu();
    // Each returns true when something was written.
    bool openShift();
    bool moveCash();
    void showXReport();
    bool closeShift();

signals:
    // A shift was opened or closed, or cash moved.
    void changed();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseDrawer(const Id &drawerId);
    void rebuildDrawerMenu();

    LocalStore &m_store;
    Id m_location;
    QTimeZone m_zone;
    Id m_user;
    CashDrawer m_drawer;
    std::optional<CashShift> m_shift;
    QString m_readError; // the store could not say which shift is open
    Currency m_currency;
    QLabel *m_state = nullptr;
    QToolButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_drawers = nullptr;
    QAction *m_open = nullptr;
    QAction *m_move = nullptr;
    QAction *m_xReport = nullptr;
    QAction *m_close = nullptr;
};

} // namespace Balcao
