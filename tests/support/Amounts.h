// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

namespace Balcao::Test {

// Amounts as the tests write them: reais(4590) is R$ 45,90.
inline Currency currencyOf(const char *code)
{
    return Currency::fromCode(QString::fromLatin1(code)).value();
}
inline Money reais(qint64 minor)
{
    return Money(minor, currencyOf("BRL"));
}
inline Money dollars(qint64 minor)
{
    return Money(minor, currencyOf("USD"));
}

} // namespace Balcao::Test
