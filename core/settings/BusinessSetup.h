// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// What the first-run wizard and `balcaoctl init` ask for.
struct BusinessProfile
{
    QString businessName;
    QString currencyCode = QStringLiteral("BRL");
    QString locale = QStringLiteral("pt_BR");
    QString locationName;
    QString timeZoneId = QStringLiteral("America/Sao_Paulo");
    QString deviceName;
    // Optional first administrator (the wizard requires one).
    QString adminName;
    QString adminLogin;
    QString adminPassword;
};

struct SetupResult
{
    Id locationId;
    Id deviceId;
    Id adminUserId;
};

// Turns an empty local store into a business: settings, first location,
// this device and the first admin, all in one transaction.
class BusinessSetup
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::BusinessSetup)
public:
    explicit BusinessSetup(LocalStore &store);
    Result<SetupResult> initialise(const BusinessProfile &profile);

private:
    LocalStore &m_store;
};

} // namespace Balcao
