// SPDX-License-Identifier: GPL-3.0-or-later
#include "Environment.h"

#include <QFile>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

#if defined(__clang__)
#define BALCAO_BENCH_COMPILER __VERSION__
#elif defined(__GNUC__)
#define BALCAO_BENCH_COMPILER "GCC " __VERSION__
#else
#define BALCAO_BENCH_COMPILER "unknown"
#endif

#ifndef BALCAO_BENCH_BUILD_TYPE
#define BALCAO_BENCH_BUILD_TYPE "unknown"
#endif

namespace Balcao::Bench {

namespace {

QString cipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            version = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return version;
}

QString cpuModel()
{
    // /proc files report a size of 0, so read to the end rather than test atEnd().
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

// Other work on the machine skews the figures; the report says how busy it was.
QString loadAverage()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (!loadavg.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

QJsonObject describeEnvironment(const QString &dataDirectory)
{
    const QStorageInfo storage(dataDirectory);
    return QJsonObject {
        { QStringLiteral("sqlcipher_version"), cipherVersion() },
        { QStringLiteral("sqlite_version"), QString::fromLatin1(sqlite3_libversion()) },
        { QStringLiteral("qt_version"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("build_type"), QStringLiteral(BALCAO_BENCH_BUILD_TYPE) },
        { QStringLiteral("compiler"), QStringLiteral(BALCAO_BENCH_COMPILER) },
        { QStringLiteral("cores"), QThread::idealThreadCount() },
        { QStringLiteral("cpu_model"), cpuModel() },
        { QStringLiteral("load_average_at_start"), loadAverage() },
        { QStringLiteral("os"), QSysInfo::prettyProductName() },
        { QStringLiteral("kernel"), QSysInfo::kernelVersion() },
        { QStringLiteral("data_directory"), dataDirectory },
        { QStringLiteral("filesystem"), QString::fromLatin1(storage.fileSystemType()) },
        { QStringLiteral("device"), QString::fromLatin1(storage.device()) },
    };
}

} // namespace Balcao::Bench
