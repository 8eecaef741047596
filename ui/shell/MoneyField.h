// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QLineEdit>

namespace Balcao {

// A field for an amount of money typed the way the user's locale writes it
// ("1.234,56" in Portuguese, "1,234.56" in English). Money::parse reads it,
// so the field never goes through a double and refuses more decimals than
// the currency has, with core's message.
class MoneyField : public QLineEdit
{
    Q_OBJECT
public:
    explicit MoneyField(QWidget *parent = nullptr);

    void setCurrency(const QString &code);
    const QString &currency() const { return m_currency; }
    // Shows `minor` as the locale writes it, without the symbol.
    void setMinor(qint64 minor);
    // The typed amount; an empty field is `whenEmpty` if given, else an error.
    Result<qint64> minor(std::optional<qint64> whenEmpty = std::nullopt) const;

    // The number alone, as this field shows it ("45,90").
    static QString plainText(qint64 minor, const QString &currencyCode, const QLocale &locale);

private:
    QString m_currency = QStringLiteral("BRL");
};

} // namespace Balcao
