// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Balcao::Bench {

// The real balcaod binary as a child process on 127.0.0.1 with a port of its
// own and SQLite under a data folder, so its memory is its own and can be
// read from /proc. Stopped with SIGTERM (its graceful path) when destroyed.
class BalcaodProcess
{
public:
    ~BalcaodProcess();
    BalcaodProcess(const BalcaodProcess &) = delete;
    BalcaodProcess &operator=(const BalcaodProcess &) = delete;

    static Result<std::unique_ptr<BalcaodProcess>> start(const QString &executable,
                                                         const QString &dataDir);

    QUrl url() const;
    qint64 pid() const { return m_process.processId(); }
    // `balcaod admin …` on the same store (allowed while the server runs).
    Result<QString> createBusiness(const QString &name) const;
    Result<QString> enrolmentCode(const QString &businessId) const;
    // From /proc/<pid>/status: {"rss_mib", "peak_rss_mib"} (VmRSS, VmHWM).
    QJsonObject memory() const;
    // balcaod.sqlite with its WAL.
    qint64 databaseBytes() const;

private:
    BalcaodProcess(QString executable, QString dataDir);
    Result<QJsonObject> admin(const QStringList &arguments) const;

    QString m_executable;
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Balcao::Bench
