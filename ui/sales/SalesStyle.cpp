// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesStyle.h"

#include <QFile>
#include <QWidget>

namespace Balcao {

void applySalesStyle(QWidget *widget)
{
    static const QString sheet = [] {
        QFile file(QStringLiteral(":/balcao/sales/checkout.qss"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    widget->setStyleSheet(sheet);
}

} // namespace Balcao
