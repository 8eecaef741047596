// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;

namespace Balcao {

// "Go to date" (Ctrl+G): a calendar that the arrows, Page Up/Down (months)
// and Enter drive.
class DateJumpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DateJumpDialog(const QDate &current, QWidget *parent = nullptr);
    QDate date() const;
    QCalendarWidget *calendar() const { return m_calendar; }

private:
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace Balcao
