// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptPrinterSettings.h"

#include "storage/LocalMeta.h"
#include "storage/LocalStore.h"

#include <QRegularExpression>

#include <optional>

namespace Balcao {

namespace {

using Destination = ReceiptPrinterConfig::Destination;

const QString kDestination = QStringLiteral("receipts.destination");
const QString kSystemPrinter = QStringLiteral("receipts.systemPrinter");
const QString kHost = QStringLiteral("receipts.host");
const QString kPort = QStringLiteral("receipts.port");
const QString kPath = QStringLiteral("receipts.path");
const QString kPaperWidth = QStringLiteral("receipts.paperWidthMm");
const QString kPrintAfterSale = QStringLiteral("receipts.printAfterSale");
const QString kOpenDrawer = QStringLiteral("receipts.openDrawerOnCash");

constexpr std::pair<Destination, const char *> kDestinations[] = {
    { Destination::None, "none" },
    { Destination::System, "system" },
    { Destination::Network, "network" },
    { Destination::File, "file" },
};

QString destinationName(Destination destination)
{
    for (const auto &[d, name] : kDestinations) {
        if (d == destination)
            return QString::fromLatin1(name);
    }
    return {};
}

Destination destinationFrom(const QString &name)
{
    for (const auto &[d, text] : kDestinations) {
        if (name == QLatin1String(text))
            return d;
    }
    return Destination::None;
}

} // namespace

ReceiptPrinterSettings::ReceiptPrinterSettings(LocalStore &store)
    : m_store(store)
{ }

Result<ReceiptPrinterConfig> ReceiptPrinterSettings::load() const
{
    const LocalMeta meta(m_store);
    // Each key once, the first failed read the answer: a printer that cannot
    // be read is not "no printer".
    std::optional<Error> failed;
    const auto value = [&](const QString &key, const QString &fallback = {}) {
        if (failed)
            return fallback;
        auto kept = meta.valueOr(key, fallback);
        if (!kept)
            failed = kept.error();
        return kept ? *kept : fallback;
    };
    ReceiptPrinterConfig c;
    c.destination = destinationFrom(value(kDestination));
    c.systemPrinter = value(kSystemPrinter);
    c.host = value(kHost);
    bool ok = false;
    const int port = value(kPort).toInt(&ok);
    c.port = ok && port > 0 && port <= 65535 ? port : kDefaultPort;
    c.path = value(kPath);
    c.paperWidthMm = value(kPaperWidth) == QLatin1String("58") ? 58 : 80;
    c.printAfterSale = value(kPrintAfterSale) == QLatin1String("1");
    c.openDrawerOnCash = value(kOpenDrawer, QStringLiteral("1")) == QLatin1String("1");
    if (failed)
        return *failed;
    return c;
}

Result<ReceiptPrinterConfig> ReceiptPrinterSettings::checked(const ReceiptPrinterConfig &config)
{
    ReceiptPrinterConfig c = config;
    c.systemPrinter = c.systemPrinter.trimmed();
    c.host = c.host.trimmed();
    c.path = c.path.trimmed();
    if (c.paperWidthMm != 58 && c.paperWidthMm != 80)
        return Error::invalid(QStringLiteral("receipts.paperWidthInvalid"),
                              tr("The paper must be 58 mm or 80 mm wide."));
    if (c.destination == Destination::Network) {
        // A name, an IPv4 address or an IPv6 one: what QTcpSocket connects to.
        static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9._:\\-]{1,253}$"));
        if (c.host.isEmpty())
            return Error::invalid(QStringLiteral("receipts.hostMissing"),
                                  tr("Type the printer's network address, such as "
                                     "192.168.0.50."));
        if (!host.match(c.host).hasMatch())
            return Error::invalid(QStringLiteral("receipts.hostInvalid"),
                                  tr("\"%1\" is not a network address.").arg(c.host));
        if (c.port < 1 || c.port > 65535)
            return Error::invalid(QStringLiteral("receipts.portInvalid"),
                                  tr("The port must be between 1 and 65535 (thermal printers "
                                     "usually listen on 9100)."));
    }
    if (c.destination == Destination::File && c.path.isEmpty())
        return Error::invalid(QStringLiteral("receipts.pathMissing"),
                              tr("Type the file or device to write receipts to, such as "
                                 "/dev/usb/lp0."));
    return c;
}

Result<void> ReceiptPrinterSettings::save(const ReceiptPrinterConfig &config)
{
    auto c = checked(config);
    if (!c)
        return c.error();
    return m_store.transact([&]() -> Result<void> {
        LocalMeta meta(m_store);
        const QList<std::pair<QString, QString>> values {
            { kDestination, destinationName(c->destination) },
            { kSystemPrinter, c->systemPrinter },
            { kHost, c->host },
            { kPort, QString::number(c->port) },
            { kPath, c->path },
            { kPaperWidth, QString::number(c->paperWidthMm) },
            { kPrintAfterSale, c->printAfterSale ? QStringLiteral("1") : QStringLiteral("0") },
            { kOpenDrawer, c->openDrawerOnCash ? QStringLiteral("1") : QStringLiteral("0") },
        };
        for (const auto &[key, value] : values) {
            if (auto written = meta.setValue(key, value); !written)
                return written;
        }
        return {};
    });
}

} // namespace Balcao
