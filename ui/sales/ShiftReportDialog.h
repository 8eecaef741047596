// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cash/CashShift.h"

#include <QDialog>
#include <QTimeZone>

class QFormLayout;
class QLabel;

namespace Balcao {

class LocalStore;

// A shift's report as ShiftService makes it: the X report while the shift is
// open (what the drawer should hold now), the Z report once it is closed
// (with the count and the difference). Every figure is core's.
class ShiftReportDialog : public QDialog
{
    Q_OBJECT
public:
    ShiftReportDialog(LocalStore &store, const ShiftReport &report, const QString &drawerName,
                      const QTimeZone &zone, QWidget *parent = nullptr);

    // The text of a figure by its name ("float", "cashSales", "expected",
    // "counted", "overShort", "method.cash", "salesCount"...); empty if absent.
    QString figure(const QString &name) const;

private:
    void addFigure(QFormLayout *form, const QString &name, const QString &label,
                   const QString &value);
    QMap<QString, QLabel *> m_figures;
};

} // namespace Balcao
