// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QString>

namespace Balcao {

class LocalStore;

// Business-wide settings, synced as records keyed by setting name.
class BusinessSettings
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::BusinessSettings)
public:
    static inline const QString kBusinessName = QStringLiteral("business.name");
    static inline const QString kCurrency = QStringLiteral("business.currency");
    static inline const QString kLocale = QStringLiteral("business.locale");

    explicit BusinessSettings(LocalStore &store);

    // `fallback` when the setting was never set (or removed); a store that
    // cannot be read is an error, never the default.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Result<void> setValue(const QString &key, const QString &value);
    // A tombstone: value() falls back to its default again.
    Result<void> remove(const QString &key);

    Result<QString> businessName() const { return value(kBusinessName); }
    Result<Currency> currency() const;

private:
    LocalStore &m_store;
};

} // namespace Balcao
