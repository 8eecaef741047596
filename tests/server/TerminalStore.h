// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeClock.h"
#include "security/DatabaseKey.h"
#include "storage/LocalStore.h"

#include <QTemporaryDir>

#include <memory>

namespace Balcao::Test {

// A terminal's encrypted store in a temporary folder of its own, on a fake
// clock: a new one, or a copy of another (closed) store's file and key — a
// shop set up once and copied is far cheaper than setting it up again (its
// two staff passwords alone cost two PBKDF2 runs). Like TestStore, which
// cannot open a copy.
class TerminalStore
{
public:
    explicit TerminalStore(qint64 clockMsecs);
    TerminalStore(qint64 clockMsecs, const TerminalStore &copyOf);
    ~TerminalStore();
    TerminalStore(const TerminalStore &) = delete;
    TerminalStore &operator=(const TerminalStore &) = delete;

    LocalStore &local() { return *m_store; }
    FakeClock &clock() { return m_clock; }
    // Closes and opens the same file again (the terminal killed and restarted).
    void reopen();
    // Closed, its log checkpointed into the file, ready to be copied.
    void close();

private:
    QTemporaryDir m_dir;
    QString m_path;
    DatabaseKey m_key;
    FakeClock m_clock;
    std::unique_ptr<LocalStore> m_store;
};

} // namespace Balcao::Test
