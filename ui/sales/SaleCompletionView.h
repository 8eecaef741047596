// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/Sale.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Balcao {

// What the counter sees right after a sale: the change to hand over in big
// type, the sale's number and how it was paid, and "New sale" (Enter). Other
// parts of the app add their own buttons here (print or e-mail the receipt)
// with addAction().
class SaleCompletionView : public QWidget
{
    Q_OBJECT
public:
    explicit SaleCompletionView(QWidget *parent = nullptr);

    void showSale(const Sale &sale, const QString &clientName);
    const Id &saleId() const { return m_saleId; }
    // A button for `action`, after New sale, shown for every sale.
    QPushButton *addAction(QAction *action);
    QPushButton *newSaleButton() const { return m_newSale; }
    QString changeText() const;
    QString numberText() const;

signals:
    void newSaleRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Id m_saleId;
    Sale m_sale;
    QString m_clientName;
    QLabel *m_title = nullptr;
    QLabel *m_changeCaption = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_newSale = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace Balcao
