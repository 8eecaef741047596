// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Tender.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Balcao {

class MoneyField;

// How the client pays what an exchange costs beyond the refund: cash (with
// change), card (with the terminal's authorisation code) or PIX, one or
// several. What is still owed or given as change is PaymentAllocator's
// settlement of the tenders, shown as they are added.
class TenderEntry : public QWidget
{
    Q_OBJECT
public:
    explicit TenderEntry(QWidget *parent = nullptr);

    // What the client has to pay; the amount field offers what is left, in
    // its currency.
    void setOwed(const Money &owed);
    // The tenders added, plus the one typed but not added yet.
    QList<Tender> tenders() const;
    void clear();

    QComboBox *methodField() const { return m_method; }
    MoneyField *amountField() const { return m_amount; }
    QLineEdit *referenceField() const { return m_reference; }

public slots:
    // Adds the typed tender; false (and the reason shown) when it cannot be.
    bool addTyped();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void methodChosen();
    void edited();
    void showStatus();
    std::optional<Tender> typed(QString *why = nullptr) const;

    Money m_owed;
    QList<Tender> m_tenders;
    QLabel *m_title = nullptr;
    QComboBox *m_method = nullptr;
    MoneyField *m_amount = nullptr;
    QLineEdit *m_reference = nullptr;
    QPushButton *m_add = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Balcao
