// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "security/DatabaseKey.h"

#include <QJsonObject>

namespace Balcao::Bench {

// Issue 5's figures on the generated business (300,000 sales at scale 1):
// the commit of a 5-line sale with 2 payments through CheckoutService
// against the raw engine writing the same rows (RawSaleWriter), the two
// interleaved sale by sale on one copy of the database; the first screen of
// the sales history (SalesJournal::list with the page's default filters);
// and stock on hand of one product at one location (StockLedger).
struct CheckoutOptions
{
    int runs = 500; // of each figure
    int warmup = 20; // untimed sales on each side first
    quint64 seed = 42;
};

class CheckoutBenchmark
{
public:
    CheckoutBenchmark(QString generatedPath, QString workPath, DatabaseKey key,
                      CheckoutOptions options);
    Result<QJsonObject> run() const;

private:
    QString m_generated;
    QString m_work;
    DatabaseKey m_key;
    CheckoutOptions m_options;
};

} // namespace Balcao::Bench
