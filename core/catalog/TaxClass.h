// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Balcao {

class LocalStore;

// How a product or service is taxed. The rate is in basis points (1800 is
// 18 %, 525 is 5.25 %) so no fraction ever needs a double. `included`: the
// shelf price already contains the tax, as consumer prices do in Brazil and
// the EU; otherwise the tax is added on top, as in the United States.
struct TaxClass
{
    Id id;
    QString name;
    int rateBp = 0;
    bool included = true;
};

// The tax classes of the business. A product without one is not taxed.
class TaxClasses
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::TaxClasses)
public:
    static constexpr int kMaxRateBp = 10000; // 100 %
    static constexpr int kMaxNameLength = 100;

    explicit TaxClasses(LocalStore &store);

    Result<TaxClass> create(const QString &name, int rateBp, bool included);
    Result<TaxClass> update(const Id &id, const QString &name, int rateBp, bool included);
    // Refused while live products use it: their prices would change meaning.
    Result<void> remove(const Id &id);
    Result<TaxClass> find(const Id &id) const;
    Result<QList<TaxClass>> list() const;
    // By id or, failing that, by exact name (any case): for the CLI.
    Result<TaxClass> findByIdOrName(const QString &text) const;

private:
    Result<void> validate(const QString &name, int rateBp, const Id &self) const;
    LocalStore &m_store;
};

} // namespace Balcao
