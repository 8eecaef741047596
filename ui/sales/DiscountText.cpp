// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscountText.h"

#include "shell/MoneyText.h"

namespace Balcao {

Result<Discount> DiscountText::parse(const QString &text, const Currency &currency,
                                     const QLocale &locale)
{
    QString cleaned = text.trimmed();
    if (cleaned.isEmpty())
        return Discount {};
    const bool percent = cleaned.endsWith(QLatin1Char('%'));
    if (percent)
        cleaned.chop(1);
    const auto refused = [&] {
        return Error::invalid(
            QStringLiteral("discount.unparsable"),
            tr("\"%1\" is not a discount: type an amount (5) or a percentage (10%).").arg(text));
    };
    if (percent) {
        // A percentage with up to two decimals is a whole number of basis
        // points, read exactly like an amount with two minor digits — no
        // floating point, and the locale's separators for free.
        auto hundredths = Money::parse(cleaned, *Currency::fromCode(QStringLiteral("BRL")), locale);
        if (!hundredths || hundredths->isNegative())
            return refused();
        return Discount::percent(hundredths->minorUnits());
    }
    if (auto known = Money::zero(currency).requireCurrency(); !known)
        return known.error();
    auto amount = Money::parse(cleaned, currency, locale);
    if (!amount || amount->isNegative())
        return refused();
    return Discount::amount(amount->minorUnits());
}

QString DiscountText::format(const Discount &discount, const Currency &currency,
                             const QLocale &locale)
{
    if (discount.isNone())
        return {};
    if (discount.kind == Discount::Kind::Percent)
        return percentText(discount.value, locale).remove(QChar(0x00A0));
    return Money(discount.value, currency).toDisplayNumber(locale);
}

} // namespace Balcao
