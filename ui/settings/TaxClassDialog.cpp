// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaxClassDialog.h"

#include "PercentSpinBox.h"
#include "shell/FormMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Balcao {

TaxClassDialog::TaxClassDialog(LocalStore &store, const std::optional<TaxClass> &existing,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("taxClassDialog"));
    setWindowTitle(existing ? tr("Edit tax class") : tr("New tax class"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("taxName"));
    m_name->setMaxLength(TaxClasses::kMaxNameLength);
    m_name->setPlaceholderText(tr("e.g. ICMS 18%"));
    m_rate = new PercentSpinBox(this);
    m_rate->setObjectName(QStringLiteral("taxRate"));
    m_included = new QRadioButton(tr("&Included in the price (as in Brazil)"), this);
    m_included->setObjectName(QStringLiteral("taxIncluded"));
    m_added = new QRadioButton(tr("A&dded on top of the price (as in the US)"), this);
    m_added->setObjectName(QStringLiteral("taxAdded"));
    m_included->setChecked(true);
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("taxMessage"));
    if (existing) {
        m_editing = existing->id;
        m_name->setText(existing->name);
        m_rate->setBasisPoints(existing->rateBp);
        (existing->included ? m_included : m_added)->setChecked(true);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Rate"), m_rate);
    form->addRow(QString(), m_included);
    form->addRow(QString(), m_added);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("saveTaxClass"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaxClassDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_name->setFocus();
}

void TaxClassDialog::save()
{
    TaxClasses taxes(m_store);
    const QString name = m_name->text().simplified();
    const int rate = static_cast<int>(m_rate->basisPoints());
    const bool included = m_included->isChecked();
    auto saved = m_editing.isNull() ? taxes.create(name, rate, included)
                                    : taxes.update(m_editing, name, rate, included);
    if (!saved) {
        m_message->showError(saved.error().message);
        m_name->setFocus();
        return;
    }
    accept();
}

} // namespace Balcao
