// SPDX-License-Identifier: GPL-3.0-or-later
#include "GiftCards.h"

#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>
#include <QUuid>

namespace Balcao {

namespace {

const QUuid kGiftCardNamespace(QStringLiteral("{9e2f4b1a-7c3d-4a8e-b5f6-1d0c9e8a7b32}"));

} // namespace

GiftCards::GiftCards(LocalStore &store)
    : m_store(store)
{ }

Result<QString> GiftCards::normalizedCode(const QString &text)
{
    QString code;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-')
            continue;
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return Error::invalid(QStringLiteral("giftCard.badCode"),
                                  tr("A gift card code has only letters and digits."));
        code += c.toUpper();
    }
    if (code.size() < kMinCodeLength || code.size() > kMaxCodeLength)
        return Error::invalid(QStringLiteral("giftCard.badCode"),
                              tr("A gift card code has %1 to %2 letters and digits.")
                                  .arg(kMinCodeLength)
                                  .arg(kMaxCodeLength));
    return code;
}

Id GiftCards::cardId(const QString &normalizedCode)
{
    return Id::nameBased(kGiftCardNamespace, normalizedCode);
}

Result<GiftCard> GiftCards::findByCode(const QString &text) const
{
    auto code = normalizedCode(text);
    if (!code)
        return code.error();
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT id, code, currency, issued_at, expires_on FROM gift_cards"
                             " WHERE id = ? AND deleted = 0"));
    q.addBindValue(cardId(*code).toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("giftCard.notFound"),
                               tr("There is no gift card %1.").arg(*code));
    return GiftCard { Id::fromString(q.value(0).toString()), q.value(1).toString(),
                      currencyFromColumn(q.value(2)), q.value(3).toLongLong(),
                      QDate::fromString(q.value(4).toString(), Qt::ISODate) };
}

Result<Money> GiftCards::balance(const GiftCard &card) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT currency, sum(amount_minor) FROM gift_card_entries"
                             " WHERE gift_card_id = ? GROUP BY currency"));
    q.addBindValue(card.id.toString());
    return sumInCurrency(q, card.currency);
}

Result<GiftCard> GiftCards::ensure(const QString &text, const Currency &currency)
{
    auto code = normalizedCode(text);
    if (!code)
        return code.error();
    auto existing = findByCode(*code);
    if (existing) {
        if (existing->currency != currency)
            return Error::invalid(
                QStringLiteral("giftCard.otherCurrency"),
                tr("The gift card %1 is in %2.").arg(*code, existing->currency.code()));
        return existing;
    }
    // Only a card that is not there is new: one that could not be read may
    // hold a balance.
    if (existing.error().kind != Error::Kind::NotFound)
        return existing.error();
    GiftCard card { cardId(*code), *code, currency, m_store.clock().nowMsecsSinceEpoch(), {} };
    auto written = m_store.transact([&] {
        return m_store.writer().writeRecord(QStringLiteral("gift_cards"), card.id,
                                            { { QStringLiteral("code"), card.code },
                                              { QStringLiteral("currency"), currency.code() },
                                              { QStringLiteral("issued_at"), card.issuedAtMsecs },
                                              { QStringLiteral("deleted"), 0 } });
    });
    if (!written)
        return written.error();
    return card;
}

Result<void> GiftCards::addEntry(const Id &id, const Money &amount, const Id &saleId,
                                 const Id &returnId, const Id &paymentId)
{
    if (auto known = amount.requireCurrency(); !known)
        return known.error();
    return m_store.transact([&]() -> Result<void> {
        auto written = m_store.writer().appendLedger(
            QStringLiteral("gift_card_entries"), Id::generate(m_store.clock()),
            { { QStringLiteral("gift_card_id"), id.toString() },
              { QStringLiteral("amount_minor"), amount.minorUnits() },
              { QStringLiteral("currency"), amount.currency().code() },
              { QStringLiteral("sale_id"), idOrNull(saleId) },
              { QStringLiteral("return_id"), idOrNull(returnId) },
              { QStringLiteral("payment_id"), idOrNull(paymentId) },
              { QStringLiteral("device_id"), m_store.deviceId() },
              { QStringLiteral("at"), m_store.clock().nowMsecsSinceEpoch() } });
        if (!written)
            return written.error();
        return {};
    });
}

} // namespace Balcao
