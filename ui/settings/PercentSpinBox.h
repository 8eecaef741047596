// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace Balcao {

// A percentage typed in the user's locale ("5,25 %"), read as basis points
// (525). Core never sees the double: at two decimals it rounds back to the
// exact basis points that were typed.
class PercentSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit PercentSpinBox(QWidget *parent = nullptr);

    void setBasisPoints(qint64 basisPoints);
    qint64 basisPoints() const;
};

} // namespace Balcao
