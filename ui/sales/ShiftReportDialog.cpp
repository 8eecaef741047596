// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShiftReportDialog.h"

#include "SalesStyle.h"
#include "UserName.h"
#include "sales/Tender.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Balcao {

ShiftReportDialog::ShiftReportDialog(LocalStore &store, const ShiftReport &report,
                                     const QString &drawerName, const QTimeZone &zone,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shiftReportDialog"));
    const CashShift &shift = report.shift;
    const bool closed = !shift.isOpen();
    setWindowTitle(closed ? tr("Z report – %1").arg(drawerName)
                          : tr("X report – %1").arg(drawerName));
    const auto money = [](const Money &amount) { return amount.toDisplayString(); };
    const auto when = [&](qint64 msecs) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs, zone),
                                  QLocale::ShortFormat);
    };

    auto *title = new QLabel(
        closed ? tr("Z report (shift closed)") : tr("X report (the shift is still open)"), this);
    title->setObjectName(QStringLiteral("editorTitle"));
    auto *period = new QLabel(this);
    period->setObjectName(QStringLiteral("pageSubtitle"));
    period->setWordWrap(true);
    QString opened = tr("Opened %1 by %2")
                         .arg(when(shift.openedAtMsecs), userDisplayName(store, shift.openedBy));
    if (closed)
        opened += QLatin1Char('\n')
            + tr("Closed %1 by %2")
                  .arg(when(shift.closedAtMsecs), userDisplayName(store, shift.closedBy));
    period->setText(opened);

    auto *cash = new QFormLayout;
    addFigure(cash, QStringLiteral("float"), tr("Opening float"), money(report.openingFloat));
    addFigure(cash, QStringLiteral("cashSales"), tr("Cash sales"), money(report.cashSales));
    addFigure(cash, QStringLiteral("cashRefunds"), tr("Cash refunds"),
              money(report.cashRefunds.negated()));
    addFigure(cash, QStringLiteral("cashIn"), tr("Cash in"), money(report.cashIn));
    addFigure(cash, QStringLiteral("cashOut"), tr("Cash out"), money(report.cashOut.negated()));
    addFigure(cash, QStringLiteral("expected"), tr("Expected in the drawer"),
              money(report.expected));
    if (report.counted) {
        addFigure(cash, QStringLiteral("counted"), tr("Counted"), money(*report.counted));
        const Money difference = report.overShort.value_or(Money::zero(report.expected.currency()));
        const QString overShort = difference.isPositive() ? tr("Over by %1").arg(money(difference))
            : difference.isNegative() ? tr("Short by %1").arg(money(difference.negated()))
                                      : tr("Exact");
        addFigure(cash, QStringLiteral("overShort"), tr("Over / short"), overShort);
        if (!difference.isZero())
            m_figures.value(QStringLiteral("overShort"))
                ->setProperty("kind",
                              difference.isPositive() ? QStringLiteral("over")
                                                      : QStringLiteral("short"));
    }
    if (!shift.closeNote.isEmpty())
        addFigure(cash, QStringLiteral("note"), tr("Note"), shift.closeNote);

    auto *sales = new QFormLayout;
    addFigure(sales, QStringLiteral("salesCount"), tr("Sales"),
              tr("%n sale(s), %1", nullptr, report.salesCount).arg(money(report.totalSales)));
    addFigure(sales, QStringLiteral("discounts"), tr("Discounts given"), money(report.discounts));
    addFigure(sales, QStringLiteral("tax"), tr("Tax"), money(report.tax));
    addFigure(sales, QStringLiteral("tips"), tr("Tips"), money(report.tips));
    addFigure(
        sales, QStringLiteral("returnsCount"), tr("Returns"),
        tr("%n return(s), %1", nullptr, report.returnsCount).arg(money(report.refunds.negated())));
    for (auto it = report.byMethod.cbegin(); it != report.byMethod.cend(); ++it) {
        const auto method = paymentMethodFrom(it.key());
        addFigure(sales, QStringLiteral("method.") + it.key(),
                  method ? paymentMethodDisplayName(*method) : it.key(), money(it.value()));
    }

    auto *cashTitle = new QLabel(tr("Cash drawer"), this);
    cashTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto *salesTitle = new QLabel(tr("Sales by payment method"), this);
    salesTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto *cashBox = new QVBoxLayout;
    cashBox->addWidget(cashTitle);
    cashBox->addLayout(cash);
    cashBox->addStretch(1);
    auto *salesBox = new QVBoxLayout;
    salesBox->addWidget(salesTitle);
    salesBox->addLayout(sales);
    salesBox->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addLayout(cashBox);
    columns->addLayout(salesBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(period);
    layout->addSpacing(8);
    layout->addLayout(columns);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    applySalesStyle(this);
}

void ShiftReportDialog::addFigure(QFormLayout *form, const QString &name, const QString &label,
                                  const QString &value)
{
    auto *figure = new QLabel(value, this);
    figure->setObjectName(QStringLiteral("reportFigure"));
    figure->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, figure);
    m_figures.insert(name, figure);
}

QString ShiftReportDialog::figure(const QString &name) const
{
    const QLabel *label = m_figures.value(name);
    return label ? label->text() : QString();
}

} // namespace Balcao
