// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cash/CashShift.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Balcao {

class FormMessage;
class LocalStore;
class MoneyField;

// Closes a shift with a blind count: how many of each note and coin are in
// the drawer (Denominations::of the shift's currency), with the total kept up
// to date as they are typed. What the drawer should hold is not shown until
// the count is in — the Z report that follows gives expected and over/short —
// so the count cannot be nudged towards it. Enter goes to the next field;
// Ctrl+Enter closes.
class CloseShiftDialog : public QDialog
{
    Q_OBJECT
public:
    CloseShiftDialog(LocalStore &store, const CashShift &shift, const CashDrawer &drawer,
                     const Id &userId, QWidget *parent = nullptr);

    // The count of a denomination (minor units); null for one not listed.
    QSpinBox *countField(qint64 denomination) const { return m_counts.value(denomination); }
    // Currencies without a list of notes and coins are counted as one total.
    MoneyField *totalField() const { return m_total; }
    QString countedText() const;
    const ShiftReport &report() const { return m_report; }

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMap<qint64, int> counted() const;
    void updateTotal();

    LocalStore &m_store;
    CashShift m_shift;
    Id m_user;
    QMap<qint64, QSpinBox *> m_counts;
    QMap<qint64, QLabel *> m_subtotals;
    MoneyField *m_total = nullptr;
    QLabel *m_counted = nullptr;
    QLineEdit *m_note = nullptr;
    FormMessage *m_message = nullptr;
    ShiftReport m_report;
};

} // namespace Balcao
