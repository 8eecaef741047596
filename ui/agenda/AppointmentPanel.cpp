// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentPanel.h"

#include "AgendaModel.h"
#include "AgendaPalette.h"
#include "AppointmentActions.h"
#include "AppointmentWording.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

AppointmentPanel::AppointmentPanel(AgendaModel *model, AppointmentActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("appointmentPanel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("appointmentStatus"));
    m_client = new QLabel(this);
    m_client->setObjectName(QStringLiteral("appointmentClient"));
    m_client->setWordWrap(true);
    m_when = new QLabel(this);
    m_when->setObjectName(QStringLiteral("appointmentWhen"));
    m_when->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("appointmentDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttonGrid = new QGridLayout;
    m_buttonGrid->setSpacing(6);
    for (QAction *action : actions->actions()) {
        auto *button = new QPushButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, this, &AppointmentPanel::refreshButtons);
        m_buttons << button;
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(6);
    layout->addWidget(m_status, 0, Qt::AlignLeft);
    layout->addWidget(m_client);
    layout->addWidget(m_when);
    layout->addWidget(m_details);
    layout->addSpacing(6);
    layout->addLayout(m_buttonGrid);
    refresh();
}

void AppointmentPanel::setAppointment(const std::optional<Appointment> &appointment)
{
    m_appointment = appointment;
    refresh();
}

void AppointmentPanel::focusActions()
{
    for (QPushButton *button : std::as_const(m_buttons)) {
        if (button->isVisible() && button->isEnabled()) {
            button->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void AppointmentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void AppointmentPanel::refresh()
{
    if (!m_appointment) {
        m_status->clear();
        m_status->setStyleSheet(QString());
        m_client->clear();
        m_when->clear();
        m_details->setText(tr("<p style='color:#6b7280'>Select an appointment to see it here. "
                              "Double-click an empty time, or press N, to book one.</p>"));
        refreshButtons();
        return;
    }
    const Appointment &a = *m_appointment;
    const QTimeZone zone = m_model->timeZone();
    const StatusColours colours = statusColours(a.status);
    m_status->setText(AppointmentWording::status(a.status));
    m_status->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-left: 4px solid %3;"
                       " padding: 2px 8px; border-radius: 3px; font-weight: 600; }")
            .arg(colours.fill.name(), colours.text.name(), colours.accent.name()));
    m_client->setText(AppointmentWording::client(a));
    m_when->setText(AppointmentWording::when(a.time, zone));

    // Rich text, escaped: names and notes are typed by people.
    QString html;
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<p style='margin:0 0 6px 0'><span style='color:#6b7280'>%1</span>"
                               "<br>%2</p>")
                    .arg(label.toHtmlEscaped(),
                         value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    QStringList services;
    for (const AppointmentItem &item : a.items) {
        QStringList parts { item.serviceName.isEmpty() ? tr("Unknown service") : item.serviceName,
                            m_model->staffName(item.staffId) };
        if (!item.resourceId.isNull())
            parts << m_model->resourceName(item.resourceId);
        parts << AppointmentWording::timeRange(item.time.from, item.time.to, zone);
        parts.removeAll(QString());
        services << parts.join(QStringLiteral(" · "));
    }
    row(tr("Services"), services.join(QLatin1Char('\n')));
    row(tr("Booked by"), AppointmentWording::source(a.source));
    if (!a.seriesId.isNull())
        row(tr("Repeats"), tr("Appointment %1 of a series").arg(a.seriesIndex + 1));
    if (!a.cancelReason.isEmpty())
        row(tr("Cancelled because"), a.cancelReason);
    if (!a.notes.isEmpty())
        row(tr("Notes"), a.notes);
    if (!a.internalNotes.isEmpty())
        row(tr("Internal notes"), a.internalNotes);
    m_details->setText(html);
    refreshButtons();
}

void AppointmentPanel::refreshButtons()
{
    // Only what applies now is shown, so Tab walks real choices.
    while (m_buttonGrid->count() > 0)
        delete m_buttonGrid->takeAt(0);
    const QList<QAction *> actions = m_actions->actions();
    int placed = 0;
    for (int i = 0; i < actions.size(); ++i) {
        QAction *action = actions.at(i);
        QPushButton *button = m_buttons.at(i);
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        const bool shown = m_appointment.has_value() && action->isEnabled();
        button->setVisible(shown);
        // One a row: translations of "Cancel appointment…" are long, and the
        // panel is narrow.
        if (shown)
            m_buttonGrid->addWidget(button, placed++, 0);
    }
}

} // namespace Balcao
