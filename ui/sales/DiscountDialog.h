// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "sales/Cart.h"

#include <QDialog>

#include <functional>

class QLineEdit;

namespace Balcao {

class FormMessage;

// A discount typed in one field, as an amount ("5") or a percentage ("10%"),
// for one line or the whole sale. `apply` makes the change; what core
// refuses (more than the line costs) is shown here and the dialog stays.
class DiscountDialog : public QDialog
{
    Q_OBJECT
public:
    using Apply = std::function<Result<void>(const Discount &)>;

    DiscountDialog(const QString &title, const QString &what, const Discount &current,
                   const Currency &currency, Apply apply, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }

public slots:
    void accept() override;

private:
    Currency m_currency;
    Apply m_apply;
    QLineEdit *m_field = nullptr;
    FormMessage *m_message = nullptr;
};

} // namespace Balcao
