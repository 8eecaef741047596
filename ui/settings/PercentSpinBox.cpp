// SPDX-License-Identifier: GPL-3.0-or-later
#include "PercentSpinBox.h"

#include <QLocale>

#include <cmath>

namespace Balcao {

PercentSpinBox::PercentSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(2);
    setRange(0, 100);
    setSingleStep(0.5);
    setSuffix(QChar(0x00A0) + QLocale().percent());
    setAlignment(Qt::AlignRight);
    setLocale(QLocale());
}

void PercentSpinBox::setBasisPoints(qint64 basisPoints)
{
    setValue(static_cast<double>(basisPoints) / 100.0);
}

qint64 PercentSpinBox::basisPoints() const
{
    return std::llround(value() * 100.0);
}

} // namespace Balcao
