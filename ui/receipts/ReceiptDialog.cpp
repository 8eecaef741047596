// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptDialog.h"

#include "ReceiptEmailDialog.h"
#include "ReceiptPdf.h"
#include "ReceiptPreview.h"
#include "ReceiptPrintJob.h"
#include "ReceiptPrinterDialog.h"
#include "sales/ReceiptBuilder.h"
#include "sales/ReceiptLayout.h"
#include "sales/ReceiptPrinterSettings.h"
#include "shell/BusyCursor.h"
#include "shell/FormMessage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Balcao {

ReceiptDialog::ReceiptDialog(LocalStore &store, Document document, const Id &id, Purpose purpose,
                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_document(document)
    , m_id(id)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("receiptDialog"));
    setWindowTitle(tr("Receipt"));

    m_preview = new ReceiptPreview(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("receiptScroll"));
    m_scroll->setWidget(m_preview);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    // Arrow keys and Page Up/Down scroll the slip.
    m_scroll->setFocusPolicy(Qt::StrongFocus);

    const auto button = [this](const QString &name) {
        auto *b = new QPushButton(this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        return b;
    };
    m_receiptPrinter = button(QStringLiteral("receiptPrintThermal"));
    m_receiptPrinter->setText(tr("&Receipt printer"));
    connect(m_receiptPrinter, &QPushButton::clicked, this, &ReceiptDialog::printOnReceiptPrinter);
    m_print = button(QStringLiteral("receiptPrint"));
    m_print->setText(tr("&Print…"));
    connect(m_print, &QPushButton::clicked, this, &ReceiptDialog::print);
    m_pdf = button(QStringLiteral("receiptSavePdf"));
    m_pdf->setText(tr("Save P&DF…"));
    connect(m_pdf, &QPushButton::clicked, this, &ReceiptDialog::saveAsPdf);
    m_email = button(QStringLiteral("receiptEmail"));
    m_email->setText(tr("&E-mail…"));
    connect(m_email, &QPushButton::clicked, this, &ReceiptDialog::email);
    m_settings = button(QStringLiteral("receiptPrinterSettings"));
    m_settings->setText(tr("Printer &settings…"));
    connect(m_settings, &QPushButton::clicked, this, &ReceiptDialog::editPrinter);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("receiptClose"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *actions = new QVBoxLayout;
    for (QPushButton *b : { m_receiptPrinter, m_print, m_pdf, m_email })
        actions->addWidget(b);
    actions->addSpacing(12);
    actions->addWidget(m_settings);
    actions->addStretch(1);
    actions->addWidget(close);

    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("receiptMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_scroll, 1);
    top->addLayout(actions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_message);

    setTabOrder(m_receiptPrinter, m_print);
    setTabOrder(m_print, m_pdf);
    setTabOrder(m_pdf, m_email);
    setTabOrder(m_email, m_settings);
    setTabOrder(m_settings, close->button(QDialogButtonBox::Close));
    setTabOrder(close->button(QDialogButtonBox::Close), m_scroll);

    load();
    // The slip's width plus the buttons; as tall as the screen allows.
    resize(m_preview->width() + m_scroll->verticalScrollBar()->sizeHint().width()
               + actions->sizeHint().width() + 60,
           720);
}

ReceiptDialog::~ReceiptDialog() = default;

void ReceiptDialog::load()
{
    const ReceiptBuilder builder(m_store);
    const auto locale = builder.receiptLocale();
    const ReceiptBuilder::Options options { locale ? *locale : QLocale(),
                                            m_purpose == Purpose::Reprint };
    auto built = !locale               ? Result<Receipt>(locale.error())
        : m_document == Document::Sale ? builder.forSale(m_id, options)
                                       : builder.forReturn(m_id, options);
    if (!built) {
        m_receipt.reset();
        m_message->showError(built.error().message);
    } else {
        m_receipt = *built;
        m_preview->setReceipt(*m_receipt);
        setWindowTitle(ReceiptLayout::title(*m_receipt));
    }
    updateButtons();
}

void ReceiptDialog::updateButtons()
{
    const bool ready = m_receipt.has_value();
    const auto config = ReceiptPrinterSettings(m_store).load();
    const bool configured
        = config && config->destination != ReceiptPrinterConfig::Destination::None;
    m_receiptPrinter->setEnabled(ready && configured && !(m_job && m_job->isBusy()));
    m_receiptPrinter->setToolTip(config ? ReceiptPrintJob::describe(*config)
                                        : config.error().message);
    for (QPushButton *b : { m_print, m_pdf, m_email })
        b->setEnabled(ready);
    // Enter prints where this counter usually prints.
    QPushButton *usual = ready ? (configured ? m_receiptPrinter : m_print) : nullptr;
    for (QPushButton *b : { m_receiptPrinter, m_print })
        b->setDefault(b == usual);
    if (usual)
        usual->setFocus();
}

void ReceiptDialog::printed()
{
    // The next copy of the same receipt is a second copy, and says so.
    if (m_receipt && !m_receipt->reprint) {
        m_receipt->reprint = true;
        m_preview->setReceipt(*m_receipt);
    }
}

Result<void> ReceiptDialog::printTo(QPagedPaintDevice &printer)
{
    if (!m_receipt)
        return Error::notFound(QStringLiteral("receipt.missing"), tr("There is no receipt."));
    BusyCursor busy;
    auto done = ReceiptPdf::print(*m_receipt, printer);
    if (done)
        printed();
    return done;
}

Result<void> ReceiptDialog::savePdf(const QString &path)
{
    if (!m_receipt)
        return Error::notFound(QStringLiteral("receipt.missing"), tr("There is no receipt."));
    return ReceiptPdf::write(*m_receipt, path);
}

void ReceiptDialog::print()
{
    if (!m_receipt)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(ReceiptLayout::title(*m_receipt));
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("receiptPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto done = printTo(printer); !done)
        m_message->showError(done.error().message);
    else
        m_message->showSuccess(tr("Sent to %1.")
                                   .arg(printer.printerName().isEmpty() ? printer.outputFileName()
                                                                        : printer.printerName()));
}

void ReceiptDialog::printOnReceiptPrinter()
{
    if (!m_receipt || (m_job && m_job->isBusy()))
        return;
    // Read again: the settings may have just changed.
    const auto loaded = ReceiptPrinterSettings(m_store).load();
    if (!loaded) {
        m_message->showError(loaded.error().message);
        return;
    }
    const ReceiptPrinterConfig config = *loaded;
    delete m_job;
    m_job = new ReceiptPrintJob(config, this);
    connect(m_job, &ReceiptPrintJob::finished, this, [this, config](const Result<void> &result) {
        if (result) {
            printed();
            m_message->showSuccess(tr("Printed: %1.").arg(ReceiptPrintJob::describe(config)));
        } else {
            m_message->showError(result.error().message);
        }
        updateButtons();
        emit receiptPrinterFinished(result);
    });
    m_message->showSuccess(tr("Printing…"));
    m_job->print(*m_receipt);
    updateButtons();
}

void ReceiptDialog::saveAsPdf()
{
    if (!m_receipt)
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(m_receipt->number + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the receipt as PDF"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto done = savePdf(path); !done)
        m_message->showError(done.error().message);
    else
        m_message->showSuccess(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ReceiptDialog::email()
{
    if (!m_receipt)
        return;
    ReceiptEmailDialog dialog(m_store, *m_receipt, this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->showSuccess(
            tr("The receipt will be e-mailed to %1 with the server's next messages.")
                .arg(dialog.address().trimmed()));
}

void ReceiptDialog::editPrinter()
{
    ReceiptPrinterDialog dialog(m_store, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_message->showSuccess(
            tr("Receipt printer: %1.").arg(ReceiptPrintJob::describe(dialog.config())));
        updateButtons();
    }
}

} // namespace Balcao
