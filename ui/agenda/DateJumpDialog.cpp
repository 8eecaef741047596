// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateJumpDialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

DateJumpDialog::DateJumpDialog(const QDate &current, QWidget *parent)
    : QDialog(parent)
    , m_calendar(new QCalendarWidget(this))
{
    setObjectName(QStringLiteral("dateJumpDialog"));
    setWindowTitle(tr("Go to date"));
    m_calendar->setObjectName(QStringLiteral("jumpCalendar"));
    m_calendar->setSelectedDate(current);
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Go"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_calendar);
    layout->addWidget(buttons);
    m_calendar->setFocus();
}

QDate DateJumpDialog::date() const
{
    return m_calendar->selectedDate();
}

} // namespace Balcao
