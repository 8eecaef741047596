// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"
#include "common/Money.h"

#include <QJsonValue>

#include <optional>

namespace Balcao::Ctl {

// The values every `--json` answer is made of, written the same way by every
// command (docs/cli.md): null where there is nothing (no id, empty text, no
// time, no amount), never "" or 0; amounts as strings in major units
// ("45.90"), so no script ever meets a binary fraction.
namespace CtlJson {

QJsonValue id(const Id &id);
QJsonValue text(const QString &text);
QJsonValue time(const std::optional<qint64> &msecs);
QJsonValue amount(const Money &money);
// An amount that cannot be worked out (payments in two currencies) is null.
QJsonValue amount(const Result<Money> &money);
QJsonValue amount(const std::optional<Money> &money);

} // namespace CtlJson

} // namespace Balcao::Ctl
