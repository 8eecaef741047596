// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptPrinterDialog.h"

#include "shell/FormMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Balcao {

using Destination = ReceiptPrinterConfig::Destination;

namespace {

// The combo box's order.
constexpr Destination kDestinations[]
    = { Destination::None, Destination::System, Destination::Network, Destination::File };

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w, w == *widgets.begin() ? 1 : 0);
    return box;
}

} // namespace

ReceiptPrinterDialog::ReceiptPrinterDialog(LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("receiptPrinterDialog"));
    setWindowTitle(tr("Receipt printer"));
    auto *intro = new QLabel(
        tr("Where this terminal prints receipts. These settings stay on this computer."), this);
    intro->setWordWrap(true);

    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("receiptPrinterDestination"));
    m_destination->addItems({ tr("None: print from the receipt window only"),
                              tr("A printer of this computer"),
                              tr("Thermal printer on the network (ESC/POS)"),
                              tr("Thermal printer on a port or in a file (ESC/POS)") });

    m_systemPrinter = new QComboBox(this);
    m_systemPrinter->setObjectName(QStringLiteral("receiptSystemPrinter"));
    m_systemPrinter->addItem(tr("The default printer"), QString());
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        m_systemPrinter->addItem(name, name);
    m_systemRow = row(this, { m_systemPrinter });

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("receiptPrinterHost"));
    m_host->setPlaceholderText(tr("192.168.0.50"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("receiptPrinterPort"));
    m_port->setRange(0, 65535);
    m_port->setValue(ReceiptPrinterSettings::kDefaultPort);
    auto *portLabel = new QLabel(tr("P&ort"), this);
    portLabel->setBuddy(m_port);
    m_networkRow = row(this, { m_host, portLabel, m_port });

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("receiptPrinterPath"));
    m_path->setPlaceholderText(tr("/dev/usb/lp0"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ReceiptPrinterDialog::browse);
    m_fileRow = row(this, { m_path, browseButton });

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("receiptPaperWidth"));
    m_paper->addItem(tr("80 mm (48 characters a line)"), 80);
    m_paper->addItem(tr("58 mm (32 characters a line)"), 58);
    m_printAfterSale = new QCheckBox(tr("Print a receipt &after every sale"), this);
    m_printAfterSale->setObjectName(QStringLiteral("receiptPrintAfterSale"));
    m_openDrawer = new QCheckBox(tr("Open the cash &drawer when cash is taken"), this);
    m_openDrawer->setObjectName(QStringLiteral("receiptOpenDrawer"));
    m_openDrawer->setToolTip(
        tr("The drawer is plugged into the thermal printer, which opens it when it prints a "
           "receipt that took cash. Reprints never open it."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Print to"), m_destination);
    form->addRow(tr("Pri&nter"), m_systemRow);
    form->addRow(tr("&Address"), m_networkRow);
    form->addRow(tr("&File or port"), m_fileRow);
    form->addRow(tr("Pape&r"), m_paper);
    form->addRow(QString(), m_printAfterSale);
    form->addRow(QString(), m_openDrawer);
    // The labels' mnemonics go to the field inside each row.
    for (const auto &[field, rowWidget] :
         { std::pair<QWidget *, QWidget *> { m_systemPrinter, m_systemRow },
           { m_host, m_networkRow },
           { m_path, m_fileRow } }) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(rowWidget)))
            label->setBuddy(field);
    }

    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("receiptPrinterMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("receiptPrinterSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReceiptPrinterDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_destination, &QComboBox::currentIndexChanged, this,
            &ReceiptPrinterDialog::showFieldsFor);
    m_save = buttons->button(QDialogButtonBox::Save);
    if (const auto config = ReceiptPrinterSettings(m_store).load()) {
        setConfig(*config);
    } else {
        // Saving the defaults shown would overwrite settings that could not be read.
        setConfig(ReceiptPrinterConfig {});
        m_save->setEnabled(false);
        m_message->showError(config.error().message);
    }
    m_destination->setFocus();
}

void ReceiptPrinterDialog::setConfig(const ReceiptPrinterConfig &c)
{
    const int index
        = int(std::find(std::begin(kDestinations), std::end(kDestinations), c.destination)
              - std::begin(kDestinations));
    m_destination->setCurrentIndex(index);
    showFieldsFor(index);
    // A printer saved here but gone from this computer is still shown.
    if (m_systemPrinter->findData(c.systemPrinter) < 0)
        m_systemPrinter->addItem(c.systemPrinter, c.systemPrinter);
    m_systemPrinter->setCurrentIndex(m_systemPrinter->findData(c.systemPrinter));
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_path->setText(c.path);
    m_paper->setCurrentIndex(m_paper->findData(c.paperWidthMm));
    m_printAfterSale->setChecked(c.printAfterSale);
    m_openDrawer->setChecked(c.openDrawerOnCash);
}

ReceiptPrinterConfig ReceiptPrinterDialog::config() const
{
    ReceiptPrinterConfig c;
    c.destination = kDestinations[std::max(0, m_destination->currentIndex())];
    c.systemPrinter = m_systemPrinter->currentData().toString();
    c.host = m_host->text();
    c.port = m_port->value();
    c.path = m_path->text();
    c.paperWidthMm = m_paper->currentData().toInt();
    c.printAfterSale = m_printAfterSale->isChecked();
    c.openDrawerOnCash = m_openDrawer->isChecked();
    return c;
}

void ReceiptPrinterDialog::showFieldsFor(int index)
{
    const Destination d = kDestinations[std::max(0, index)];
    m_systemRow->setEnabled(d == Destination::System);
    m_networkRow->setEnabled(d == Destination::Network);
    m_fileRow->setEnabled(d == Destination::File);
    // Paper and drawer are the thermal printer's business.
    const bool thermal = d == Destination::Network || d == Destination::File;
    m_paper->setEnabled(thermal);
    m_openDrawer->setEnabled(thermal);
    m_printAfterSale->setEnabled(d != Destination::None);
    m_message->clear();
}

void ReceiptPrinterDialog::browse()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Receipt printer file"), m_path->text(), QString(),
                                       nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ReceiptPrinterDialog::save()
{
    if (auto saved = ReceiptPrinterSettings(m_store).save(config()); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    accept();
}

} // namespace Balcao
