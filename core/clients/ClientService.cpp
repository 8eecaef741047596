// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientService.h"

#include "ClientFields.h"
#include "ClientRow.h"
#include "ClientSearch.h"
#include "PhoneNumber.h"
#include "audit/AuditTrail.h"
#include "settings/BusinessSettings.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

namespace {

// Consent to marketing is something the business may have to prove (LGPD):
// every change of it leaves an audit fact.
Result<void> auditConsent(LocalStore &store, const Id &id, bool consent)
{
    auto audited
        = AuditTrail(store).record(QStringLiteral("client.consentChanged"), ClientRow::table(), id,
                                   QJsonObject { { QStringLiteral("consent"), consent } });
    if (!audited)
        return audited.error();
    return {};
}

} // namespace

ClientService::ClientService(LocalStore &store)
    : m_store(store)
{ }

Result<QString> ClientService::readPhoneRegion(LocalStore &store)
{
    const auto locale = BusinessSettings(store).value(BusinessSettings::kLocale);
    if (!locale)
        return locale.error();
    const QString region = PhoneNumber::regionOfLocale(*locale);
    return region.isEmpty() ? PhoneNumber::kBrazil : region;
}

QString ClientService::phoneRegion(LocalStore &store)
{
    const auto region = readPhoneRegion(store);
    return region ? *region : PhoneNumber::kBrazil;
}

Result<QString> ClientService::storedPhoneRegion() const
{
    // Read once per service: creating many clients (an import) should not
    // read the setting for each.
    if (!m_phoneRegion) {
        auto region = readPhoneRegion(m_store);
        if (!region)
            return region.error();
        m_phoneRegion = *region;
    }
    return *m_phoneRegion;
}

QString ClientService::phoneRegion() const
{
    const auto region = storedPhoneRegion();
    return region ? *region : PhoneNumber::kBrazil;
}

Result<QString> ClientService::cleanName(const QString &name)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty())
        return Error::invalid(QStringLiteral("client.nameRequired"),
                              tr("The client needs a name."));
    if (cleaned.size() > kMaxNameLength)
        return Error::invalid(
            QStringLiteral("client.nameTooLong"),
            tr("The name is too long (at most %1 characters).").arg(kMaxNameLength));
    return cleaned;
}

Result<QString> ClientService::cleanPhone(const QString &phone)
{
    return cleanPhone(phone, PhoneNumber::kBrazil);
}

Result<QString> ClientService::cleanPhone(const QString &phone, const QString &region)
{
    if (phone.trimmed().isEmpty())
        return QString();
    auto parsed = PhoneNumber::parse(phone, region);
    if (!parsed)
        // One code for callers that only need to know the field; the message
        // says what exactly is wrong.
        return Error::invalid(QStringLiteral("client.phoneInvalid"), parsed.error().message);
    return parsed->e164();
}

Result<QString> ClientService::cleanEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return QString();
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!shape.match(trimmed).hasMatch() || trimmed.size() > 254)
        return Error::invalid(QStringLiteral("client.emailInvalid"),
                              tr("\"%1\" is not an e-mail address.").arg(email));
    return trimmed.toLower();
}

Result<QString> ClientService::cleanNotes(const QString &notes)
{
    if (notes.size() > kMaxNotesLength)
        return Error::invalid(
            QStringLiteral("client.notesTooLong"),
            tr("The notes are too long (at most %1 characters).").arg(kMaxNotesLength));
    return notes.trimmed();
}

Result<QVariantMap> ClientService::validatedFields(const ClientDraft &draft) const
{
    QVariantMap fields;
    if (draft.name) {
        auto name = cleanName(*draft.name);
        if (!name)
            return name.error();
        fields.insert(QStringLiteral("name"), *name);
    }
    if (draft.phone) {
        auto region = storedPhoneRegion();
        if (!region)
            return region.error();
        auto phone = cleanPhone(*draft.phone, *region);
        if (!phone)
            return phone.error();
        fields.insert(QStringLiteral("phone"), textOrNull(*phone));
    }
    if (draft.email) {
        auto email = cleanEmail(*draft.email);
        if (!email)
            return email.error();
        fields.insert(QStringLiteral("email"), textOrNull(*email));
    }
    if (draft.notes) {
        auto notes = cleanNotes(*draft.notes);
        if (!notes)
            return notes.error();
        fields.insert(QStringLiteral("notes"), textOrNull(*notes));
    }
    if (draft.tags) {
        auto tags = ClientFields::cleanTags(*draft.tags);
        if (!tags)
            return tags.error();
        fields.insert(QStringLiteral("tags"), textOrNull(ClientFields::tagsToJson(*tags)));
    }
    if (draft.vip)
        fields.insert(QStringLiteral("vip"), *draft.vip ? 1 : 0);
    if (draft.birthday) {
        // Tomorrow in UTC is "today" somewhere: a birthday entered the day
        // someone is born is never refused for the machine's time zone.
        const QDate today = m_store.clock().nowUtc().date().addDays(1);
        auto birthday = ClientFields::cleanBirthday(*draft.birthday, today);
        if (!birthday)
            return birthday.error();
        fields.insert(QStringLiteral("birthday"), textOrNull(*birthday));
    }
    if (draft.communicationPreference) {
        auto preference
            = ClientFields::cleanCommunicationPreference(*draft.communicationPreference);
        if (!preference)
            return preference.error();
        fields.insert(QStringLiteral("communication_preference"), textOrNull(*preference));
    }
    if (draft.marketingConsent)
        fields.insert(QStringLiteral("marketing_consent"), *draft.marketingConsent ? 1 : 0);
    return fields;
}

