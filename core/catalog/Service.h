// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"
#include "common/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace Balcao {

struct ServiceCategory
{
    Id id;
    QString name;
    int position = 0;
};

// Something the business books: a cut, a consultation, a vaccination. The
// buffers are staff time around it (preparing the room, cleaning up) that no
// other booking may use.
struct Service
{
    Id id;
    Id categoryId;
    QString name;
    QString description;
    QString kind; // free text: "consultation", "surgery", "return visit"...
    int durationMinutes = 30;
    Money price; // in the business's currency unless the service was priced in another
    int bufferBeforeMinutes = 0;
    int bufferAfterMinutes = 0;
    QString resourceKind; // empty: needs no room, chair or table
    QString color;
    bool active = true;
    QList<Id> staffIds; // who can perform it, sorted
    Id taxClassId; // null: not taxed at checkout

    int blockedMinutes() const
    {
        return bufferBeforeMinutes + durationMinutes + bufferAfterMinutes;
    }
};

// The fields an edit sets; an empty optional leaves the field as it is.
struct ServiceDraft
{
    std::optional<Id> categoryId;
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> kind;
    std::optional<int> durationMinutes;
    std::optional<Money> price; // its currency becomes the service's
    std::optional<int> bufferBeforeMinutes;
    std::optional<int> bufferAfterMinutes;
    std::optional<QString> resourceKind;
    std::optional<QString> color;
    std::optional<bool> active;
    std::optional<QList<Id>> staffIds;
    std::optional<Id> taxClassId;
};

} // namespace Balcao
