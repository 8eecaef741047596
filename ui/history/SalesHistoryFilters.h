// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sales/SalesJournal.h"
#include "shell/SearchField.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Balcao {

class LocalStore;

// The row of filters above the sales history: a period (quick picks or a
// range of days, in the location's time zone), a payment method, the
// location (this terminal's by default) and a free text that finds a sale
// number, its last digits or a client's name. Says `changed` once the user
// stops typing or picks something.
class SalesHistoryFilters : public QWidget
{
    Q_OBJECT
public:
    enum class Period { Today, Yesterday, ThisWeek, ThisMonth, Last30Days, AnyDate, Custom };
    Q_ENUM(Period)

    SalesHistoryFilters(LocalStore &store, const Id &terminalLocation, QWidget *parent = nullptr);

    SaleFilter filter() const;
    void setPeriod(Period period);
    Period period() const;
    // A custom range of days, both included.
    void setRange(const QDate &from, const QDate &to);
    void setMethod(std::optional<PaymentMethod> method);
    // Null: every location.
    void setLocation(const Id &locationId);
    QLineEdit *searchField() const { return m_search; }
    // The fields in the order Tab visits them.
    QList<QWidget *> tabChain() const;

signals:
    void changed();
    // Enter in the search field: a typed or scanned receipt number.
    void numberEntered(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPeriod();
    QTimeZone zone() const;
    QDate today() const;

    LocalStore &m_store;
    Id m_terminalLocation;
    bool m_applying = false;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_locationLabel = nullptr;
    QComboBox *m_location = nullptr;
    SearchField *m_search = nullptr;
};

} // namespace Balcao
