// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "storage/LocalStore.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Balcao::Ctl {

// What every balcaoctl command gets: its arguments, the global options, and
// the way to open the store and to report results and errors.
class CtlContext
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::Ctl::CtlContext)
public:
    CtlContext(QStringList arguments, QTextStream &out, QTextStream &err);

    // Takes "--name VALUE" (or "--name=VALUE") out of the arguments.
    std::optional<QString> takeOption(const QString &name);
    bool takeFlag(const QString &name);
    // Every "--name VALUE" of an option that may repeat, in order.
    QStringList takeAll(const QString &name);
    // Whatever is left after all options were taken; an unknown one is a usage error.
    Result<void> expectNoMore();
    const QStringList &remaining() const { return m_arguments; }
    QString takePositional();

    bool json() const { return m_json; }
    QString databasePath() const { return m_databasePath; }

    // The passphrase from --passphrase-file (a file, or "-" for stdin);
    // empty optional when the keychain is to be used.
    Result<std::optional<QString>> passphrase();
    bool passphraseFromStdin() const { return m_passphraseFile == QStringLiteral("-"); }
    // The first line of a file holding a secret ("-": standard input),
    // without its line break; nothing when it cannot be read. Secrets are
    // never taken as arguments, where the process list would show them.
    static std::optional<QString> readSecretLine(const QString &path);
    Result<std::unique_ptr<LocalStore>> openStore(Database::OpenMode mode
                                                  = Database::OpenMode::MustExist);

    // Reports the error; returns the exit code: 1, or 2 for "cli.usage".
    int fail(const Error &error);
    int usage(const QString &message);
    void print(const QJsonValue &json);
    void print(const QString &text);
    // The JSON with --json, otherwise the lines for people.
    void report(const QJsonValue &json, const QStringList &lines);

private:
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    QString m_databasePath;
    std::optional<QString> m_passphraseFile;
    bool m_passphraseRead = false;
    std::optional<QString> m_passphrase;
};

} // namespace Balcao::Ctl
