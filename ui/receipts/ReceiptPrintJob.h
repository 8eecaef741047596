// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "sales/Receipt.h"
#include "sales/ReceiptPrinterSettings.h"

#include <QObject>

#include <functional>
#include <memory>

class QPrinter;

namespace Balcao {

class EscPosPrinter;
class LocalStore;

// Prints a receipt on the terminal's receipt printer as its settings say:
// through the operating system's printer (the PDF's drawing, on its driver)
// or as ESC/POS bytes to a thermal printer on the network or in a file.
// The checkout prints after a sale with it, and the receipt dialog's
// "Receipt printer" button. Each print() ends with one finished().
class ReceiptPrintJob : public QObject
{
    Q_OBJECT
public:
    // The QPrinter for a system printer's name (empty: the default), or
    // null when there is no such printer. Tests give one that writes a PDF.
    using PrinterFactory = std::function<std::unique_ptr<QPrinter>(const QString &name)>;

    explicit ReceiptPrintJob(const ReceiptPrinterConfig &config, QObject *parent = nullptr);
    ~ReceiptPrintJob() override;

    void setPrinterFactory(PrinterFactory factory) { m_printerFactory = std::move(factory); }
    bool isBusy() const { return m_busy; }
    void print(const Receipt &receipt);

    // Where it prints, for people: "Network printer 192.168.0.50:9100".
    static QString describe(const ReceiptPrinterConfig &config);
    static std::unique_ptr<QPrinter> systemPrinter(const QString &name);

    // After a sale, when this terminal prints automatically: a job that
    // deletes itself once finished (connect to finished() for errors), or
    // null when nothing is to be printed.
    static ReceiptPrintJob *printAfterSale(LocalStore &store, const Id &saleId,
                                           QObject *parent = nullptr);

signals:
    void finished(const Balcao::Result<void> &result);

private:
    void done(const Result<void> &result);

    ReceiptPrinterConfig m_config;
    PrinterFactory m_printerFactory;
    EscPosPrinter *m_thermal = nullptr;
    bool m_busy = false;
};

} // namespace Balcao
