// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Balcao {

struct Client
{
    Id id;
    QString name;
    QString phone; // E.164 ("+5511987654321"), or empty
    QString email;
    QString notes;
    qint64 createdAtMsecs = 0;
    bool deleted = false;
    QStringList tags; // cleaned: see ClientFields::cleanTags
    bool vip = false;
    QString birthday; // "1990-12-31", "--12-31" without a year, or empty
    QString communicationPreference; // whatsapp, sms, email, phone, none, or empty
    bool marketingConsent = false;
    Id mergedInto; // set on a duplicate merged into another client (then deleted)

    bool operator==(const Client &other) const = default;
};

// The fields an edit sets; an empty optional leaves the field as it is.
struct ClientDraft
{
    std::optional<QString> name;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> notes;
    std::optional<QStringList> tags = std::nullopt;
    std::optional<bool> vip = std::nullopt;
    std::optional<QString> birthday = std::nullopt;
    std::optional<QString> communicationPreference = std::nullopt;
    std::optional<bool> marketingConsent = std::nullopt;
};

} // namespace Balcao
