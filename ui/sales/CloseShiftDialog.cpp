// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloseShiftDialog.h"

#include "SalesStyle.h"
#include "cash/Denominations.h"
#include "cash/ShiftService.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Balcao {

namespace {

constexpr int kMaxCount = 99999;

} // namespace

CloseShiftDialog::CloseShiftDialog(LocalStore &store, const CashShift &shift,
                                   const CashDrawer &drawer, const Id &userId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_shift(shift)
    , m_user(userId)
    , m_counted(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("closeShiftDialog"));
    setWindowTitle(tr("Close the shift of %1").arg(drawer.name));
    auto *intro = new QLabel(tr("Count the cash in the drawer: how many of each note and coin. "
                                "The report after closing shows what the drawer should hold "
                                "and the difference."),
                             this);
    intro->setWordWrap(true);

    const Currency &currency = shift.currency();
    const QList<qint64> denominations = Denominations::of(currency.code());
    const qint64 largestCoin = Denominations::largestCoin(currency.code());
    // Notes on the left, coins on the right: the order people count in.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->setColumnMinimumWidth(3, 28);
    auto *notesTitle = new QLabel(tr("Notes"), this);
    auto *coinsTitle = new QLabel(tr("Coins"), this);
    for (QLabel *title : { notesTitle, coinsTitle })
        title->setObjectName(QStringLiteral("sectionTitle"));
    if (!denominations.isEmpty()) {
        grid->addWidget(notesTitle, 0, 0, 1, 3);
        grid->addWidget(coinsTitle, 0, 4, 1, 3);
    }
    coinsTitle->setVisible(largestCoin > 0);
    int notes = 0;
    int coins = 0;
    for (const qint64 value : denominations) {
        const bool coin = largestCoin > 0 && value <= largestCoin;
        const int row = 1 + (coin ? coins++ : notes++);
        const int column = coin ? 4 : 0;
        auto *label = new QLabel(Money(value, currency).toDisplayString(), this);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *count = new QSpinBox(this);
        count->setObjectName(QStringLiteral("count_%1").arg(value));
        count->setRange(0, kMaxCount);
        count->setAlignment(Qt::AlignRight);
        count->setButtonSymbols(QAbstractSpinBox::NoButtons);
        count->setAccessibleName(tr("Number of %1").arg(label->text()));
        count->installEventFilter(this);
        auto *subtotal = new QLabel(this);
        subtotal->setObjectName(QStringLiteral("fieldHint"));
        subtotal->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        subtotal->setMinimumWidth(90);
        connect(count, &QSpinBox::valueChanged, this, &CloseShiftDialog::updateTotal);
        grid->addWidget(label, row, column);
        grid->addWidget(count, row, column + 1);
        grid->addWidget(subtotal, row, column + 2);
        m_counts.insert(value, count);
        m_subtotals.insert(value, subtotal);
    }
    if (denominations.isEmpty()) {
        m_total = new MoneyField(currency, this);
        m_total->setObjectName(QStringLiteral("countedTotal"));
        m_total->installEventFilter(this);
        connect(m_total, &QLineEdit::textChanged, this, &CloseShiftDialog::updateTotal);
        auto *label = new QLabel(tr("Cash &counted"), this);
        label->setBuddy(m_total);
        grid->addWidget(label, 0, 0);
        grid->addWidget(m_total, 0, 1);
    }

    m_counted->setObjectName(QStringLiteral("countedSum"));
    m_note->setObjectName(QStringLiteral("closeNote"));
    m_note->setPlaceholderText(tr("Optional: anything the manager should know"));
    auto *form = new QFormLayout;
    form->addRow(tr("Counted"), m_counted);
    form->addRow(tr("&Note"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Ok);
    close->setText(tr("&Close shift"));
    close->setObjectName(QStringLiteral("closeShiftButton"));
    // Enter moves through the counts; closing is a deliberate click or
    // Ctrl+Enter.
    close->setAutoDefault(false);
    close->setDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseShiftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &CloseShiftDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    applySalesStyle(this);
    updateTotal();
    if (!m_counts.isEmpty())
        m_counts.last()->setFocus(); // QMap is ascending: last is the largest note
    else if (m_total)
        m_total->setFocus();
}

QMap<qint64, int> CloseShiftDialog::counted() const
{
    QMap<qint64, int> counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value()->value() > 0)
            counts.insert(it.key(), it.value()->value());
    }
    if (m_total) {
        if (auto amount = m_total->amountOrZero(); amount && amount->isPositive())
            counts.insert(amount->minorUnits(),
                          1); // one "note" of the whole amount, as core expects
    }
    return counts;
}

QString CloseShiftDialog::countedText() const
{
    return m_counted->text();
}

void CloseShiftDialog::updateTotal()
{
    const Currency &currency = m_shift.currency();
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const int count = it.value()->value();
        m_subtotals.value(it.key())->setText(
            count > 0 ? tr("= %1").arg(
                Denominations::total({ { it.key(), count } }, currency).toDisplayString())
                      : QString());
    }
    m_counted->setText(Denominations::total(counted(), currency).toDisplayString());
}

bool CloseShiftDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ControlModifier)) {
            focusNextChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CloseShiftDialog::accept()
{
    if (m_total) {
        if (auto amount = m_total->amountOrZero(); !amount) {
            m_message->showError(amount.error().message);
            return;
        }
    }
    auto closed = ShiftService(m_store).close(m_shift.id, counted(), m_note->text(), m_user);
    if (!closed) {
        m_message->showError(closed.error().message);
        return;
    }
    m_report = *closed;
    QDialog::accept();
}

} // namespace Balcao
