// SPDX-License-Identifier: GPL-3.0-or-later
#include "PixCode.h"

#include "sales/EmvTlv.h"

#include <QHash>
#include <QRegularExpression>

namespace Balcao {

namespace {

// Field ids of the BR Code (Manual de Padrões para Iniciação do Pix, and
// EMV® QRCPS Merchant-Presented Mode for the fields it shares).
namespace Field {
const QString kPayloadFormat = QStringLiteral("00");
const QString kInitiation = QStringLiteral("01");
const QString kPixAccount = QStringLiteral("26");
const QString kCategory = QStringLiteral("52");
const QString kCurrency = QStringLiteral("53");
const QString kAmount = QStringLiteral("54");
const QString kCountry = QStringLiteral("58");
const QString kName = QStringLiteral("59");
const QString kCity = QStringLiteral("60");
const QString kAdditionalData = QStringLiteral("62");
} // namespace Field

// Inside the PIX merchant account template (26).
namespace AccountField {
const QString kGui = QStringLiteral("00");
const QString kKey = QStringLiteral("01");
const QString kDescription = QStringLiteral("02");
const QString kUrl = QStringLiteral("25"); // dynamic codes only
} // namespace AccountField

// Inside the additional data template (62).
const QString kTxidField = QStringLiteral("05");

const QString kPayloadFormatVersion = QStringLiteral("01");
const QString kGui = QStringLiteral("br.gov.bcb.pix");
const QString kReusable = QStringLiteral("11");
const QString kSingleUse = QStringLiteral("12");
// No merchant category: the Central Bank's example and most banks write 0000.
const QString kNoCategory = QStringLiteral("0000");
const QString kBrl = QStringLiteral("BRL");
const QString kBrlNumeric = QStringLiteral("986"); // ISO 4217
const QString kBrazil = QStringLiteral("BR");
const QString kNoTxid = QStringLiteral("***");
// Merchant account information templates: ids 26 to 51, one per payment
// scheme a code offers; PIX is the one whose GUI is br.gov.bcb.pix.
constexpr int kFirstAccountTemplate = 26;
constexpr int kLastAccountTemplate = 51;
// Field 54 holds at most 13 characters: "9999999999.99".
constexpr int kMaxAmountLength = 13;

Error invalid(const char *code, const QString &message)
{
    return Error::invalid(QLatin1String("pix.") + QLatin1String(code), message);
}

Currency brl()
{
    return *Currency::fromCode(kBrl);
}

// Letters that no Unicode decomposition turns into ASCII, and typographic
// punctuation that word processors put into names.
QLatin1String asciiReplacement(char16_t c)
{
    switch (c) {
    case u'ß':
        return QLatin1String("ss");
    case u'æ':
        return QLatin1String("ae");
    case u'Æ':
        return QLatin1String("AE");
    case u'œ':
        return QLatin1String("oe");
    case u'Œ':
        return QLatin1String("OE");
    case u'ø':
        return QLatin1String("o");
    case u'Ø':
        return QLatin1String("O");
    case u'đ':
        return QLatin1String("d");
    case u'Đ':
        return QLatin1String("D");
    case u'ł':
        return QLatin1String("l");
    case u'Ł':
        return QLatin1String("L");
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u2032':
        return QLatin1String("'");
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u2033':
        return QLatin1String("\"");
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2212':
        return QLatin1String("-");
    default:
        return QLatin1String("");
    }
}

// Printable ASCII only, which every payer's app shows alike: compatibility
// decomposition (NFKD) splits "ã" into "a" and a tilde, "º" into "o", and the
// combining marks and whatever else is not ASCII are dropped.
QString cleanText(const QString &text)
{
    QString ascii;
    ascii.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() >= 0x20 && c.unicode() <= 0x7E)
            ascii += c;
        else if (c.isSpace())
            ascii += u' ';
        else
            ascii += asciiReplacement(c.unicode());
    }
    return ascii.simplified();
}

QString cleanAndCut(const QString &text, int maxLength)
{
    return cleanText(text).left(maxLength).trimmed();
}

