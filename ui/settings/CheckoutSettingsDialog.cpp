// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckoutSettingsDialog.h"

#include "PercentSpinBox.h"
#include "TaxClassDialog.h"
#include "catalog/TaxClass.h"
#include "sales/SalesSettings.h"
#include "shell/DestructiveConfirmation.h"
#include "shell/FormMessage.h"
#include "shell/ListTable.h"
#include "shell/MoneyText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Balcao {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldHint"));
    label->setWordWrap(true);
    return label;
}

enum TaxTab { TaxesTab, CounterTab, ReceiptTab };

} // namespace

CheckoutSettingsDialog::CheckoutSettingsDialog(LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("checkoutSettingsDialog"));
    setWindowTitle(tr("Checkout settings"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildTaxesTab(), tr("&Taxes"));
    m_tabs->addTab(buildCounterTab(), tr("&Counter"));
    m_tabs->addTab(buildReceiptTab(), tr("&Receipt and PIX"));
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save = ok;
    ok->setObjectName(QStringLiteral("saveSettings"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckoutSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    loadTaxClasses();
    loadSettings();
    resize(640, 560);
}

QWidget *CheckoutSettingsDialog::buildTaxesTab()
{
    auto *tab = new QWidget(this);
    m_taxTable = new QTableWidget(0, 3, tab);
    m_taxTable->setObjectName(QStringLiteral("taxClassTable"));
    m_taxTable->setHorizontalHeaderLabels({ tr("Tax class"), tr("Rate"), tr("Price") });
    setUpListTable(m_taxTable);
    stretchColumn(m_taxTable, 0);
    m_taxTable->setAccessibleName(tr("Tax classes"));
    connect(m_taxTable, &QTableWidget::itemActivated, this, &CheckoutSettingsDialog::editTaxClass);
    auto *add = new QPushButton(tr("&Add…"), tab);
    add->setObjectName(QStringLiteral("addTaxClass"));
    m_editTax = new QPushButton(tr("&Edit…"), tab);
    m_editTax->setObjectName(QStringLiteral("editTaxClass"));
    m_removeTax = new QPushButton(tr("Re&move…"), tab);
    m_removeTax->setObjectName(QStringLiteral("removeTaxClass"));
    for (QPushButton *button : { add, m_editTax, m_removeTax })
        button->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &CheckoutSettingsDialog::addTaxClass);
    connect(m_editTax, &QPushButton::clicked, this, &CheckoutSettingsDialog::editTaxClass);
    connect(m_removeTax, &QPushButton::clicked, this, &CheckoutSettingsDialog::removeTaxClass);
    connect(m_taxTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_editTax->setEnabled(row >= 0);
        m_removeTax->setEnabled(row >= 0);
    });
    m_taxMessage = new FormMessage(tab);
    m_taxMessage->setObjectName(QStringLiteral("taxClassesMessage"));

    m_perLine = new QRadioButton(tr("Round each &line's tax"), tab);
    m_perLine->setObjectName(QStringLiteral("roundPerLine"));
    m_perTotal = new QRadioButton(tr("Round each rate's tax once, on the t&otal"), tab);
    m_perTotal->setObjectName(QStringLiteral("roundPerTotal"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_editTax);
    buttons->addWidget(m_removeTax);
    buttons->addStretch(1);
    auto *classes = new QHBoxLayout;
    classes->addWidget(m_taxTable, 1);
    classes->addLayout(buttons);
    auto *title = new QLabel(tr("Tax classes"), tab);
    title->setObjectName(QStringLiteral("sectionTitle"));
    auto *rounding = new QLabel(tr("Tax rounding"), tab);
    rounding->setObjectName(QStringLiteral("sectionTitle"));

    auto *layout = new QVBoxLayout(tab);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(explanation(tr("Changes to tax classes are saved at once. A sale keeps "
                                     "the rate it was sold at."),
                                  tab));
    layout->addLayout(classes, 1);
    layout->addWidget(m_taxMessage);
    layout->addSpacing(10);
    layout->addWidget(rounding);
    layout->addWidget(m_perLine);
    layout->addWidget(explanation(tr("Each line's tax is rounded to the cent on its own; the "
                                     "sale's tax is their sum."),
                                  tab));
    layout->addWidget(m_perTotal);
    layout->addWidget(explanation(tr("The tax of each rate is computed once on the sum of its "
                                     "lines and rounded once, then shared back to the lines."),
                                  tab));
    return tab;
}

QWidget *CheckoutSettingsDialog::buildCounterTab()
{
    auto *tab = new QWidget(this);
    m_discountLimit = new PercentSpinBox(tab);
    m_discountLimit->setObjectName(QStringLiteral("discountLimit"));
    m_lookback = new QSpinBox(tab);
    m_lookback->setObjectName(QStringLiteral("noReceiptLookback"));
    m_lookback->setRange(1, SalesSettings::kMaxNoReceiptLookbackDays);
    m_lookback->setAlignment(Qt::AlignRight);
    auto *form = new QFormLayout(tab);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Largest &discount without a manager"), m_discountLimit);
    form->addRow(QString(),
                 explanation(tr("A discount that takes more than this share off a line (its "
                                "own and its part of the order's) needs a manager or an admin "
                                "to approve it."),
                             tab));
    form->addRow(tr("Returns without receipt look back (da&ys)"), m_lookback);
    form->addRow(QString(),
                 explanation(tr("A return without receipt refunds the lowest price the product "
                                "sold for here in this many days."),
                             tab));
    return tab;
}

QWidget *CheckoutSettingsDialog::buildReceiptTab()
{
    auto *tab = new QWidget(this);
    m_taxId = new QLineEdit(tab);
    m_taxId->setObjectName(QStringLiteral("businessTaxId"));
    m_taxId->setPlaceholderText(tr("e.g. 12.345.678/0001-95"));
    m_footer = new QPlainTextEdit(tab);
    m_footer->setObjectName(QStringLiteral("receiptFooter"));
    m_footer->setTabChangesFocus(true);
    m_footer->setPlaceholderText(tr("e.g. Thank you! Exchanges within 30 days with this receipt."));
    m_footer->setMaximumHeight(80);
    m_pixType = new QComboBox(tab);
    m_pixType->setObjectName(QStringLiteral("pixKeyType"));
    m_pixType->addItem(tr("CPF"), static_cast<int>(PixKey::Type::Cpf));
    m_pixType->addItem(tr("CNPJ"), static_cast<int>(PixKey::Type::Cnpj));
    m_pixType->addItem(tr("Phone"), static_cast<int>(PixKey::Type::Phone));
    m_pixType->addItem(tr("E-mail"), static_cast<int>(PixKey::Type::Email));
    m_pixType->addItem(tr("Random key"), static_cast<int>(PixKey::Type::Random));
    m_pixKey = new QLineEdit(tab);
    m_pixKey->setObjectName(QStringLiteral("pixKey"));
    m_pixKey->setPlaceholderText(tr("Empty: no PIX at the counter"));
    m_pixName = new QLineEdit(tab);
    m_pixName->setObjectName(QStringLiteral("pixName"));
    m_pixCity = new QLineEdit(tab);
    m_pixCity->setObjectName(QStringLiteral("pixCity"));

    auto *form = new QFormLayout(tab);
    form->addRow(tr("Business ta&x id (CNPJ)"), m_taxId);
    form->addRow(tr("Receipt &footer"), m_footer);
    auto *pixTitle = new QLabel(tr("PIX"), tab);
    pixTitle->setObjectName(QStringLiteral("sectionTitle"));
    form->addRow(pixTitle);
    form->addRow(QString(),
                 explanation(tr("Where PIX payments go: the key as registered at "
                                "the bank, and the receiver's name and city as the "
                                "payer's app shows them."),
                             tab));
    form->addRow(tr("Key t&ype"), m_pixType);
    form->addRow(tr("&Key"), m_pixKey);
    form->addRow(tr("Receiver's &name"), m_pixName);
    form->addRow(tr("C&ity"), m_pixCity);
    return tab;
}

void CheckoutSettingsDialog::loadTaxClasses()
{
    const QString selected = m_taxTable->currentRow() >= 0
        ? m_taxTable->item(m_taxTable->currentRow(), 0)->data(kIdRole).toString()
        : QString();
    const auto listed = TaxClasses(m_store).list();
    if (!listed)
        m_message->showError(listed.error().message);
    const QList<TaxClass> classes = listed ? *listed : QList<TaxClass> {};
    m_taxTable->setRowCount(static_cast<int>(classes.size()));
    for (int row = 0; row < classes.size(); ++row) {
        const TaxClass &c = classes.at(row);
        auto *name = new QTableWidgetItem(c.name);
        name->setData(kIdRole, c.id.toString());
        auto *rate = new QTableWidgetItem(percentText(c.rateBp));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_taxTable->setItem(row, 0, name);
        m_taxTable->setItem(row, 1, rate);
        m_taxTable->setItem(row, 2,
                            new QTableWidgetItem(c.included ? tr("includes it") : tr("plus tax")));
        if (c.id.toString() == selected)
            m_taxTable->setCurrentCell(row, 0);
    }
    const bool any = m_taxTable->currentRow() >= 0;
    m_editTax->setEnabled(any);
    m_removeTax->setEnabled(any);
}

void CheckoutSettingsDialog::loadSettings()
{
    const SalesSettings settings(m_store);
    const auto rounding = settings.taxRounding();
    const auto limit = settings.discountLimitBp();
    const auto lookback = settings.noReceiptLookbackDays();
    const auto footer = settings.receiptFooter();
    const auto taxId = settings.taxId();
    const auto stored = settings.pix();
    // A setting that cannot be read is not shown as its default: saving that
    // would overwrite the real one.
    for (const Error *failed :
         { rounding ? nullptr : &rounding.error(), limit ? nullptr : &limit.error(),
           lookback ? nullptr : &lookback.error(), footer ? nullptr : &footer.error(),
           taxId ? nullptr : &taxId.error(), stored ? nullptr : &stored.error() }) {
        if (failed) {
            m_message->showError(failed->message);
            m_save->setEnabled(false);
            return;
        }
    }
    (*rounding == TaxRounding::PerTotal ? m_perTotal : m_perLine)->setChecked(true);
    m_discountLimit->setBasisPoints(*limit);
    m_lookback->setValue(*lookback);
    m_footer->setPlainText(*footer);
    m_taxId->setText(*taxId);
    const SalesSettings::Pix &pix = *stored;
    if (auto key = PixKey::fromCanonical(pix.key)) {
        m_pixType->setCurrentIndex(m_pixType->findData(static_cast<int>(key->type())));
        m_pixKey->setText(key->value());
    }
    m_pixName->setText(pix.merchantName);
    m_pixCity->setText(pix.city);
}

void CheckoutSettingsDialog::addTaxClass()
{
    TaxClassDialog dialog(m_store, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadTaxClasses();
    m_taxMessage->clear();
    emit taxClassesChanged();
}

void CheckoutSettingsDialog::editTaxClass()
{
    const int row = m_taxTable->currentRow();
    if (row < 0)
        return;
    auto existing = TaxClasses(m_store).find(
        Id::fromString(m_taxTable->item(row, 0)->data(kIdRole).toString()));
    if (!existing) {
        m_taxMessage->showError(existing.error().message);
        return;
    }
    TaxClassDialog dialog(m_store, *existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadTaxClasses();
    m_taxMessage->clear();
    emit taxClassesChanged();
}

void CheckoutSettingsDialog::removeTaxClass()
{
    const int row = m_taxTable->currentRow();
    if (row < 0)
        return;
    const QString name = m_taxTable->item(row, 0)->text();
    const DestructiveConfirmation confirm {
        tr("Remove tax class"),
        tr("Remove the tax class %1? Sales made with it keep their tax.").arg(name),
        tr("Remove"),
        {}
    };
    if (!confirm.ask(this, QStringLiteral("confirmRemoveTaxClass")))
        return;
    // Refused while products use it: their prices would change meaning.
    if (auto removed = TaxClasses(m_store).remove(
            Id::fromString(m_taxTable->item(row, 0)->data(kIdRole).toString()));
        !removed) {
        m_taxMessage->showError(removed.error().message);
        return;
    }
    loadTaxClasses();
    m_taxMessage->showSuccess(tr("Removed %1.").arg(name));
    emit taxClassesChanged();
}

void CheckoutSettingsDialog::save()
{
    SalesSettings::Changes changes;
    changes.taxRounding = m_perTotal->isChecked() ? TaxRounding::PerTotal : TaxRounding::PerLine;
    changes.discountLimitBp = m_discountLimit->basisPoints();
    changes.noReceiptLookbackDays = m_lookback->value();
    changes.receiptFooter = m_footer->toPlainText();
    changes.taxId = m_taxId->text();
    changes.pix = SalesSettings::Changes::PixChange {
        static_cast<PixKey::Type>(m_pixType->currentData().toInt()), m_pixKey->text(),
        m_pixName->text(), m_pixCity->text()
    };
    auto saved = SalesSettings(m_store).apply(changes);
    if (!saved) {
        m_message->showError(saved.error().message);
        // To the field it is about.
        const QString &code = saved.error().code;
        if (code.startsWith(QLatin1String("pix"))
            || code.startsWith(QLatin1String("settings.pix"))) {
            m_tabs->setCurrentIndex(ReceiptTab);
            m_pixKey->setFocus();
        } else if (code == QLatin1String("settings.footerTooLong")
                   || code == QLatin1String("settings.taxIdTooLong")) {
            m_tabs->setCurrentIndex(ReceiptTab);
        } else if (code == QLatin1String("settings.discountLimitInvalid")
                   || code == QLatin1String("settings.lookbackInvalid")) {
            m_tabs->setCurrentIndex(CounterTab);
        }
        return;
    }
    accept();
}

} // namespace Balcao