Result<Client> ClientService::create(const ClientDraft &draft)
{
    if (!draft.name)
        return Error::invalid(QStringLiteral("client.nameRequired"),
                              tr("The client needs a name."));
    auto fields = validatedFields(draft);
    if (!fields)
        return fields.error();
    fields->insert(QStringLiteral("created_at"), m_store.clock().nowMsecsSinceEpoch());
    fields->insert(QStringLiteral("deleted"), 0);
    const Id id = Id::generate(m_store.clock());
    const bool consent = draft.marketingConsent.value_or(false);
    auto written = m_store.transact([&]() -> Result<void> {
        if (auto w = m_store.writer().writeRecord(ClientRow::table(), id, *fields); !w)
            return w.error();
        if (consent)
            return auditConsent(m_store, id, true);
        return {};
    });
    if (!written)
        return written.error();
    // The row holds exactly the validated fields: no need to read it back
    // (a third of the cost of a create, docs/performance.md).
    const auto text
        = [&](const char *column) { return fields->value(QLatin1String(column)).toString(); };
    Client client;
    client.id = id;
    client.name = text("name");
    client.phone = text("phone");
    client.email = text("email");
    client.notes = text("notes");
    client.createdAtMsecs = fields->value(QStringLiteral("created_at")).toLongLong();
    client.tags = ClientFields::tagsFromJson(text("tags"));
    client.vip = fields->value(QStringLiteral("vip")).toInt() != 0;
    client.birthday = text("birthday");
    client.communicationPreference = text("communication_preference");
    client.marketingConsent = consent;
    return client;
}

Result<Client> ClientService::update(const Id &id, const ClientDraft &draft)
{
    auto fields = validatedFields(draft);
    if (!fields)
        return fields.error();
    return m_store.transact([&]() -> Result<Client> {
        auto existing = find(id);
        if (!existing)
            return existing.error();
        if (auto written = m_store.writer().writeRecord(ClientRow::table(), id, *fields); !written)
            return written.error();
        if (draft.marketingConsent && *draft.marketingConsent != existing->marketingConsent) {
            if (auto audited = auditConsent(m_store, id, *draft.marketingConsent); !audited)
                return audited.error();
        }
        return find(id);
    });
}

Result<void> ClientService::remove(const Id &id)
{
    return m_store.transact([&]() -> Result<void> {
        auto existing = find(id);
        if (!existing)
            return existing.error();
        if (auto written = m_store.writer().deleteRecord(ClientRow::table(), id); !written)
            return written.error();
        auto audited = AuditTrail(m_store).record(
            QStringLiteral("client.deleted"), ClientRow::table(), id,
            QJsonObject { { QStringLiteral("name"), existing->name } });
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<Client> ClientService::find(const Id &id, bool includeDeleted) const
{
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(ClientRow::columns()));
    query.addBindValue(id.toString());
    if (!query.exec())
        return Error::storage(QStringLiteral("storage.readFailed"), query.lastError().text());
    if (!query.next() || (!includeDeleted && query.value(6).toInt() != 0))
        return Error::notFound(QStringLiteral("client.notFound"),
                               tr("There is no client with id %1.").arg(id.toString()));
    return ClientRow::fromQuery(query);
}

QList<Client> ClientService::list(const QString &search, int limit) const
{
    auto found = ClientSearch(m_store).find(search, limit);
    return found ? *found : QList<Client> {};
}

Result<int> ClientService::count() const
{
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM clients WHERE deleted = 0"));
    return scalarQuery<int>(query);
}

} // namespace Balcao
