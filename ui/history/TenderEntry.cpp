// SPDX-License-Identifier: GPL-3.0-or-later
#include "TenderEntry.h"

#include "shell/MoneyField.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Balcao {

namespace {

constexpr PaymentMethod kMethods[]
    = { PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Pix };

} // namespace

TenderEntry::TenderEntry(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tenderEntry"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("tenderMethod"));
    for (const PaymentMethod method : kMethods)
        m_method->addItem(paymentMethodDisplayName(method), paymentMethodName(method));
    m_amount = new MoneyField(this);
    m_amount->setObjectName(QStringLiteral("tenderAmount"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("tenderReference"));
    m_reference->setMaxLength(PaymentAllocator::kMaxReferenceLength);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addTender"));
    m_add->setAutoDefault(false);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tenderList"));
    m_list->setMaximumHeight(72);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tenderStatus"));
    m_status->setWordWrap(true);

    connect(m_method, &QComboBox::currentIndexChanged, this, &TenderEntry::methodChosen);
    connect(m_amount, &QLineEdit::textEdited, this, &TenderEntry::edited);
    connect(m_reference, &QLineEdit::textEdited, this, &TenderEntry::edited);
    connect(m_add, &QPushButton::clicked, this, &TenderEntry::addTyped);
    // Enter in the amount or the code adds the tender, as at a till.
    connect(m_amount, &QLineEdit::returnPressed, this, &TenderEntry::addTyped);
    connect(m_reference, &QLineEdit::returnPressed, this, &TenderEntry::addTyped);
    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_tenders.size())
            return;
        m_tenders.removeAt(row);
        delete m_list->takeItem(row);
        edited();
    });

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_method);
    row->addWidget(m_amount, 1);
    row->addWidget(m_reference, 2);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(row);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    retranslate();
    methodChosen();
}

void TenderEntry::retranslate()
{
    m_title->setText(tr("The client pays"));
    for (int i = 0; i < m_method->count(); ++i) {
        if (auto method = paymentMethodFrom(m_method->itemData(i).toString()))
            m_method->setItemText(i, paymentMethodDisplayName(*method));
    }
    m_method->setAccessibleName(tr("Payment method"));
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setPlaceholderText(tr("Amount"));
    m_add->setText(tr("A&dd payment"));
    m_list->setAccessibleName(tr("Payments (Delete removes one)"));
    methodChosen();
}

void TenderEntry::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TenderEntry::methodChosen()
{
    const auto method = paymentMethodFrom(m_method->currentData().toString());
    // Cash has nothing to refer to; a card's authorisation is required by
    // checkout; a PIX transfer's id helps finding it later.
    m_reference->setVisible(method != PaymentMethod::Cash);
    m_reference->setPlaceholderText(method == PaymentMethod::Card
                                        ? tr("Authorisation code")
                                        : tr("PIX transaction id (optional)"));
    m_reference->setAccessibleName(m_reference->placeholderText());
    edited();
}

void TenderEntry::setOwed(const Money &owed)
{
    // Not a change of the tenders: the dialog that sets it listens to them.
    m_owed = owed;
    m_amount->setCurrency(owed.currency());
    showStatus();
}

void TenderEntry::clear()
{
    m_tenders.clear();
    m_list->clear();
    m_amount->clear();
    m_reference->clear();
    edited();
}

std::optional<Tender> TenderEntry::typed(QString *why) const
{
    if (m_amount->text().trimmed().isEmpty())
        return std::nullopt;
    auto amount = m_amount->amount();
    if (!amount) {
        if (why)
            *why = amount.error().message;
        return std::nullopt;
    }
    Tender t;
    t.method = paymentMethodFrom(m_method->currentData().toString()).value_or(PaymentMethod::Cash);
    t.amount = *amount;
    if (t.method != PaymentMethod::Cash)
        t.reference = m_reference->text().trimmed();
    return t;
}

QList<Tender> TenderEntry::tenders() const
{
    QList<Tender> out = m_tenders;
    if (auto pending = typed())
        out << *pending;
    return out;
}

bool TenderEntry::addTyped()
{
    QString why;
    const auto tender = typed(&why);
    if (!tender) {
        if (!why.isEmpty())
            m_status->setText(why);
        m_amount->setFocus();
        return false;
    }
    m_tenders << *tender;
    QString text = tr("%1 %2").arg(paymentMethodDisplayName(tender->method),
                                   tender->amount.toDisplayString());
    if (!tender->reference.isEmpty())
        text += QStringLiteral(" · ") + tender->reference;
    m_list->addItem(text);
    m_amount->clear();
    m_reference->clear();
    edited();
    m_amount->setFocus();
    return true;
}

void TenderEntry::edited()
{
    showStatus();
    emit changed();
}

void TenderEntry::showStatus()
{
    QString why;
    QList<Tender> all = m_tenders;
    if (auto pending = typed(&why))
        all << *pending;
    if (!why.isEmpty()) {
        m_status->setText(why);
        return;
    }
    // What is left to hand over, or the change, as the settlement will make
    // it: only cash gives change, and a card never pays more than is owed.
    // (Leaving the rest due is asked here only to learn what is left.)
    auto settled = PaymentAllocator::settle(m_owed, all, true);
    if (!settled)
        m_status->setText(settled.error().message);
    else if (settled->due.isPositive())
        m_status->setText(tr("Still to pay: %1").arg(settled->due.toDisplayString()));
    else
        m_status->setText(
            settled->change.isPositive()
                ? tr("Paid. Change to give: %1").arg(settled->change.toDisplayString())
                : tr("Paid."));
    // The amount still owed is what to type next.
    m_amount->setPlaceholderText(settled && settled->due.isPositive()
                                     ? settled->due.toDisplayNumber(QLocale())
                                     : tr("Amount"));
}

} // namespace Balcao
