// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalcaodProcess.h"

#include "Log.h"
#include "Samples.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Balcao::Bench {

namespace {

Error failure(const QString &code, const QString &message)
{
    return Error::storage(code, message);
}

} // namespace

BalcaodProcess::BalcaodProcess(QString executable, QString dataDir)
    : m_executable(std::move(executable))
    , m_dataDir(std::move(dataDir))
{ }

BalcaodProcess::~BalcaodProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: balcaod's graceful stop
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

Result<std::unique_ptr<BalcaodProcess>> BalcaodProcess::start(const QString &executable,
                                                              const QString &dataDir)
{
    if (!QFileInfo(executable).isExecutable())
        return failure(
            QStringLiteral("bench.balcaod"),
            QStringLiteral("balcaod not found at %1 (give --balcaod PATH)").arg(executable));
    if (!QDir().mkpath(dataDir))
        return failure(QStringLiteral("bench.dir"),
                       QStringLiteral("Cannot create %1.").arg(dataDir));
    std::unique_ptr<BalcaodProcess> server(new BalcaodProcess(executable, dataDir));
    server->m_process.setProcessChannelMode(QProcess::SeparateChannels);
    server->m_process.start(executable,
                            { QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0") });
    if (!server->m_process.waitForStarted(10'000))
        return failure(
            QStringLiteral("bench.balcaod"),
            QStringLiteral("balcaod did not start: %1").arg(server->m_process.errorString()));
    // Port 0: the start-up line says which port it got.
    static const QRegularExpression listening(
        QStringLiteral(R"(listening on http://127\.0\.0\.1:(\d+) )"));
    QByteArray output;
    for (int i = 0; i < 200; ++i) {
        server->m_process.waitForReadyRead(50);
        output += server->m_process.readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            server->m_port = static_cast<quint16>(match.captured(1).toUInt());
            logLine(QStringLiteral("balcaod (pid %1) listening on %2, SQLite in %3")
                        .arg(server->pid())
                        .arg(server->url().toString(), dataDir));
            return server;
        }
        if (server->m_process.state() == QProcess::NotRunning)
            break;
    }
    return failure(QStringLiteral("bench.balcaod"),
                   QStringLiteral("balcaod did not say where it listens: %1 %2")
                       .arg(QString::fromUtf8(output),
                            QString::fromUtf8(server->m_process.readAllStandardError())));
}

QUrl BalcaodProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

Result<QJsonObject> BalcaodProcess::admin(const QStringList &arguments) const
{
    QProcess process;
    process.start(
        m_executable,
        QStringList { QStringLiteral("admin") } + arguments
            + QStringList { QStringLiteral("--json"), QStringLiteral("--data"), m_dataDir });
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return failure(
            QStringLiteral("bench.balcaodAdmin"),
            QStringLiteral("balcaod admin %1 failed: %2")
                .arg(arguments.value(0), QString::fromUtf8(process.readAllStandardError())));
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

Result<QString> BalcaodProcess::createBusiness(const QString &name) const
{
    auto out = admin({ QStringLiteral("create-business"), QStringLiteral("--name"), name });
    if (!out)
        return out.error();
    return out->value(QStringLiteral("id")).toString();
}

Result<QString> BalcaodProcess::enrolmentCode(const QString &businessId) const
{
    auto out
        = admin({ QStringLiteral("enrolment-code"), QStringLiteral("--business"), businessId });
    if (!out)
        return out.error();
    return out->value(QStringLiteral("code")).toString();
}

QJsonObject BalcaodProcess::memory() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    QJsonObject out;
    if (!status.open(QIODevice::ReadOnly))
        return out;
    const auto mib = [](const QByteArray &line) {
        // "VmRSS:	  123456 kB"
        const QByteArray kb = line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0);
        return rounded(static_cast<double>(kb.toLongLong()) / 1024.0, 1);
    };
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            out.insert(QStringLiteral("rss_mib"), mib(line));
        else if (line.startsWith("VmHWM:"))
            out.insert(QStringLiteral("peak_rss_mib"), mib(line));
    }
    return out;
}

qint64 BalcaodProcess::databaseBytes() const
{
    const QString path = QDir(m_dataDir).filePath(QStringLiteral("balcaod.sqlite"));
    qint64 total = 0;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        total += QFileInfo(path + suffix).size();
    return total;
}

} // namespace Balcao::Bench
