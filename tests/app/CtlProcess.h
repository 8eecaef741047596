// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#ifndef BALCAOCTL_PATH
#error "The test's CMake target defines BALCAOCTL_PATH, the balcaoctl binary it drives."
#endif

namespace Balcao::Test {

// What one run of the real balcaoctl binary left: its exit status (-1 when
// it crashed or was killed), standard output and standard error.
struct CtlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject object() const { return json().object(); }
    // The stable code of a --json error ({"error":{"code":…}} on stderr).
    QString errorCode() const
    {
        return QJsonDocument::fromJson(err)
            .object()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

// Runs balcaoctl as a script would: `input` on its standard input, `env`
// ("NAME=value") added to this process's environment.
inline CtlRun runBalcaoctl(const QStringList &arguments, const QByteArray &input = {},
                           const QStringList &env = {})
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        environment.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(BALCAOCTL_PATH), arguments);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("balcaoctl hung");
    return CtlRun { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                    p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace Balcao::Test
