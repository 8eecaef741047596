// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeClock.h"
#include "security/DatabaseKey.h"
#include "storage/LocalStore.h"

#include <QTemporaryDir>

#include <memory>

namespace Balcao::Test {

// A fresh encrypted database in a temporary folder, with a random key and a
// fake clock, removed with the object; or a copy of another (closed) store's
// file and key: a shop set up once and copied is far cheaper than setting it
// up again (its staff passwords alone cost a PBKDF2 run each).
class TestStore
{
public:
    explicit TestStore(qint64 clockMsecs = 1767225600000);
    TestStore(qint64 clockMsecs, const TestStore &copyOf);
    ~TestStore();
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;

    LocalStore &store() { return *m_store; }
    const LocalStore &store() const { return *m_store; }
    LocalStore *operator->() { return m_store.get(); }
    LocalStore &operator*() { return *m_store; }
    FakeClock &clock() { return m_clock; }
    const DatabaseKey &key() const { return m_key; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Closes and opens the same file again (a restart).
    void reopen();
    // Closed, its log checkpointed into the file, ready to be copied.
    void close();
    // Initialises a demo business (one location, this device, no admin).
    void initialiseBusiness(const QString &name = QStringLiteral("Salão Teste"));

private:
    QTemporaryDir m_dir;
    QString m_path;
    DatabaseKey m_key;
    FakeClock m_clock;
    std::unique_ptr<LocalStore> m_store;
};

// The first column of the first row that `sql` returns on `store`'s
// connection: a number (-1 when the query fails or returns no row), or text
// (empty then). What the tests count and look up with.
qint64 scalar(LocalStore &store, const QString &sql);
QString scalarText(LocalStore &store, const QString &sql);
// How many rows `table` holds (-1 when it cannot be read).
qint64 rowCount(LocalStore &store, const QString &table);

} // namespace Balcao::Test
