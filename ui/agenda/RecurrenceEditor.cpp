// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecurrenceEditor.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>

namespace Balcao {

RecurrenceEditor::RecurrenceEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("recurrenceEditor"));
    m_repeat = new QCheckBox(this);
    m_repeat->setObjectName(QStringLiteral("repeatToggle"));
    m_every = new QLabel(this);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("repeatInterval"));
    m_interval->setRange(1, 52);
    m_untilChoice = new QRadioButton(this);
    m_untilChoice->setObjectName(QStringLiteral("repeatUntilChoice"));
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("repeatUntil"));
    m_until->setCalendarPopup(true);
    m_countChoice = new QRadioButton(this);
    m_countChoice->setObjectName(QStringLiteral("repeatCountChoice"));
    m_countChoice->setChecked(true);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("repeatCount"));
    m_count->setRange(2, AppointmentBook::kMaxOccurrences);
    m_count->setValue(4);

    for (QWidget *w : std::initializer_list<QWidget *> { m_repeat, m_untilChoice, m_countChoice })
        connect(qobject_cast<QAbstractButton *>(w), &QAbstractButton::toggled, this, [this] {
            updateEnabled();
            emit changed();
        });
    connect(m_interval, &QSpinBox::valueChanged, this, &RecurrenceEditor::changed);
    connect(m_count, &QSpinBox::valueChanged, this, &RecurrenceEditor::changed);
    connect(m_until, &QDateEdit::dateChanged, this, &RecurrenceEditor::changed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_repeat);
    layout->addWidget(m_every);
    layout->addWidget(m_interval);
    layout->addSpacing(10);
    layout->addWidget(m_countChoice);
    layout->addWidget(m_count);
    layout->addSpacing(6);
    layout->addWidget(m_untilChoice);
    layout->addWidget(m_until);
    layout->addStretch(1);
    retranslate();
    updateEnabled();
}

std::optional<Recurrence> RecurrenceEditor::recurrence() const
{
    if (!m_repeat->isChecked())
        return std::nullopt;
    Recurrence r;
    r.intervalWeeks = m_interval->value();
    if (m_untilChoice->isChecked())
        r.until = m_until->date();
    else
        r.count = m_count->value();
    return r;
}

void RecurrenceEditor::setFirstDate(const QDate &date)
{
    m_until->setMinimumDate(date);
    if (m_until->date() <= date)
        m_until->setDate(date.addDays(7 * 8));
}

void RecurrenceEditor::updateEnabled()
{
    const bool on = m_repeat->isChecked();
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_every, m_interval, m_untilChoice, m_countChoice })
        w->setEnabled(on);
    m_until->setEnabled(on && m_untilChoice->isChecked());
    m_count->setEnabled(on && m_countChoice->isChecked());
}

void RecurrenceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecurrenceEditor::retranslate()
{
    m_repeat->setText(tr("&Repeat"));
    m_every->setText(tr("every"));
    m_interval->setSuffix(tr(" week(s)"));
    m_countChoice->setText(tr("times:"));
    m_untilChoice->setText(tr("until:"));
    m_interval->setAccessibleName(tr("Weeks between appointments"));
    m_count->setAccessibleName(tr("Number of appointments"));
    m_until->setAccessibleName(tr("Last date"));
}

} // namespace Balcao
