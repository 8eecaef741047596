// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QJsonObject>
#include <QStringList>

namespace Balcao {

// A business rule broken by merging work done apart (two clients with one
// phone, later: a double-booked chair, stock below zero). It waits in the
// inbox for a person, with the facts and the resolutions that apply.
struct Conflict
{
    enum class Status { Open, Resolved, Obsolete };

    Id id;
    QString kind; // "client.duplicatePhone", ...
    QString subjectTable;
    QStringList subjectIds; // sorted
    QJsonObject facts;
    Status status = Status::Open;
    QString resolution;
    Id resolvedBy;
    qint64 resolvedAtMsecs = 0;
};

// What a check reports; the inbox turns it into a Conflict.
struct ConflictFinding
{
    QString kind;
    QString subjectTable;
    QStringList subjectIds;
    QJsonObject facts;
};

} // namespace Balcao
