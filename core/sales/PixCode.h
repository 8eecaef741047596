// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Money.h"
#include "sales/PixKey.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Balcao {

// Whether one code may be paid more than once: the "point of initiation
// method" (field 01) of the BR Code.
enum class PixUse {
    Unstated, // field 01 left out, as in the Central Bank's own example: reusable
    Reusable, // "11": a code printed on the counter, paid by many
    SingleUse, // "12": the payer's app refuses to pay it a second time
};

// What a static PIX code asks the payer for. As given to PixCode::build it is
// what people typed; as returned by PixCode::charge() it is what the payload
// says (names cleaned and cut, a zero amount absent, "***" read as no txid).
struct PixCharge
{
    PixKey key;
    QString merchantName; // cut to 25 characters
    QString merchantCity; // cut to 15 characters
    std::optional<Money> amount; // in BRL; absent or zero: the payer types it
    QString txid; // letters and digits, up to 25; empty: none ("***")
    QString description; // shown to the payer; must fit beside the key
    PixUse use = PixUse::Unstated;

    bool operator==(const PixCharge &other) const = default;
};

// A static PIX BR Code: the EMV® QRCPS Merchant-Presented Mode payload of the
// Banco Central do Brasil's "Manual de Padrões para Iniciação do Pix", which
// the checkout shows as a QR code and as "PIX copia e cola" text.
//
// Built from a charge, or read back from a payload (to check what was built,
// and in tests); either way payload() and charge() describe the same code.
// Names and cities are cleaned to the characters every payer's app shows
// (diacritics removed, printable ASCII kept) and cut to the lengths the
// standard allows, because a business's registered name is often longer and
// refusing it would leave the counter without PIX. A txid or a description
// that does not fit is refused instead: cutting them changes their meaning.
class PixCode
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::PixCode)
public:
    static constexpr int kMaxMerchantName = 25;
    static constexpr int kMaxMerchantCity = 15;
    static constexpr int kMaxTxid = 25;

    static Result<PixCode> build(const PixCharge &charge);
    // Checks the CRC first, then the framing, then every field a static PIX
    // code must have; fields it does not use (postal code, templates of
    // other payment schemes) are allowed and ignored.
    static Result<PixCode> parse(const QString &payload);

    const QString &payload() const { return m_payload; }
    const PixCharge &charge() const { return m_charge; }

private:
    PixCode(QString payload, PixCharge charge)
        : m_payload(std::move(payload))
        , m_charge(std::move(charge))
    { }
    QString m_payload;
    PixCharge m_charge;
};

} // namespace Balcao
