// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingCopy.h"

#include "storage/LocalStore.h"

#include <QFile>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Balcao::Bench {

Result<void> makeWorkingCopy(const QString &generated, const QString &work)
{
    QFile::remove(work);
    if (!QFile::copy(generated, work))
        return Error::storage(QStringLiteral("bench.copy"),
                              QStringLiteral("cannot copy %1 to %2").arg(generated, work));
#ifdef Q_OS_UNIX
    QFile copy(work);
    if (copy.open(QIODevice::ReadWrite))
        ::fsync(copy.handle());
#endif
    return {};
}

qint64 scalar(LocalStore &store, const QString &sql)
{
    QSqlQuery q(store.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace Balcao::Bench
