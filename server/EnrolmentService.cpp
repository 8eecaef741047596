// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolmentService.h"

#include "Secrets.h"
#include "ServerStore.h"
#include "TokenAuthority.h"
#include "common/Id.h"

namespace Balcao::Server {

namespace {

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand
// is not mistaken.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeChars = 20; // 100 bits, single use and expiring

} // namespace

EnrolmentService::EnrolmentService(ServerStore &store, TokenAuthority &tokens, const Clock &clock)
    : m_store(store)
    , m_tokens(tokens)
    , m_clock(clock)
{ }

QString EnrolmentService::normalizedCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

Result<QString> EnrolmentService::createBusiness(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(QStringLiteral("server.emptyName"), tr("A business needs a name."));
    const QString id = Id::generate(m_clock).toString();
    auto inserted = m_store.run(
        QStringLiteral("INSERT INTO businesses (id, name, created_at) VALUES (?, ?, ?)"),
        { id, trimmed, m_clock.nowMsecsSinceEpoch() });
    if (!inserted)
        return inserted.error();
    return id;
}

Result<EnrolmentService::Code> EnrolmentService::issueCode(const QString &businessId,
                                                           int validHours)
{
    auto known
        = m_store.run(QStringLiteral("SELECT 1 FROM businesses WHERE id = ?"), { businessId });
    if (!known)
        return known.error();
    if (!known->next())
        return Error::notFound(QStringLiteral("server.unknownBusiness"),
                               tr("No business has the id %1.").arg(businessId));
    known->finish();

    const QByteArray random = Secrets::randomBytes(kCodeChars);
    QString code;
    for (int i = 0; i < kCodeChars; ++i) {
        if (i > 0 && i % 5 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[static_cast<quint8>(random.at(i)) % 32]);
    }
    const qint64 now = m_clock.nowMsecsSinceEpoch();
    const qint64 expires = now + qint64(validHours) * 3600 * 1000;
    auto inserted = m_store.run(
        QStringLiteral(
            "INSERT INTO enrolment_codes (code_hash, business_id, created_at, expires_at)"
            " VALUES (?, ?, ?, ?)"),
        { Secrets::hashOf(normalizedCode(code)), businessId, now, expires });
    if (!inserted)
        return inserted.error();
    return Code { code, QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC) };
}

Result<EnrolmentService::Enrolment>
EnrolmentService::enrol(const QString &code, const QString &deviceName, const QString &deviceId)
{
    if (!deviceId.isEmpty() && Id::fromString(deviceId).isNull())
        return Error::invalid(QStringLiteral("enrol.badDeviceId"),
                              tr("\"%1\" is not a device id.").arg(deviceId));
    const QString name = deviceName.trimmed();
    if (name.isEmpty() || name.size() > 200)
        return Error::invalid(QStringLiteral("enrol.badDeviceName"),
                              tr("The terminal needs a name (up to 200 characters)."));
    // One message for unknown, used and expired codes: a guesser learns nothing.
    const Error refused
        = Error::security(QStringLiteral("enrol.invalidCode"),
                          tr("This enrolment code is unknown, already used or expired. Ask your "
                             "administrator for a new one."));
    const QString hash = Secrets::hashOf(normalizedCode(code));
    return m_store.transact([&]() -> Result<Enrolment> {
        // The conditional update claims the code; a second enrolment racing
        // with this one finds nothing left to claim.
        const qint64 now = m_clock.nowMsecsSinceEpoch();
        auto claimed = m_store.run(
            QStringLiteral("UPDATE enrolment_codes SET used_at = ?"
                           " WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"),
            { now, hash, now });
        if (!claimed)
            return claimed.error();
        if (claimed->numRowsAffected() != 1)
            return refused;
        auto business = m_store.run(
            QStringLiteral("SELECT business_id FROM enrolment_codes WHERE code_hash = ?"),
            { hash });
        if (!business)
            return business.error();
        if (!business->next())
            return refused;
        const QString businessId = business->value(0).toString();
        business->finish();
        auto issued = m_tokens.issue(businessId, name, deviceId);
        if (!issued)
            return issued.error();
        return Enrolment { issued->deviceId, issued->token, businessId };
    });
}

} // namespace Balcao::Server
