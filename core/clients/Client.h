// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QString>

#include <optional>

namespace Balcao {

struct Client
{
    Id id;
    QString name;
    QString phone;
    QString email;
    QString notes;
    qint64 createdAtMsecs = 0;
    bool deleted = false;
};

// The fields an edit sets; an empty optional leaves the field as it is.
struct ClientDraft
{
    std::optional<QString> name;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> notes;
};

} // namespace Balcao
