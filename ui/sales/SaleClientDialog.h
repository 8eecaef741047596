// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDialog>

namespace Balcao {

class ClientPicker;
class FormMessage;
class LocalStore;

// Who the sale is for (F4 at the checkout): a client found by a few letters
// of name or phone, a new one from a name and a phone (saved at once, like
// any new client), or nobody. The agenda's ClientPicker does the finding.
class SaleClientDialog : public QDialog
{
    Q_OBJECT
public:
    SaleClientDialog(LocalStore &store, const Id &current, QWidget *parent = nullptr);

    // The chosen client; null for a sale without one.
    Id clientId() const { return m_clientId; }
    ClientPicker *picker() const { return m_picker; }

public slots:
    void accept() override;

private:
    LocalStore &m_store;
    ClientPicker *m_picker = nullptr;
    FormMessage *m_message = nullptr;
    Id m_clientId;
};

} // namespace Balcao
