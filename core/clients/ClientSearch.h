// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Client.h"
#include "common/Error.h"

#include <QList>

namespace Balcao {

class LocalStore;

// Finds live clients by any part of their name, phone or e-mail while the
// user types. Three characters or more go through the `clients_search` FTS5
// table (trigram tokens, so any substring matches; diacritics and case are
// ignored: "joao" finds "João"). One or two characters cannot make a trigram:
// they find names that start with them (through the name index, ignoring the
// case of A–Z), or, for digits, phones that contain them. Text made only of
// digits and phone punctuation searches the phone digits. Whatever is typed
// is data, never syntax: it cannot cause an SQL or FTS error.
class ClientSearch
{
public:
    enum class Mode {
        All, // nothing to search for: every live client
        NamePrefix, // 1–2 characters: names starting with `term`
        PhoneDigits, // 1–2 digits: phones containing them; `term` is a LIKE pattern
        FullText // `term` is an FTS5 MATCH expression
    };
    struct Plan
    {
        Mode mode = Mode::All;
        QString term;
        bool operator==(const Plan &) const = default;
    };

    // How `text` is searched. Pure, for tests.
    static Plan plan(const QString &text);

    explicit ClientSearch(LocalStore &store);
    // Sorted by name (ignoring case), then id. A negative limit means none.
    Result<QList<Client>> find(const QString &text, int limit = -1) const;

private:
    LocalStore &m_store;
};

} // namespace Balcao
