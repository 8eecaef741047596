// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Balcao::Ctl {

class CtlContext;

// `balcaoctl tax`, `product` and `stock`: what the shop sells, how it is
// taxed and how much of it is on the shelf, over the catalog and the stock
// ledger.
class CtlProductCommands
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlProductCommands)
public:
    static int runTax(CtlContext &ctx);
    static int runProduct(CtlContext &ctx);
    static int runStock(CtlContext &ctx);
    static QString helpText();
};

} // namespace Balcao::Ctl