// The room a description has in the PIX template (26), whose value holds
// at most 99 characters: the GUI and the key come first.
qsizetype descriptionRoom(const PixKey &key)
{
    const qsizetype header = 4;
    return EmvTlv::kMaxValueLength - (header + kGui.size()) - (header + key.value().size())
        - header;
}

Result<std::optional<Money>> checkedAmount(const std::optional<Money> &amount)
{
    if (!amount || amount->isZero())
        return std::optional<Money>();
    if (amount->currency().code() != kBrl)
        return invalid("currency",
                       PixCode::tr("PIX takes amounts in reais (BRL), not in %1.")
                           .arg(amount->currency().code()));
    if (amount->isNegative())
        return invalid("amount",
                       PixCode::tr("A PIX code cannot ask for a negative amount (%1).")
                           .arg(amount->toPlainString()));
    if (amount->toPlainString().size() > kMaxAmountLength)
        return invalid(
            "amount",
            PixCode::tr("%1 is more than a PIX code can ask for.").arg(amount->toPlainString()));
    return amount;
}

bool isTxid(const QString &txid)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{1,25}$"));
    return pattern.match(txid).hasMatch();
}

Error txidError(const QString &txid)
{
    return invalid("txid",
                   PixCode::tr("\"%1\" cannot identify a PIX payment: use 1 to %2 letters "
                               "(A to Z, no accents) and digits.")
                       .arg(txid, QString::number(PixCode::kMaxTxid)));
}

Result<QString> checkedDescription(const QString &text, const PixKey &key)
{
    const QString description = cleanText(text);
    const qsizetype room = descriptionRoom(key);
    if (description.isEmpty() || description.size() <= room)
        return description;
    if (room <= 0)
        return invalid("description",
                       PixCode::tr("This PIX key leaves no room for a description in the code."));
    return invalid("description",
                   PixCode::tr("The description \"%1\" is too long: with this PIX key it can "
                               "have %2 characters.")
                       .arg(description, QString::number(room)));
}

QString pixAccountTemplate(const PixCharge &charge)
{
    QString value = EmvTlv::field(AccountField::kGui, kGui)
        + EmvTlv::field(AccountField::kKey, charge.key.value());
    if (!charge.description.isEmpty())
        value += EmvTlv::field(AccountField::kDescription, charge.description);
    return value;
}

// The payload without its CRC, from a charge whose fields are already checked.
// Fields go in the order of the manual's tables and example.
QString payloadBody(const PixCharge &charge)
{
    QString body = EmvTlv::field(Field::kPayloadFormat, kPayloadFormatVersion);
    if (charge.use != PixUse::Unstated)
        body += EmvTlv::field(Field::kInitiation,
                              charge.use == PixUse::SingleUse ? kSingleUse : kReusable);
    body += EmvTlv::field(Field::kPixAccount, pixAccountTemplate(charge));
    body += EmvTlv::field(Field::kCategory, kNoCategory);
    body += EmvTlv::field(Field::kCurrency, kBrlNumeric);
    if (charge.amount)
        body += EmvTlv::field(Field::kAmount, charge.amount->toPlainString());
    body += EmvTlv::field(Field::kCountry, kBrazil);
    body += EmvTlv::field(Field::kName, charge.merchantName);
    body += EmvTlv::field(Field::kCity, charge.merchantCity);
    body += EmvTlv::field(Field::kAdditionalData,
                          EmvTlv::field(kTxidField, charge.txid.isEmpty() ? kNoTxid : charge.txid));
    return body;
}

// ---- reading back ----

Error missing(const QString &id)
{
    return invalid("missingField",
                   PixCode::tr("The PIX code is incomplete: it has no field %1.").arg(id));
}

Result<QHash<QString, QString>> byId(const QList<EmvField> &fields)
{
    QHash<QString, QString> out;
    for (const EmvField &field : fields) {
        if (out.contains(field.id))
            return invalid(
                "duplicateField",
                PixCode::tr("The PIX code is damaged: field %1 appears twice.").arg(field.id));
        out.insert(field.id, field.value);
    }
    return out;
}

