// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptPrintJob.h"

#include "EscPosPrinter.h"
#include "ReceiptPdf.h"
#include "sales/EscPosReceipt.h"
#include "sales/ReceiptBuilder.h"
#include "sales/ReceiptLayout.h"

#include <QPrinter>
#include <QPrinterInfo>

namespace Balcao {

using Destination = ReceiptPrinterConfig::Destination;

ReceiptPrintJob::ReceiptPrintJob(const ReceiptPrinterConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_printerFactory(&ReceiptPrintJob::systemPrinter)
{
    qRegisterMetaType<Result<void>>();
}

ReceiptPrintJob::~ReceiptPrintJob() = default;

QString ReceiptPrintJob::describe(const ReceiptPrinterConfig &config)
{
    switch (config.destination) {
    case Destination::None:
        return tr("No receipt printer is set up on this terminal.");
    case Destination::System:
        return config.systemPrinter.isEmpty() ? tr("The system's default printer")
                                              : tr("Printer \"%1\"").arg(config.systemPrinter);
    case Destination::Network:
        return tr("Thermal printer at %1:%2").arg(config.host).arg(config.port);
    case Destination::File:
        return tr("Thermal printer at %1").arg(config.path);
    }
    return {};
}

std::unique_ptr<QPrinter> ReceiptPrintJob::systemPrinter(const QString &name)
{
    const QPrinterInfo info
        = name.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(name);
    if (info.isNull())
        return nullptr;
    return std::make_unique<QPrinter>(info, QPrinter::HighResolution);
}

void ReceiptPrintJob::print(const Receipt &receipt)
{
    if (m_busy) {
        // Answered like every other outcome: later, through finished().
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit finished(Error::conflict(QStringLiteral("receipts.printerBusy"),
                                              tr("The last receipt is still printing.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    switch (m_config.destination) {
    case Destination::None:
        return done(Error::invalid(QStringLiteral("receipts.noPrinter"), describe(m_config)));
    case Destination::System: {
        const std::unique_ptr<QPrinter> printer = m_printerFactory(m_config.systemPrinter);
        if (!printer)
            return done(Error::notFound(
                QStringLiteral("receipts.systemPrinterMissing"),
                m_config.systemPrinter.isEmpty()
                    ? tr("This computer has no default printer. Choose one in the receipt "
                         "printer settings.")
                    : tr("The printer \"%1\" is not installed on this computer.")
                          .arg(m_config.systemPrinter)));
        printer->setDocName(ReceiptLayout::title(receipt));
        // The spooler takes the pages at once: no need for a thread.
        return done(ReceiptPdf::print(receipt, *printer));
    }
    case Destination::Network:
    case Destination::File: {
        EscPosReceipt::Options options;
        options.paper = EscPosReceipt::paperOfWidth(m_config.paperWidthMm);
        options.openDrawerOnCash = m_config.openDrawerOnCash;
        if (!m_thermal) {
            m_thermal = new EscPosPrinter(this);
            connect(m_thermal, &EscPosPrinter::finished, this, [this](const Result<void> &r) {
                m_busy = false;
                emit finished(r);
            });
        }
        m_thermal->send(m_config.destination == Destination::Network
                            ? EscPosPrinter::Target::network(m_config.host, m_config.port)
                            : EscPosPrinter::Target::file(m_config.path),
                        EscPosReceipt::encode(receipt, options));
        return;
    }
    }
}

void ReceiptPrintJob::done(const Result<void> &result)
{
    // Never from inside print(), so callers connect after calling it too.
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            m_busy = false;
            emit finished(result);
        },
        Qt::QueuedConnection);
}

ReceiptPrintJob *ReceiptPrintJob::printAfterSale(LocalStore &store, const Id &saleId,
                                                 QObject *parent)
{
    const auto config = ReceiptPrinterSettings(store).load();
    if (!config) {
        // Not knowing whether to print is said, not taken for "do not print".
        auto *job = new ReceiptPrintJob(ReceiptPrinterConfig {}, parent);
        connect(job, &ReceiptPrintJob::finished, job, &QObject::deleteLater);
        job->done(config.error());
        return job;
    }
    if (!config->printAfterSale || config->destination == Destination::None)
        return nullptr;
    const ReceiptBuilder builder(store);
    const auto locale = builder.receiptLocale();
    auto receipt
        = locale ? builder.forSale(saleId, { *locale, false }) : Result<Receipt>(locale.error());
    auto *job = new ReceiptPrintJob(*config, parent);
    connect(job, &ReceiptPrintJob::finished, job, &QObject::deleteLater);
    if (!receipt)
        job->done(receipt.error());
    else
        job->print(*receipt);
    return job;
}

} // namespace Balcao
