// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaLegend.h"

#include "AgendaPalette.h"
#include "AppointmentWording.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace Balcao {

namespace {

QPixmap swatch(AppointmentStatus status, qreal ratio)
{
    const StatusColours colours = statusColours(status);
    QPixmap pixmap(QSize(14, 14) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(colours.accent.lighter(150));
    p.setBrush(colours.fill);
    p.drawRect(QRect(0, 0, 13, 13));
    p.fillRect(QRect(0, 0, 4, 14), colours.accent);
    return pixmap;
}

} // namespace

AgendaLegend::AgendaLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("agendaLegend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (AppointmentStatus status : AppointmentWording::statuses()) {
        auto *box = new QLabel(this);
        box->setPixmap(swatch(status, devicePixelRatioF()));
        auto *name = new QLabel(this);
        name->setObjectName(QStringLiteral("legendName"));
        name->setProperty("status", appointmentStatusName(status));
        layout->addWidget(box);
        layout->addWidget(name);
        layout->addSpacing(10);
        m_names << name;
    }
    layout->addStretch(1);
    retranslate();
}

void AgendaLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgendaLegend::retranslate()
{
    const QList<AppointmentStatus> statuses = AppointmentWording::statuses();
    for (int i = 0; i < m_names.size(); ++i)
        m_names.at(i)->setText(AppointmentWording::status(statuses.at(i)));
    setAccessibleName(tr("Colours of the appointment statuses"));
}

} // namespace Balcao
