// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminalStore.h"

#include <QFile>

namespace Balcao::Test {

TerminalStore::TerminalStore(qint64 clockMsecs)
    : m_path(m_dir.filePath(QStringLiteral("balcao.db")))
    , m_key(DatabaseKey::generate())
    , m_clock(clockMsecs)
{
    reopen();
}

TerminalStore::TerminalStore(qint64 clockMsecs, const TerminalStore &copyOf)
    : m_path(m_dir.filePath(QStringLiteral("balcao.db")))
    , m_key(copyOf.m_key)
    , m_clock(clockMsecs)
{
    if (copyOf.m_store || !QFile::copy(copyOf.m_path, m_path))
        qFatal("TerminalStore: cannot copy %s", qPrintable(copyOf.m_path));
    // Closing checkpoints the log into the file; should one be left, it goes too.
    const QString log = copyOf.m_path + QStringLiteral("-wal");
    if (QFile::exists(log) && !QFile::copy(log, m_path + QStringLiteral("-wal")))
        qFatal("TerminalStore: cannot copy %s", qPrintable(log));
    reopen();
}

TerminalStore::~TerminalStore() = default;

void TerminalStore::close()
{
    m_store.reset();
}

void TerminalStore::reopen()
{
    m_store.reset();
    LocalStore::Options options;
    options.clock = &m_clock;
    auto opened = LocalStore::open(m_path, m_key, options);
    if (!opened)
        qFatal("TerminalStore: %s", qPrintable(opened.error().message));
    m_store = std::move(*opened);
}

} // namespace Balcao::Test
