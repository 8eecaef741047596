// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleCompletionView.h"

#include "shell/MoneyText.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

SaleCompletionView::SaleCompletionView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_changeCaption(new QLabel(this))
    , m_change(new QLabel(this))
    , m_details(new QLabel(this))
    , m_newSale(new QPushButton(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("saleCompletion"));
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(QStringLiteral("completionTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_changeCaption->setObjectName(QStringLiteral("changeCaption"));
    m_changeCaption->setAlignment(Qt::AlignCenter);
    m_change->setObjectName(QStringLiteral("changeDue"));
    m_change->setAlignment(Qt::AlignCenter);
    m_details->setObjectName(QStringLiteral("completionDetails"));
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newSale->setObjectName(QStringLiteral("newSaleButton"));
    m_newSale->setDefault(true);
    connect(m_newSale, &QPushButton::clicked, this, &SaleCompletionView::newSaleRequested);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_newSale);
    m_buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    layout->addWidget(m_changeCaption);
    layout->addWidget(m_change);
    layout->addSpacing(12);
    layout->addWidget(m_details);
    layout->addSpacing(20);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
    setFocusProxy(m_newSale);
    retranslate();
}

void SaleCompletionView::showSale(const Sale &sale, const QString &clientName)
{
    m_sale = sale;
    m_saleId = sale.id;
    m_clientName = clientName;
    retranslate();
}

QPushButton *SaleCompletionView::addAction(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, button, [button, action] {
        button->setText(action->text());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    });
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

QString SaleCompletionView::changeText() const
{
    return m_change->text();
}

QString SaleCompletionView::numberText() const
{
    return m_title->text();
}

void SaleCompletionView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SaleCompletionView::retranslate()
{
    m_newSale->setText(tr("New sale (Enter)"));
    if (m_saleId.isNull())
        return;
    m_title->setText(tr("Sale %1 completed").arg(m_sale.number));
    // The change is core's sum of the payments' change; shown whatever it is
    // when it cannot be added up, so the cashier sees why.
    const auto change = m_sale.change();
    const bool giveChange = !change || change->isPositive();
    m_changeCaption->setText(giveChange ? tr("Change to give") : QString());
    m_changeCaption->setVisible(giveChange);
    m_change->setText(giveChange ? moneyText(change) : tr("No change"));
    QStringList paid;
    for (const Payment &p : m_sale.payments) {
        QString line
            = tr("%1 %2").arg(paymentMethodDisplayName(p.method), p.amount.toDisplayString());
        if (p.tendered && *p.tendered != p.amount)
            line = tr("%1 (received %2)").arg(line, p.tendered->toDisplayString());
        paid << line;
    }
    QStringList details;
    details << tr("Total %1").arg(m_sale.total.toDisplayString());
    if (!paid.isEmpty())
        details << paid.join(QStringLiteral(" · "));
    if (m_sale.due.isPositive())
        details << tr("%1 left on %2's account").arg(m_sale.due.toDisplayString(), m_clientName);
    m_details->setText(details.join(QLatin1Char('\n')));
}

} // namespace Balcao
