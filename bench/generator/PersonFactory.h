// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Random.h"

#include <QSet>
#include <QString>

namespace Balcao::Bench {

// A person as typed at the front desk: the service layer cleans and checks
// these fields like any user input. Empty phone, e-mail or notes mean "not
// given".
struct Person
{
    QString name;
    QString phone;
    QString email;
    QString notes;
};

// Realistic Brazilian people: common first names and surnames (with the
// "da Silva", "dos Santos" particles), mobiles as +55 DD 9XXXX-XXXX with the
// area codes of the business's region most likely, personal e-mails at the
// usual providers and, now and then, a salon's note. Phone numbers are
// unique per factory, as the duplicate-phone check of the merge expects.
class PersonFactory
{
public:
    PersonFactory(quint64 seed, std::string_view stream);

    // Almost all clients leave a mobile, most an e-mail, a few get notes.
    Person client();
    // Staff: a mobile and an e-mail at the business's domain.
    Person staffMember(const QString &emailDomain);

private:
    struct Name
    {
        QString first; // the first given name, for e-mails
        QString surname; // the last surname, for e-mails
        QString full;
    };
    Name name();
    QString uniqueMobile();
    QString personalEmail(const Name &name);
    QString note();

    Random m_random;
    QSet<quint64> m_phones;
};

// "João Conceição" -> "joaoconceicao": e-mail local parts are plain ASCII.
QString asciiFolded(const QString &text);

} // namespace Balcao::Bench
