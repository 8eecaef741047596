// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Balcao {

// The storage error every read reports when the database refuses a query:
// a translated sentence for people with the database's own words after it.
Error readFailed(const QSqlQuery &query);

// Runs a prepared query and turns a failure into that error, so callers can
// write `if (auto ran = execQuery(q); !ran)`.
inline Result<void> execQuery(QSqlQuery &query)
{
    if (!query.exec())
        return readFailed(query);
    return {};
}

// Runs a query and reads the first column of its first row; nullopt when
// there is no row. A failed query is an error, never "no row".
inline Result<std::optional<QVariant>> firstValue(QSqlQuery &query)
{
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<QVariant>();
    return std::optional<QVariant>(query.value(0));
}

// Runs an aggregate (count, coalesce(sum…)), which always returns one row,
// and reads it: a storage error is an error, never a zero.
template<typename T> Result<T> scalarQuery(QSqlQuery &query)
{
    auto value = firstValue(query);
    if (!value)
        return value.error();
    if (!value->has_value())
        return readFailed(query);
    return (*value)->template value<T>();
}

// Runs a query whose first column is an id and reads the ids, in the
// query's order.
inline Result<QList<Id>> idsQuery(QSqlQuery &query)
{
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    QList<Id> ids;
    while (query.next())
        ids << Id::fromString(query.value(0).toString());
    return ids;
}

} // namespace Balcao
