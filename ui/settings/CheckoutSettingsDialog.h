// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace Balcao {

class FormMessage;
class LocalStore;
class PercentSpinBox;

// The business's checkout rules, for a manager or an admin: tax classes
// (added, edited and removed at once, each its own change), how taxes
// round, the discount the front desk may give alone, how far back a
// return without receipt looks, what the receipt says and where PIX
// payments go. Save applies the rest through SalesSettings::apply, all or
// nothing; a refusal (a PIX key that cannot exist) is core's message, on
// the tab of the field it is about.
class CheckoutSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CheckoutSettingsDialog(LocalStore &store, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *taxTable() const { return m_taxTable; }
    QRadioButton *perLineField() const { return m_perLine; }
    QRadioButton *perTotalField() const { return m_perTotal; }
    PercentSpinBox *discountLimitField() const { return m_discountLimit; }
    QSpinBox *lookbackField() const { return m_lookback; }
    QPlainTextEdit *footerField() const { return m_footer; }
    QLineEdit *taxIdField() const { return m_taxId; }
    QComboBox *pixTypeField() const { return m_pixType; }
    QLineEdit *pixKeyField() const { return m_pixKey; }
    QLineEdit *pixNameField() const { return m_pixName; }
    QLineEdit *pixCityField() const { return m_pixCity; }
    FormMessage *message() const { return m_message; }

public slots:
    void addTaxClass();
    void editTaxClass();
    void removeTaxClass();
    void save();

signals:
    // Tax classes changed (the products' form lists them).
    void taxClassesChanged();

private:
    QWidget *buildTaxesTab();
    QWidget *buildCounterTab();
    QWidget *buildReceiptTab();
    void loadTaxClasses();
    void loadSettings();

    LocalStore &m_store;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_taxTable = nullptr;
    QPushButton *m_editTax = nullptr;
    QPushButton *m_removeTax = nullptr;
    QPushButton *m_save = nullptr;
    FormMessage *m_taxMessage = nullptr;
    QRadioButton *m_perLine = nullptr;
    QRadioButton *m_perTotal = nullptr;
    PercentSpinBox *m_discountLimit = nullptr;
    QSpinBox *m_lookback = nullptr;
    QPlainTextEdit *m_footer = nullptr;
    QLineEdit *m_taxId = nullptr;
    QComboBox *m_pixType = nullptr;
    QLineEdit *m_pixKey = nullptr;
    QLineEdit *m_pixName = nullptr;
    QLineEdit *m_pixCity = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