// The data objects inside a template's value.
Result<QHash<QString, QString>> templateFields(const QString &value)
{
    auto fields = EmvTlv::split(value);
    if (!fields)
        return fields.error();
    return byId(*fields);
}

// The framing around the fields: format indicator first, CRC last.
Result<QHash<QString, QString>> topLevelFields(const QString &payload)
{
    auto fields = EmvTlv::split(payload);
    if (!fields)
        return fields.error();
    if (fields->constFirst() != EmvField { Field::kPayloadFormat, kPayloadFormatVersion })
        return invalid("payloadFormat",
                       PixCode::tr("This is not a PIX code: it does not start with 000201."));
    if (fields->constLast().id != EmvTlv::kCrcId)
        return invalid("crcPosition",
                       PixCode::tr("The PIX code is damaged: its check digits (CRC) are not its "
                                   "last field."));
    return byId(*fields);
}

struct PixAccount
{
    PixKey key;
    QString description;
};

Result<PixAccount> readPixAccount(const QHash<QString, QString> &fields)
{
    for (int id = kFirstAccountTemplate; id <= kLastAccountTemplate; ++id) {
        const QString value = fields.value(QString::number(id));
        if (value.isEmpty())
            continue;
        auto account = templateFields(value);
        if (!account)
            return account.error();
        if (account->value(AccountField::kGui).compare(kGui, Qt::CaseInsensitive) != 0)
            continue;
        if (!account->contains(AccountField::kKey)) {
            if (account->contains(AccountField::kUrl))
                return Error::unsupported(
                    QStringLiteral("pix.dynamic"),
                    PixCode::tr("This is a dynamic PIX code (its charge is on a bank's server): "
                                "only static codes are read here."));
            return invalid("key", PixCode::tr("The PIX code has no PIX key."));
        }
        auto key = PixKey::fromCanonical(account->value(AccountField::kKey));
        if (!key)
            return key.error();
        return PixAccount { *key, account->value(AccountField::kDescription) };
    }
    return invalid("notPix",
                   PixCode::tr("This payment code is not a PIX code: it has no "
                               "br.gov.bcb.pix account."));
}

Result<PixUse> readUse(const QHash<QString, QString> &fields)
{
    if (!fields.contains(Field::kInitiation))
        return PixUse::Unstated;
    const QString value = fields.value(Field::kInitiation);
    if (value == kReusable)
        return PixUse::Reusable;
    if (value == kSingleUse)
        return PixUse::SingleUse;
    return invalid("initiation",
                   PixCode::tr("The PIX code is damaged: \"%1\" is not a point of initiation "
                               "method (11 or 12).")
                       .arg(value));
}

Result<std::optional<Money>> readAmount(const QHash<QString, QString> &fields)
{
    if (!fields.contains(Field::kAmount))
        return std::optional<Money>();
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+(\\.[0-9]{1,2})?$"));
    const QString text = fields.value(Field::kAmount);
    if (text.size() > kMaxAmountLength || !pattern.match(text).hasMatch())
        return invalid("amount",
                       PixCode::tr("The PIX code is damaged: \"%1\" is not an amount.").arg(text));
    auto amount = Money::parse(text, brl());
    if (!amount)
        return amount.error();
    return amount->isZero() ? std::optional<Money>() : std::optional<Money>(*amount);
}

// The merchant's name (59) or city (60): `code` names which in an error.
Result<QString> readName(const QHash<QString, QString> &fields, const QString &id, int maxLength,
                         const char *code)
{
    if (!fields.contains(id))
        return missing(id);
    const QString value = fields.value(id);
    if (value.trimmed().isEmpty() || value.size() > maxLength)
        return invalid(code,
                       PixCode::tr("The PIX code is damaged: field %1 has \"%2\", which is not a "
                                   "name of 1 to %3 characters.")
                           .arg(id, value, QString::number(maxLength)));
    return value;
}

