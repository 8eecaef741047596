// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockActionDialog.h"

#include "inventory/StockLedger.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"
#include "storage/LocalStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Balcao {

StockActionDialog::StockActionDialog(LocalStore &store, Action action, const Product &product,
                                     const Id &locationId, qint64 onHand, const Id &userId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_action(action)
    , m_product(product)
    , m_locationId(locationId)
    , m_userId(userId)
    , m_onHand(onHand)
{
    setObjectName(QStringLiteral("stockActionDialog"));
    const QLocale locale;
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("stockQuantity"));
    m_quantity->setMaximum(static_cast<int>(StockLedger::kMaxQuantity));
    m_quantity->setAlignment(Qt::AlignRight);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("stockReason"));
    m_reason->setMaxLength(StockLedger::kMaxReasonLength);
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("stockMessage"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QString okText;
    switch (action) {
    case Action::Receive: {
        setWindowTitle(tr("Receive stock"));
        intro->setText(
            tr("Goods in for %1. On hand now: %2.").arg(product.name, locale.toString(m_onHand)));
        m_quantity->setMinimum(1);
        m_lot = new QLineEdit(this);
        m_lot->setObjectName(QStringLiteral("stockLot"));
        m_expires = new QCheckBox(tr("E&xpires on"), this);
        m_expires->setObjectName(QStringLiteral("stockExpires"));
        m_expiry = new QDateEdit(this);
        m_expiry->setObjectName(QStringLiteral("stockExpiry"));
        m_expiry->setCalendarPopup(true);
        m_expiry->setDate(
            QDateTime::fromMSecsSinceEpoch(store.clock().nowMsecsSinceEpoch()).date().addYears(1));
        m_expiry->setEnabled(false);
        connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
        m_unitCost = new MoneyField(this);
        m_unitCost->setObjectName(QStringLiteral("stockUnitCost"));
        m_unitCost->setCurrency(product.cost.currency());
        if (product.cost.isPositive())
            m_unitCost->setAmount(product.cost);
        m_reason->setPlaceholderText(tr("e.g. supplier invoice 4512 (optional)"));
        form->addRow(tr("&Quantity"), m_quantity);
        form->addRow(tr("&Lot"), m_lot);
        form->addRow(m_expires, m_expiry);
        form->addRow(tr("Unit &cost"), m_unitCost);
        form->addRow(tr("Rea&son"), m_reason);
        okText = tr("&Receive");
        break;
    }
    case Action::Count:
        setWindowTitle(tr("Count stock"));
        intro->setText(tr("How many units of %1 are on the shelf? The system says %2; the "
                          "difference is recorded as an adjustment.")
                           .arg(product.name, locale.toString(m_onHand)));
        m_quantity->setMinimum(0);
        m_quantity->setValue(static_cast<int>(std::max<qint64>(0, m_onHand)));
        m_reason->setPlaceholderText(tr("e.g. monthly count (optional)"));
        form->addRow(tr("&Counted"), m_quantity);
        form->addRow(tr("Rea&son"), m_reason);
        okText = tr("&Record count");
        break;
    case Action::WriteOff:
        setWindowTitle(tr("Write off stock"));
        intro->setText(tr("Units of %1 taken out of stock as damaged, expired or lost. On hand "
                          "now: %2.")
                           .arg(product.name, locale.toString(m_onHand)));
        m_quantity->setMinimum(1);
        m_reason->setPlaceholderText(tr("Why (required), e.g. broken in transport"));
        form->addRow(tr("&Quantity"), m_quantity);
        form->addRow(tr("Rea&son"), m_reason);
        okText = tr("&Write off");
        break;
    }
    m_quantity->selectAll();
    // Tab goes down the form as it reads (the reason was made first).
    QList<QWidget *> chain { m_quantity };
    if (action == Action::Receive)
        chain << m_lot << m_expires << m_expiry << m_unitCost;
    chain << m_reason;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("applyStock"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &StockActionDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_quantity->setFocus();
}

void StockActionDialog::apply()
{
    StockLedger stock(m_store);
    const qint64 quantity = m_quantity->value();
    const QString reason = m_reason->text();
    const QLocale locale;
    switch (m_action) {
    case Action::Receive: {
        // The stock ledger keeps costs as minor units of the product's
        // currency (its rows have no currency column).
        std::optional<qint64> unitCost;
        if (!m_unitCost->text().trimmed().isEmpty()) {
            auto cost = m_unitCost->amount();
            if (!cost) {
                m_message->showError(cost.error().message);
                m_unitCost->setFocus();
                return;
            }
            unitCost = cost->minorUnits();
        }
        auto done = stock.receive(m_product.id, m_locationId, quantity, reason, m_lot->text(),
                                  m_expires->isChecked() ? m_expiry->date() : QDate(), unitCost,
                                  m_userId);
        if (!done) {
            m_message->showError(done.error().message);
            return;
        }
        m_outcome = tr("Received %1 of %2.").arg(locale.toString(quantity), m_product.name);
        break;
    }
    case Action::Count: {
        auto done = stock.adjustTo(m_product.id, m_locationId, quantity, reason, m_userId);
        if (!done) {
            m_message->showError(done.error().message);
            return;
        }
        m_outcome = *done ? tr("Counted %1 of %2: adjusted by %3.")
                                .arg(locale.toString(quantity), m_product.name,
                                     locale.toString((*done)->quantity))
                          : tr("Counted %1 of %2: it matches the records.")
                                .arg(locale.toString(quantity), m_product.name);
        break;
    }
    case Action::WriteOff: {
        auto done = stock.writeOff(m_product.id, m_locationId, quantity, reason, m_userId);
        if (!done) {
            m_message->showError(done.error().message);
            return;
        }
        m_outcome = tr("Wrote off %1 of %2.").arg(locale.toString(quantity), m_product.name);
        break;
    }
    }
    accept();
}

} // namespace Balcao
