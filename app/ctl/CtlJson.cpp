// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlJson.h"

namespace Balcao::Ctl::CtlJson {

QJsonValue id(const Id &id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(id.toString());
}

QJsonValue text(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue time(const std::optional<qint64> &msecs)
{
    return msecs ? QJsonValue(*msecs) : QJsonValue(QJsonValue::Null);
}

QJsonValue amount(const Money &money)
{
    return money.toPlainString();
}

QJsonValue amount(const Result<Money> &money)
{
    return money ? amount(*money) : QJsonValue(QJsonValue::Null);
}

QJsonValue amount(const std::optional<Money> &money)
{
    return money ? amount(*money) : QJsonValue(QJsonValue::Null);
}

} // namespace Balcao::Ctl::CtlJson
