// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Balcao {

// The key a PIX receiver registered in the Central Bank's directory (DICT),
// kept in the form the directory and the BR Code use: CPF and CNPJ as bare
// digits, a phone as "+55" E.164, an e-mail address in lower case, a random
// key (EVP) as a lower-case UUID. Keys are checked before they reach a QR
// code, because a payer's app refuses a code with a key that cannot exist,
// and a code with a mistyped key sends the money to someone else or nowhere.
class PixKey
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::PixKey)
public:
    enum class Type { Cpf, Cnpj, Phone, Email, Random };
    // The directory's limit for e-mail keys.
    static constexpr int kMaxEmailLength = 77;

    // Reads a key as people type it ("529.982.247-25", "(11) 98765-4321",
    // "Ana@Example.com"). The type is asked, not guessed: eleven digits are a
    // CPF or a phone number, and only the person knows which.
    static Result<PixKey> parse(Type type, const QString &text);
    // Reads a key in the directory's own form, as a payload carries it, and
    // tells the type from that form.
    static Result<PixKey> fromCanonical(const QString &text);

    Type type() const { return m_type; }
    const QString &value() const { return m_value; }

    bool operator==(const PixKey &other) const = default;

private:
    PixKey(Type type, QString value)
        : m_type(type)
        , m_value(std::move(value))
    { }
    Type m_type;
    QString m_value;
};

} // namespace Balcao
