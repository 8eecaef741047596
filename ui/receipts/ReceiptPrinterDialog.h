// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/ReceiptPrinterSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace Balcao {

class FormMessage;
class LocalStore;

// This terminal's receipt printer: a system printer, a thermal printer on
// the network (address and port) or a file or device, the paper's width,
// and whether to print after every sale and open the drawer on cash.
// Saved locally (ReceiptPrinterSettings); what core refuses is shown under
// the form and nothing is saved.
class ReceiptPrinterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReceiptPrinterDialog(LocalStore &store, QWidget *parent = nullptr);

    // What the form says now (before saving).
    ReceiptPrinterConfig config() const;

public slots:
    void save();

private:
    void showFieldsFor(int destinationIndex);
    void browse();
    void setConfig(const ReceiptPrinterConfig &config);

    LocalStore &m_store;
    QComboBox *m_destination = nullptr;
    QWidget *m_systemRow = nullptr;
    QComboBox *m_systemPrinter = nullptr;
    QWidget *m_networkRow = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QWidget *m_fileRow = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_printAfterSale = nullptr;
    QCheckBox *m_openDrawer = nullptr;
    FormMessage *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Balcao
