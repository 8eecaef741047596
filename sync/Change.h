// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Hlc.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariantMap>

namespace Balcao {

// One entry of a change log as it travels between devices.
struct Change
{
    QString changeId;
    QString table;
    QString rowId;
    bool ledger = false;
    Hlc hlc;
    QString deviceId;
    QVariantMap fields;
    qint64 seq = 0; // position in the origin device's log; local meaning only

    QJsonObject toJson() const;
    static Result<Change> fromJson(const QJsonObject &json);
};

} // namespace Balcao
