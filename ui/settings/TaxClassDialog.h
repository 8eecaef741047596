// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/TaxClass.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace Balcao {

class FormMessage;
class LocalStore;
class PercentSpinBox;

// Adds or edits one tax class: its name, its rate and whether the shelf
// price includes it (Brazil, the EU) or it is added on top (the US).
// TaxClasses checks and writes; a refusal is shown and the dialog stays.
class TaxClassDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing`: the class to edit, or nullopt to add one.
    TaxClassDialog(LocalStore &store, const std::optional<TaxClass> &existing,
                   QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    PercentSpinBox *rateField() const { return m_rate; }
    QRadioButton *includedField() const { return m_included; }
    QRadioButton *addedField() const { return m_added; }
    FormMessage *message() const { return m_message; }

public slots:
    void save();

private:
    LocalStore &m_store;
    Id m_editing;
    QLineEdit *m_name = nullptr;
    PercentSpinBox *m_rate = nullptr;
    QRadioButton *m_included = nullptr;
    QRadioButton *m_added = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
