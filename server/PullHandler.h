// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiReply.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Balcao::Server {

class ChangeLedger;
struct Principal;

// GET /v1/pull?after=CURSOR&limit=N: the business's changes after the cursor
// made by OTHER devices, in server order, paged. The caller's own changes are
// left out (it holds them already) but the cursor still moves past them.
class PullHandler
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Server::PullHandler)
public:
    static constexpr int kDefaultLimit = 1000;
    static constexpr int kMaxLimit = 5000;

    explicit PullHandler(ChangeLedger &ledger);
    ApiReply handle(const Principal &caller, const QUrlQuery &query);

private:
    ChangeLedger &m_ledger;
};

// Reads an optional integer query parameter within [min, max].
std::optional<qint64> queryInteger(const QUrlQuery &query, const QString &name, qint64 fallback,
                                   qint64 min, qint64 max);

} // namespace Balcao::Server
