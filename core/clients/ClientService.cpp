// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientService.h"

#include "audit/AuditTrail.h"
#include "storage/LocalStore.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

namespace {

const QString kTable = QStringLiteral("clients");

Client clientFrom(const QSqlQuery &query)
{
    Client c;
    c.id = Id::fromString(query.value(0).toString());
    c.name = query.value(1).toString();
    c.phone = query.value(2).toString();
    c.email = query.value(3).toString();
    c.notes = query.value(4).toString();
    c.createdAtMsecs = query.value(5).toLongLong();
    c.deleted = query.value(6).toInt() != 0;
    return c;
}

const QString kColumns = QStringLiteral("id, name, phone, email, notes, created_at, deleted");

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

} // namespace

ClientService::ClientService(LocalStore &store)
    : m_store(store)
{ }

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
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return QString();
    QString digits;
    bool plus = false;
    for (int i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == QLatin1Char('+') && i == 0)
            plus = true;
        else if (!QStringLiteral(" -().").contains(c))
            return Error::invalid(
                QStringLiteral("client.phoneInvalid"),
                tr("\"%1\" is not a phone number: only digits, spaces, + - ( ) are allowed.")
                    .arg(phone));
    }
    if (digits.size() < 8 || digits.size() > 15)
        return Error::invalid(
            QStringLiteral("client.phoneInvalid"),
            tr("\"%1\" is not a phone number: it should have 8 to 15 digits.").arg(phone));
    return plus ? QLatin1Char('+') + digits : digits;
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
    const auto emptyAsNull
        = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    if (draft.name) {
        auto name = cleanName(*draft.name);
        if (!name)
            return name.error();
        fields.insert(QStringLiteral("name"), *name);
    }
    if (draft.phone) {
        auto phone = cleanPhone(*draft.phone);
        if (!phone)
            return phone.error();
        fields.insert(QStringLiteral("phone"), emptyAsNull(*phone));
    }
    if (draft.email) {
        auto email = cleanEmail(*draft.email);
        if (!email)
            return email.error();
        fields.insert(QStringLiteral("email"), emptyAsNull(*email));
    }
    if (draft.notes) {
        auto notes = cleanNotes(*draft.notes);
        if (!notes)
            return notes.error();
        fields.insert(QStringLiteral("notes"), emptyAsNull(*notes));
    }
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
    auto written
        = m_store.transact([&] { return m_store.writer().writeRecord(kTable, id, *fields); });
    if (!written)
        return written.error();
    // The row holds exactly the validated fields: no need to read it back
    // (a third of the cost of a create, docs/performance.md).
    Client client;
    client.id = id;
    client.name = fields->value(QStringLiteral("name")).toString();
    client.phone = fields->value(QStringLiteral("phone")).toString();
    client.email = fields->value(QStringLiteral("email")).toString();
    client.notes = fields->value(QStringLiteral("notes")).toString();
    client.createdAtMsecs = fields->value(QStringLiteral("created_at")).toLongLong();
    return client;
}

Result<Client> ClientService::update(const Id &id, const ClientDraft &draft)
{
    auto fields = validatedFields(draft);
    if (!fields)
        return fields.error();
    return m_store.transact([&]() -> Result<Client> {
        if (auto existing = find(id); !existing)
            return existing.error();
        if (auto written = m_store.writer().writeRecord(kTable, id, *fields); !written)
            return written.error();
        return find(id);
    });
}

Result<void> ClientService::remove(const Id &id)
{
    return m_store.transact([&]() -> Result<void> {
        auto existing = find(id);
        if (!existing)
            return existing.error();
        if (auto written = m_store.writer().deleteRecord(kTable, id); !written)
            return written.error();
        auto audited = AuditTrail(m_store).record(
            QStringLiteral("client.deleted"), kTable, id,
            QJsonObject { { QStringLiteral("name"), existing->name } });
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<Client> ClientService::find(const Id &id, bool includeDeleted) const
{
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(kColumns));
    query.addBindValue(id.toString());
    if (!query.exec())
        return Error::storage(QStringLiteral("storage.readFailed"), query.lastError().text());
    if (!query.next() || (!includeDeleted && query.value(6).toInt() != 0))
        return Error::notFound(QStringLiteral("client.notFound"),
                               tr("There is no client with id %1.").arg(id.toString()));
    return clientFrom(query);
}

QList<Client> ClientService::list(const QString &search, int limit) const
{
    QList<Client> out;
    QSqlQuery query(m_store.database().connection());
    QString sql = QStringLiteral("SELECT %1 FROM clients WHERE deleted = 0").arg(kColumns);
    const QString needle = search.simplified();
    if (!needle.isEmpty())
        sql += QStringLiteral(" AND (name LIKE :p ESCAPE '\\' OR phone LIKE :p ESCAPE '\\' OR "
                              "email LIKE :p ESCAPE '\\')");
    sql += QStringLiteral(" ORDER BY name COLLATE NOCASE, id");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!needle.isEmpty())
        query.bindValue(QStringLiteral(":p"),
                        QString(QStringLiteral("%") + escapeLike(needle) + QStringLiteral("%")));
    if (!query.exec())
        return out;
    while (query.next())
        out << clientFrom(query);
    return out;
}

int ClientService::count() const
{
    QSqlQuery query(m_store.database().connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM clients WHERE deleted = 0"))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace Balcao
