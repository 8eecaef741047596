// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Balcao {

class LocalStore;

// Where this terminal prints its receipts and how.
struct ReceiptPrinterConfig
{
    enum class Destination {
        None, // receipts are printed from the dialog only
        System, // a printer of the operating system (its driver does the rest)
        Network, // an ESC/POS thermal printer on the network (raw TCP, port 9100)
        File, // ESC/POS bytes to a file or device (/dev/usb/lp0, COM3, a .bin)
    };
    Destination destination = Destination::None;
    QString systemPrinter; // empty: the system's default printer
    QString host;
    int port = 9100;
    QString path;
    int paperWidthMm = 80; // 58 or 80
    bool printAfterSale = false;
    bool openDrawerOnCash = true;

    bool operator==(const ReceiptPrinterConfig &) const = default;
};

// The receipt printer settings of this terminal, kept in local_meta: a
// printer belongs to a counter, so they never sync to other terminals.
class ReceiptPrinterSettings
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ReceiptPrinterSettings)
public:
    static constexpr int kDefaultPort = 9100;

    explicit ReceiptPrinterSettings(LocalStore &store);

    Result<ReceiptPrinterConfig> load() const;
    // Checks every field first; a bad one is refused and nothing is saved.
    Result<void> save(const ReceiptPrinterConfig &config);
    // The config with its text trimmed, or why it cannot be used.
    static Result<ReceiptPrinterConfig> checked(const ReceiptPrinterConfig &config);

private:
    LocalStore &m_store;
};

} // namespace Balcao
