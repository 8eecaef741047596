// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>
#include <QList>

namespace Balcao {

class LocalStore;

struct Device
{
    Id id;
    QString name;
    Id locationId;
    QString platform;
};

// The terminals of the business. Each registers itself under the device id
// its local store generated on first open.
class DeviceRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::DeviceRegistry)
public:
    explicit DeviceRegistry(LocalStore &store);
    Result<Device> registerThisDevice(const QString &name, const Id &locationId);
    Result<Device> rename(const Id &id, const QString &name);
    // Retires a terminal (a tombstone); this device cannot retire itself.
    Result<void> retire(const Id &id);
    Result<QList<Device>> list() const;

private:
    LocalStore &m_store;
};

} // namespace Balcao
