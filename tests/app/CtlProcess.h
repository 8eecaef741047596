// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "security/PassphraseKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

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

// What a balcaoctl test drives: a temporary folder with the passphrase file
// (kPassphrase, pass.txt) and the database the test keeps there (m_db, set
// by the test). A test class derives from it after QObject.
class CtlDatabase
{
public:
    static constexpr const char *kPassphrase = "uma frase secreta longa";

    CtlDatabase() { writeFile(QStringLiteral("pass.txt"), QByteArray(kPassphrase) + '\n'); }

    // Where balcaoctl finds the database at `path` and its passphrase.
    QStringList database(const QString &path) const
    {
        return { QStringLiteral("--db"), path, QStringLiteral("--passphrase-file"),
                 m_dir.filePath(QStringLiteral("pass.txt")) };
    }
    CtlRun ctlOn(const QString &path, const QStringList &arguments,
                 const QStringList &env = {}) const
    {
        return runBalcaoctl(arguments + database(path), {}, env);
    }
    CtlRun ctl(const QStringList &arguments, const QStringList &env = {}) const
    {
        return ctlOn(m_db, arguments, env);
    }
    // A step of a test's set-up, which must succeed (a fatal error otherwise).
    void must(const QStringList &arguments) const
    {
        const CtlRun r = ctl(arguments);
        if (r.exitCode != 0)
            qFatal("%s: %s", qPrintable(arguments.join(QLatin1Char(' '))), r.err.constData());
    }
    // The column "n" of the first row of `query`, as `balcaoctl sql --json` gives it.
    qint64 scalar(const QString &query) const
    {
        return ctl({ QStringLiteral("sql"), query, QStringLiteral("--json") })
            .json()
            .array()
            .first()
            .toObject()
            .value(QStringLiteral("n"))
            .toInteger();
    }
    QString stateHash() const
    {
        return QString::fromLatin1(ctl({ QStringLiteral("state-hash") }).out).trimmed();
    }
    // Writes a file into the folder; returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }
    // The key balcaoctl derives from the passphrase for the database at `path`.
    static DatabaseKey keyOf(const QString &path)
    {
        auto parameters = PassphraseKey::readParameters(PassphraseKey::keyInfoPath(path));
        if (!parameters)
            qFatal("%s", qPrintable(parameters.error().message));
        auto key = PassphraseKey::derive(QString::fromLatin1(kPassphrase), *parameters);
        if (!key)
            qFatal("%s", qPrintable(key.error().message));
        return *key;
    }

protected:
    QTemporaryDir m_dir;
    QString m_db;
};

} // namespace Balcao::Test
