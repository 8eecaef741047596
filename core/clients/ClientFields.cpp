// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientFields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Balcao {

Result<QStringList> ClientFields::cleanTags(const QStringList &tags)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &raw : tags) {
        const QString tag = raw.simplified();
        if (tag.isEmpty())
            continue;
        if (tag.contains(u',') || tag.contains(u';'))
            return Error::invalid(
                QStringLiteral("client.tagInvalid"),
                tr("The tag \"%1\" cannot contain , or ; (they separate tags).").arg(tag));
        if (tag.size() > kMaxTagLength)
            return Error::invalid(QStringLiteral("client.tagTooLong"),
                                  tr("The tag \"%1\" is too long (at most %2 characters).")
                                      .arg(tag)
                                      .arg(kMaxTagLength));
        const QString key = tag.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out << tag;
    }
    if (out.size() > kMaxTags)
        return Error::invalid(QStringLiteral("client.tooManyTags"),
                              tr("A client can have at most %1 tags.").arg(kMaxTags));
    // Case-folded first, then as written, so the order is the same on every
    // machine whatever its locale (the stored text syncs and is compared).
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        const int folded = a.toCaseFolded().compare(b.toCaseFolded());
        return folded != 0 ? folded < 0 : a < b;
    });
    return out;
}

QStringList ClientFields::splitTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString ClientFields::tagsToJson(const QStringList &tags)
{
    if (tags.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList ClientFields::tagsFromJson(const QString &json)
{
    if (json.isEmpty())
        return {};
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

Result<QString> ClientFields::cleanBirthday(const QString &text, const QDate &today)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression isoNoYear(QStringLiteral("^--(\\d{2})-(\\d{2})$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}))?$"));
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto full = iso.match(trimmed); full.hasMatch()) {
        year = full.captured(1).toInt();
        month = full.captured(2).toInt();
        day = full.captured(3).toInt();
    } else if (const auto noYear = isoNoYear.match(trimmed); noYear.hasMatch()) {
        month = noYear.captured(1).toInt();
        day = noYear.captured(2).toInt();
    } else if (const auto typed = dayFirst.match(trimmed); typed.hasMatch()) {
        day = typed.captured(1).toInt();
        month = typed.captured(2).toInt();
        year = typed.captured(3).isEmpty() ? 0 : typed.captured(3).toInt();
    } else {
        return Error::invalid(QStringLiteral("client.birthdayInvalid"),
                              tr("\"%1\" is not a birthday: write it as 1990-12-31, or --12-31 "
                                 "when the year is not known.")
                                  .arg(text));
    }
    // Without a year, 29 February must still be possible: check in a leap year.
    const QDate date(year == 0 ? 2000 : year, month, day);
    if (!date.isValid())
        return Error::invalid(QStringLiteral("client.birthdayInvalid"),
                              tr("\"%1\" is not a date.").arg(text));
    if (year == 0)
        return QStringLiteral("--%1-%2")
            .arg(month, 2, 10, QLatin1Char('0'))
            .arg(day, 2, 10, QLatin1Char('0'));
    if (year < 1900 || (today.isValid() && date > today))
        return Error::invalid(QStringLiteral("client.birthdayOutOfRange"),
                              tr("\"%1\" cannot be a birthday: it is in the future or before "
                                 "1900.")
                                  .arg(text));
    return date.toString(Qt::ISODate);
}

QDate ClientFields::birthdayInYear(const QString &stored, int year)
{
    if (stored.size() < 7)
        return {};
    const int month = stored.mid(stored.size() - 5, 2).toInt();
    const int day = stored.right(2).toInt();
    QDate date(year, month, day);
    // 29 February outside a leap year is celebrated on 28 February.
    if (!date.isValid() && month == 2 && day == 29)
        date = QDate(year, 2, 28);
    return date;
}

QStringList ClientFields::communicationPreferences()
{
    return { QStringLiteral("whatsapp"), QStringLiteral("sms"), QStringLiteral("email"),
             QStringLiteral("phone"), QStringLiteral("none") };
}

Result<QString> ClientFields::cleanCommunicationPreference(const QString &text)
{
    QString value = text.trimmed().toLower();
    if (value.isEmpty())
        return QString();
    // What spreadsheets from Brazilian businesses say in that column.
    static const QHash<QString, QString> aliases {
        { QStringLiteral("e-mail"), QStringLiteral("email") },
        { QStringLiteral("telefone"), QStringLiteral("phone") },
        { QStringLiteral("ligação"), QStringLiteral("phone") },
        { QStringLiteral("nenhum"), QStringLiteral("none") },
        { QStringLiteral("nenhuma"), QStringLiteral("none") },
        { QStringLiteral("zap"), QStringLiteral("whatsapp") },
    };
    value = aliases.value(value, value);
    if (!communicationPreferences().contains(value))
        return Error::invalid(
            QStringLiteral("client.preferenceInvalid"),
            tr("\"%1\" is not a way to reach a client: use one of %2.")
                .arg(text, communicationPreferences().join(QStringLiteral(", "))));
    return value;
}

} // namespace Balcao