Result<QString> readTxid(const QHash<QString, QString> &fields)
{
    if (!fields.contains(Field::kAdditionalData))
        return missing(Field::kAdditionalData);
    auto additional = templateFields(fields.value(Field::kAdditionalData));
    if (!additional)
        return additional.error();
    if (!additional->contains(kTxidField))
        return missing(Field::kAdditionalData + QLatin1Char('.') + kTxidField);
    const QString txid = additional->value(kTxidField);
    if (txid == kNoTxid)
        return QString();
    if (!isTxid(txid))
        return txidError(txid);
    return txid;
}

// Fields whose value a static PIX code fixes: currency, country, category.
Result<void> checkFixedFields(const QHash<QString, QString> &fields)
{
    static const QRegularExpression category(QStringLiteral("^[0-9]{4}$"));
    for (const QString &id : { Field::kCategory, Field::kCurrency, Field::kCountry }) {
        if (!fields.contains(id))
            return missing(id);
    }
    if (!category.match(fields.value(Field::kCategory)).hasMatch())
        return invalid("category",
                       PixCode::tr("The PIX code is damaged: \"%1\" is not a merchant category.")
                           .arg(fields.value(Field::kCategory)));
    if (fields.value(Field::kCurrency) != kBrlNumeric)
        return invalid("currency",
                       PixCode::tr("The PIX code asks for currency %1; PIX is in reais (986).")
                           .arg(fields.value(Field::kCurrency)));
    if (fields.value(Field::kCountry) != kBrazil)
        return invalid("country",
                       PixCode::tr("The PIX code names country %1; PIX is in Brazil (BR).")
                           .arg(fields.value(Field::kCountry)));
    return {};
}

} // namespace

Result<PixCode> PixCode::build(const PixCharge &charge)
{
    PixCharge out = charge;
    out.merchantName = cleanAndCut(charge.merchantName, kMaxMerchantName);
    if (out.merchantName.isEmpty())
        return invalid("merchantName",
                       tr("Enter the name of the business as the PIX code shows it to the "
                          "payer, in letters without accents or digits."));
    out.merchantCity = cleanAndCut(charge.merchantCity, kMaxMerchantCity);
    if (out.merchantCity.isEmpty())
        return invalid("merchantCity",
                       tr("Enter the city of the business as the PIX code shows it to the "
                          "payer, in letters without accents."));
    auto amount = checkedAmount(charge.amount);
    if (!amount)
        return amount.error();
    out.amount = *amount;
    out.txid = charge.txid.trimmed();
    if (!out.txid.isEmpty() && !isTxid(out.txid))
        return txidError(charge.txid);
    auto description = checkedDescription(charge.description, charge.key);
    if (!description)
        return description.error();
    out.description = *description;
    QString payload = EmvTlv::withCrc(payloadBody(out));
    return PixCode(std::move(payload), std::move(out));
}

Result<PixCode> PixCode::parse(const QString &payload)
{
    // The CRC first: a damaged code is reported as damaged, not as whatever
    // field the damage happened to fall in.
    if (!EmvTlv::hasValidCrc(payload))
        return invalid("crc",
                       tr("The PIX code is damaged or incomplete: its check digits (CRC) do not "
                          "match. Copy or scan it again."));
    auto fields = topLevelFields(payload);
    if (!fields)
        return fields.error();
    if (auto fixed = checkFixedFields(*fields); !fixed)
        return fixed.error();
    auto account = readPixAccount(*fields);
    if (!account)
        return account.error();
    auto use = readUse(*fields);
    if (!use)
        return use.error();
    auto amount = readAmount(*fields);
    if (!amount)
        return amount.error();
    auto name = readName(*fields, Field::kName, kMaxMerchantName, "merchantName");
    if (!name)
        return name.error();
    auto city = readName(*fields, Field::kCity, kMaxMerchantCity, "merchantCity");
    if (!city)
        return city.error();
    auto txid = readTxid(*fields);
    if (!txid)
        return txid.error();
    return PixCode(
        payload,
        PixCharge { account->key, *name, *city, *amount, *txid, account->description, *use });
}

} // namespace Balcao
