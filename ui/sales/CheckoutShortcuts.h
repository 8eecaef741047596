// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

namespace Balcao {

// The checkout's keys, in one place for the page's help and the main
// window's list of shortcuts, so the two never disagree.
class CheckoutShortcuts
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::CheckoutShortcuts)
public:
    struct Row
    {
        QString keys;
        QString action;
    };
    static QList<Row> cart();
    static QList<Row> payment();
    static QList<Row> drawer();
    // The three as an HTML table with a heading per part.
    static QString html();
};

} // namespace Balcao
