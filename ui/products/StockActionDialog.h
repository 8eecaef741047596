// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/Product.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Balcao {

class FormMessage;
class LocalStore;
class MoneyField;

// One stock movement of one product at one location, asked for and made
// through StockLedger: goods received (quantity, lot, expiry, unit cost,
// why), a count (the units on the shelf; the ledger writes the
// difference), or a write-off (quantity, why). A refusal is shown in the
// dialog, which stays open.
class StockActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { Receive, Count, WriteOff };

    // `onHand`: StockLedger's units at the location now, which the caller read.
    StockActionDialog(LocalStore &store, Action action, const Product &product,
                      const Id &locationId, qint64 onHand, const Id &userId,
                      QWidget *parent = nullptr);

    QSpinBox *quantityField() const { return m_quantity; }
    QLineEdit *lotField() const { return m_lot; }
    QCheckBox *expiresField() const { return m_expires; }
    QDateEdit *expiryField() const { return m_expiry; }
    MoneyField *unitCostField() const { return m_unitCost; }
    QLineEdit *reasonField() const { return m_reason; }
    FormMessage *message() const { return m_message; }
    // What was done, for the page's message ("Received 12 units.").
    QString outcome() const { return m_outcome; }

public slots:
    void apply();

private:
    LocalStore &m_store;
    Action m_action;
    Product m_product;
    Id m_locationId;
    Id m_userId;
    qint64 m_onHand = 0;
    QString m_outcome;
    QSpinBox *m_quantity = nullptr;
    QLineEdit *m_lot = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateEdit *m_expiry = nullptr;
    MoneyField *m_unitCost = nullptr;
    QLineEdit *m_reason = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
