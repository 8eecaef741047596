// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"
#include "sales/Receipt.h"

#include <QDialog>

#include <optional>

class QPagedPaintDevice;
class QPushButton;
class QScrollArea;

namespace Balcao {

class FormMessage;
class LocalStore;
class ReceiptPreview;
class ReceiptPrintJob;

// The receipt of a sale (or of a return) on screen, with what can be done
// with it: print it on any printer (the system's print dialog), on this
// terminal's receipt printer, save it as a PDF, e-mail it, or set up the
// receipt printer. The checkout opens it after a sale, the sales history to
// reprint. Each outcome, good or bad, is said on the line under the buttons.
class ReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Document { Sale, Return };
    // A reprint is marked "REPRINT" and never opens the drawer. After a
    // first print from this dialog, further prints are reprints too. When
    // the checkout has already printed the sale (printAfterSale), it opens
    // the dialog as a Reprint: any copy from here is a second one.
    enum class Purpose { AfterSale, Reprint };

    ReceiptDialog(LocalStore &store, Document document, const Id &id, Purpose purpose,
                  QWidget *parent = nullptr);
    ~ReceiptDialog() override;

    // Empty when the document could not be read (the dialog then says why).
    const std::optional<Receipt> &receipt() const { return m_receipt; }

    // The buttons' work without their file and print dialogs, for tests and
    // callers that already know where.
    Result<void> printTo(QPagedPaintDevice &printer);
    Result<void> savePdf(const QString &path);

public slots:
    void print(); // the system's print dialog
    void printOnReceiptPrinter(); // asynchronous; the message line tells
    void saveAsPdf();
    void email();
    void editPrinter();

signals:
    // The receipt printer answered (after printOnReceiptPrinter).
    void receiptPrinterFinished(const Balcao::Result<void> &result);

private:
    void load();
    void printed();
    void updateButtons();

    LocalStore &m_store;
    Document m_document;
    Id m_id;
    Purpose m_purpose;
    std::optional<Receipt> m_receipt;
    ReceiptPreview *m_preview = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_receiptPrinter = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_email = nullptr;
    QPushButton *m_settings = nullptr;
    FormMessage *m_message = nullptr;
    ReceiptPrintJob *m_job = nullptr;
};

} // namespace Balcao
