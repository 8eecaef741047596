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
    // The checks of fromJson(), for a change read another way (pull pages
    // are read without a QJsonDocument): `kind` as received, `hasFields`
    // whether "fields" was an object. Sets `ledger` from `kind`.
    static Result<Change> checked(Change change, const QString &kind, bool hasFields);
};

} // namespace Balcao
