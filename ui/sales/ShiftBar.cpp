// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShiftBar.h"

#include "CashMovementDialog.h"
#include "CloseShiftDialog.h"
#include "OpenShiftDialog.h"
#include "ShiftReportDialog.h"
#include "UserName.h"
#include "cash/ShiftService.h"
#include "cash/TerminalDrawer.h"
#include "settings/BusinessSettings.h"
#include "storage/LocalStore.h"

#include <QActionGroup>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

namespace Balcao {

ShiftBar::ShiftBar(LocalStore &store, const Id &locationId, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_location(locationId)
    , m_zone(zone)
    , m_state(new QLabel(this))
    , m_button(new QToolButton(this))
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("shiftBar"));
    if (auto currency = BusinessSettings(store).currency())
        m_currency = *currency;
    m_state->setObjectName(QStringLiteral("shiftState"));
    m_state->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("drawerButton"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("drawerMenu"));
    m_open = m_menu->addAction(QString(), this, &ShiftBar::openShift);
    m_open->setObjectName(QStringLiteral("openShiftAction"));
    m_move = m_menu->addAction(QString(), this, &ShiftBar::moveCash);
    m_move->setObjectName(QStringLiteral("cashMovementAction"));
    m_xReport = m_menu->addAction(QString(), this, &ShiftBar::showXReport);
    m_xReport->setObjectName(QStringLiteral("xReportAction"));
    m_close = m_menu->addAction(QString(), this, &ShiftBar::closeShift);
    m_close->setObjectName(QStringLiteral("closeShiftAction"));
    m_menu->addSeparator();
    m_drawers = m_menu->addMenu(QString());

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_button);
    refresh();
}

void ShiftBar::refresh()
{
    auto drawer = TerminalDrawer(m_store).current(m_location);
    if (drawer)
        m_drawer = *drawer;
    m_shift.reset();
    m_readError.clear();
    if (!m_drawer.id.isNull()) {
        auto open = ShiftService(m_store).openShift(m_drawer.id);
        if (open)
            m_shift = *open;
        else
            m_readError = open.error().message;
    }
    m_open->setEnabled(!m_drawer.id.isNull() && !m_shift && m_readError.isEmpty());
    m_move->setEnabled(m_shift.has_value());
    m_xReport->setEnabled(m_shift.has_value());
    m_close->setEnabled(m_shift.has_value());
    rebuildDrawerMenu();
    retranslate();
}

QString ShiftBar::stateText() const
{
    if (!m_readError.isEmpty())
        return m_readError;
    if (m_drawer.id.isNull())
        return tr("No cash drawer: set up a location first.");
    if (!m_shift)
        return tr("%1: no shift open — cash payments need one.").arg(m_drawer.name);
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(m_shift->openedAtMsecs, m_zone);
    const QDateTime now
        = QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMsecsSinceEpoch(), m_zone);
    // Today's shifts show the time only.
    const QString when = since.date() == now.date()
        ? QLocale().toString(since.time(), QLocale::ShortFormat)
        : QLocale().toString(since, QLocale::ShortFormat);
    return tr("%1: open since %2 by %3")
        .arg(m_drawer.name, when, userDisplayName(m_store, m_shift->openedBy));
}

void ShiftBar::rebuildDrawerMenu()
{
    m_drawers->clear();
    const auto listed = ShiftService(m_store).drawers(m_location);
    if (!listed)
        m_readError = listed.error().message;
    const QList<CashDrawer> drawers = listed ? *listed : QList<CashDrawer> {};
    // One drawer needs no choice.
    m_drawers->menuAction()->setVisible(drawers.size() > 1);
    auto *group = new QActionGroup(m_drawers);
    for (const CashDrawer &drawer : drawers) {
        QAction *action = m_drawers->addAction(drawer.name);
        action->setCheckable(true);
        action->setChecked(drawer.id == m_drawer.id);
        group->addAction(action);
        const Id id = drawer.id;
        connect(action, &QAction::triggered, this, [this, id] { chooseDrawer(id); });
    }
}

void ShiftBar::chooseDrawer(const Id &drawerId)
{
    if (auto chosen = TerminalDrawer(m_store).choose(drawerId); !chosen)
        emit failed(chosen.error().message);
    refresh();
    emit changed();
}

void ShiftBar::showMenu()
{
    m_button->showMenu();
}

bool ShiftBar::openShift()
{
    if (m_drawer.id.isNull() || m_shift)
        return false;
    OpenShiftDialog dialog(m_store, m_drawer, m_currency, m_user, this);
    const bool opened = dialog.exec() == QDialog::Accepted;
    refresh();
    if (opened)
        emit changed();
    return opened;
}

bool ShiftBar::moveCash()
{
    if (!m_shift)
        return false;
    CashMovementDialog dialog(m_store, *m_shift, m_user, this);
    const bool moved = dialog.exec() == QDialog::Accepted;
    refresh();
    if (moved)
        emit changed();
    return moved;
}

void ShiftBar::showXReport()
{
    if (!m_shift)
        return;
    auto report = ShiftService(m_store).report(m_shift->id);
    if (!report) {
        emit failed(report.error().message);
        return;
    }
    ShiftReportDialog dialog(m_store, *report, m_drawer.name, m_zone, this);
    dialog.exec();
}

bool ShiftBar::closeShift()
{
    if (!m_shift)
        return false;
    CloseShiftDialog dialog(m_store, *m_shift, m_drawer, m_user, this);
    if (dialog.exec() != QDialog::Accepted) {
        refresh();
        return false;
    }
    refresh();
    emit changed();
    // The count is in: now the Z report shows what was expected.
    ShiftReportDialog report(m_store, dialog.report(), m_drawer.name, m_zone, this);
    report.exec();
    return true;
}

void ShiftBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ShiftBar::retranslate()
{
    m_state->setText(stateText());
    m_state->setProperty("kind", m_shift ? QStringLiteral("open") : QStringLiteral("closed"));
    m_state->style()->unpolish(m_state);
    m_state->style()->polish(m_state);
    m_button->setText(tr("Drawer (F8)"));
    m_button->setToolTip(tr("Open or close the shift, cash in or out, X report"));
    m_open->setText(tr("&Open shift…"));
    m_move->setText(tr("Cash &in or out…"));
    m_xReport->setText(tr("&X report…"));
    m_close->setText(tr("&Close shift (count the drawer)…"));
    m_drawers->setTitle(tr("&Use drawer"));
}

} // namespace Balcao
