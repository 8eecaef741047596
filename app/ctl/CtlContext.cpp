// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlContext.h"

#include "security/DatabaseKeyProvider.h"
#include "security/KeychainSecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Balcao::Ctl {

CtlContext::CtlContext(QStringList arguments, QTextStream &out, QTextStream &err)
    : m_arguments(std::move(arguments))
    , m_out(out)
    , m_err(err)
{
    m_json = takeFlag(QStringLiteral("json"));
    m_databasePath = takeOption(QStringLiteral("db")).value_or(QString());
    m_passphraseFile = takeOption(QStringLiteral("passphrase-file"));
}

std::optional<QString> CtlContext::takeOption(const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (int i = 0; i < m_arguments.size(); ++i) {
        const QString &arg = m_arguments.at(i);
        if (arg == flag && i + 1 < m_arguments.size()) {
            const QString value = m_arguments.at(i + 1);
            m_arguments.remove(i, 2);
            return value;
        }
        if (arg.startsWith(flag + QLatin1Char('='))) {
            const QString value = arg.mid(flag.size() + 1);
            m_arguments.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool CtlContext::takeFlag(const QString &name)
{
    return m_arguments.removeAll(QStringLiteral("--") + name) > 0;
}

QStringList CtlContext::takeAll(const QString &name)
{
    QStringList values;
    while (const auto value = takeOption(name))
        values << *value;
    return values;
}

QString CtlContext::takePositional()
{
    for (int i = 0; i < m_arguments.size(); ++i) {
        if (!m_arguments.at(i).startsWith(QStringLiteral("--")))
            return m_arguments.takeAt(i);
    }
    return {};
}

Result<void> CtlContext::expectNoMore()
{
    if (!m_arguments.isEmpty())
        return Error::invalid(QStringLiteral("cli.unknownArgument"),
                              tr("Unknown or incomplete argument: %1").arg(m_arguments.join(u' ')));
    return {};
}

std::optional<QString> CtlContext::readSecretLine(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path == QStringLiteral("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return std::nullopt;
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    const QString secret = QString::fromUtf8(line);
    line.fill('\0');
    return secret;
}

Result<std::optional<QString>> CtlContext::passphrase()
{
    if (m_passphraseRead || !m_passphraseFile)
        return m_passphrase;
    m_passphraseRead = true;
    m_passphrase = readSecretLine(*m_passphraseFile);
    if (!m_passphrase)
        return Error::invalid(QStringLiteral("cli.passphraseFile"),
                              tr("Cannot read the passphrase file %1.")
                                  .arg(QDir::toNativeSeparators(*m_passphraseFile)));
    if (m_passphrase->isEmpty())
        return Error::invalid(QStringLiteral("cli.passphraseEmpty"),
                              tr("The passphrase file is empty."));
    return m_passphrase;
}

Result<std::unique_ptr<LocalStore>> CtlContext::openStore(Database::OpenMode mode)
{
    if (m_databasePath.isEmpty())
        return Error::invalid(QStringLiteral("cli.noDatabase"),
                              tr("Give the database with --db PATH."));
    if (!QFile::exists(m_databasePath))
        return Error::notFound(
            QStringLiteral("database.missing"),
            tr("There is no Balcão database at %1. Create one with \"balcaoctl init\".")
                .arg(QDir::toNativeSeparators(m_databasePath)));
    auto secret = passphrase();
    if (!secret)
        return secret.error();
    KeychainSecretStore keychain;
    DatabaseKeyProvider keys(keychain);
    auto candidates = keys.candidateKeys(m_databasePath, *secret);
    if (!candidates) {
        if (candidates.error().code == QStringLiteral("key.passphraseRequired"))
            return Error::security(candidates.error().code,
                                   tr("This database is protected by a passphrase: give it with "
                                      "--passphrase-file FILE "
                                      "(or - for standard input)."));
        return candidates.error();
    }
    LocalStore::Options options;
    options.mode = mode;
    return LocalStore::openWithAnyKey(m_databasePath, *candidates, options);
}

int CtlContext::fail(const Error &error)
{
    if (m_json) {
        const QJsonObject body { { QStringLiteral("error"),
                                   QJsonObject { { QStringLiteral("code"), error.code },
                                                 { QStringLiteral("message"), error.message } } } };
        m_err << QJsonDocument(body).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_err << QStringLiteral("balcaoctl: ") << error.message << Qt::endl;
    }
    // A wrong command line found while parsing a value is still a usage error.
    return error.code == QLatin1String("cli.usage") ? 2 : 1;
}

int CtlContext::usage(const QString &message)
{
    fail(Error::invalid(QStringLiteral("cli.usage"), message));
    return 2;
}

void CtlContext::print(const QJsonValue &json)
{
    QJsonDocument doc
        = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    m_out << doc.toJson(QJsonDocument::Compact) << Qt::endl;
}

void CtlContext::print(const QString &text)
{
    m_out << text << Qt::endl;
}

void CtlContext::report(const QJsonValue &json, const QStringList &lines)
{
    if (m_json) {
        print(json);
        return;
    }
    for (const QString &line : lines)
        print(line);
}

} // namespace Balcao::Ctl
