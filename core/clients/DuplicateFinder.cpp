// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuplicateFinder.h"

#include "ClientRow.h"
#include "ClientService.h"
#include "PhoneNumber.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Balcao {

DuplicateFinder::DuplicateFinder(LocalStore &store)
    : m_store(store)
    , m_region(ClientService::phoneRegion(store))
{ }

QString DuplicateFinder::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Phone:
        return QStringLiteral("phone");
    case Reason::Email:
        return QStringLiteral("email");
    case Reason::Name:
        return QStringLiteral("name");
    }
    return {};
}

namespace {

// "+" and 7 to 15 digits, the form ClientService stores, and not a Brazilian
// number of 10 digits after +55: that may be a mobile from before the ninth
// digit, which the parser completes.
bool isFinalE164(const QString &phone)
{
    if (phone.size() < 8 || phone.size() > 16 || phone.front() != u'+' || phone.at(1) == u'0')
        return false;
    if (phone.size() == 13 && phone.startsWith(QLatin1String("+55")))
        return false;
    return std::all_of(phone.begin() + 1, phone.end(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString DuplicateFinder::phoneKey(const QString &phone, const QString &region)
{
    if (phone.trimmed().isEmpty())
        return {};
    // The same E.164 text is the same number, so stored phones are their own
    // key and only rows written before phones were normalised need the
    // parser: this runs over every client after each pull, and
    // libphonenumber's check costs about 12 k instructions a number.
    if (isFinalE164(phone))
        return phone;
    if (auto parsed = PhoneNumber::parse(phone, region))
        return parsed->e164();
    QString digits;
    for (const QChar c : phone) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    return digits;
}

QString DuplicateFinder::nameKey(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    }
    return folded.toCaseFolded().simplified();
}

Result<DuplicateFinder::Keys> DuplicateFinder::keys(Reason reason) const
{
    // Phones and names are read from their indexes (covering, much smaller
    // than the table); e-mails have none, so they need a scan of the table.
    QString sql;
    switch (reason) {
    case Reason::Phone:
        sql = QStringLiteral("SELECT rowid, phone FROM clients INDEXED BY clients_by_phone"
                             " WHERE deleted = 0 AND phone IS NOT NULL");
        break;
    case Reason::Email:
        sql = QStringLiteral("SELECT rowid, email FROM clients WHERE deleted = 0 AND email IS NOT "
                             "NULL");
        break;
    case Reason::Name:
        sql = QStringLiteral("SELECT rowid, name FROM clients INDEXED BY clients_by_name"
                             " WHERE deleted = 0");
        break;
    }
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error::storage(QStringLiteral("storage.readFailed"), query.lastError().text());
    Keys keys;
    keys.reserve(1024);
    while (query.next()) {
        const QString value = query.value(1).toString();
        QString key;
        switch (reason) {
        case Reason::Phone:
            key = phoneKey(value, m_region);
            break;
        case Reason::Email:
            key = value.trimmed().toLower();
            break;
        case Reason::Name:
            key = nameKey(value);
            break;
        }
        if (!key.isEmpty())
            keys.emplace_back(key, query.value(0).toLongLong());
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

Result<QList<DuplicateFinder::Group>> DuplicateFinder::groups(Reason reason, const Keys &keys) const
{
    QList<Group> out;
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM clients WHERE rowid = ?").arg(ClientRow::columns()));
    for (size_t first = 0; first < keys.size();) {
        size_t end = first + 1;
        while (end < keys.size() && keys[end].first == keys[first].first)
            ++end;
        if (end - first > 1) {
            Group group { reason, keys[first].first, {} };
            for (size_t i = first; i < end; ++i) {
                query.addBindValue(keys[i].second);
                if (!query.exec())
                    return Error::storage(QStringLiteral("storage.readFailed"),
                                          query.lastError().text());
                if (query.next())
                    group.clients << ClientRow::fromQuery(query);
                query.finish();
            }
            std::sort(group.clients.begin(), group.clients.end(),
                      [](const Client &a, const Client &b) {
                          return a.createdAtMsecs != b.createdAtMsecs
                              ? a.createdAtMsecs < b.createdAtMsecs
                              : a.id < b.id;
                      });
            out << group;
        }
        first = end;
    }
    return out;
}

Result<QList<DuplicateFinder::Group>> DuplicateFinder::findByPhone() const
{
    auto phones = keys(Reason::Phone);
    if (!phones)
        return phones.error();
    return groups(Reason::Phone, *phones);
}

Result<QList<DuplicateFinder::Group>> DuplicateFinder::findAll() const
{
    QList<Group> out;
    for (const Reason reason : { Reason::Phone, Reason::Email, Reason::Name }) {
        auto found = keys(reason);
        if (!found)
            return found.error();
        auto grouped = groups(reason, *found);
        if (!grouped)
            return grouped.error();
        out << *grouped;
    }
    return out;
}

Result<QList<Id>> DuplicateFinder::matching(const QString &phone, const QString &email) const
{
    if (!m_indexed) {
        QSqlQuery query(m_store.database().connection());
        query.setForwardOnly(true);
        // One scan of the table (e-mails have no index) for a whole import.
        query.prepare(QStringLiteral("SELECT id, phone, email FROM clients WHERE deleted = 0"));
        if (auto ran = execQuery(query); !ran)
            return ran.error();
        while (query.next()) {
            const Id id = Id::fromString(query.value(0).toString());
            if (const QString p = phoneKey(query.value(1).toString(), m_region); !p.isEmpty())
                m_byPhone[p] << id;
            if (const QString e = query.value(2).toString().trimmed().toLower(); !e.isEmpty())
                m_byEmail[e] << id;
        }
        m_indexed = true;
    }
    QList<Id> out;
    if (const QString p = phoneKey(phone, m_region); !p.isEmpty())
        out << m_byPhone.value(p);
    if (const QString e = email.trimmed().toLower(); !e.isEmpty()) {
        for (const Id &id : m_byEmail.value(e)) {
            if (!out.contains(id))
                out << id;
        }
    }
    return out;
}

} // namespace Balcao
