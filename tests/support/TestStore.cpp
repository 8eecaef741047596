// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"

#include "settings/BusinessSetup.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace Balcao::Test {

TestStore::TestStore(qint64 clockMsecs)
    : m_path(m_dir.filePath(QStringLiteral("balcao.db")))
    , m_key(DatabaseKey::generate())
    , m_clock(clockMsecs)
{
    reopen();
}

TestStore::TestStore(qint64 clockMsecs, const TestStore &copyOf)
    : m_path(m_dir.filePath(QStringLiteral("balcao.db")))
    , m_key(copyOf.m_key)
    , m_clock(clockMsecs)
{
    if (copyOf.m_store || !QFile::copy(copyOf.m_path, m_path))
        qFatal("TestStore: cannot copy %s", qPrintable(copyOf.m_path));
    // Closing checkpoints the log into the file; should one be left, it goes too.
    const QString log = copyOf.m_path + QStringLiteral("-wal");
    if (QFile::exists(log) && !QFile::copy(log, m_path + QStringLiteral("-wal")))
        qFatal("TestStore: cannot copy %s", qPrintable(log));
    reopen();
}

TestStore::~TestStore() = default;

void TestStore::close()
{
    m_store.reset();
}

void TestStore::reopen()
{
    m_store.reset();
    LocalStore::Options options;
    options.clock = &m_clock;
    auto opened = LocalStore::open(m_path, m_key, options);
    if (!opened)
        qFatal("TestStore: %s", qPrintable(opened.error().message));
    m_store = std::move(*opened);
}

void TestStore::initialiseBusiness(const QString &name)
{
    BusinessProfile profile;
    profile.businessName = name;
    profile.locationName = QStringLiteral("Centro");
    profile.deviceName = QStringLiteral("Caixa 1");
    auto done = BusinessSetup(*m_store).initialise(profile);
    if (!done)
        qFatal("TestStore: %s", qPrintable(done.error().message));
}

qint64 scalar(LocalStore &store, const QString &sql)
{
    QSqlQuery q(store.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString scalarText(LocalStore &store, const QString &sql)
{
    QSqlQuery q(store.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

qint64 rowCount(LocalStore &store, const QString &table)
{
    return scalar(store, QStringLiteral("SELECT count(*) FROM %1").arg(table));
}

} // namespace Balcao::Test
