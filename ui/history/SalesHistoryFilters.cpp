// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesHistoryFilters.h"

#include "locations/LocationService.h"
#include "storage/LocalStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace Balcao {

namespace {

// A little longer than elsewhere: a sale number is typed in full.
constexpr int kSearchPauseMsecs = 200;

constexpr SalesHistoryFilters::Period kPeriods[] = {
    SalesHistoryFilters::Period::Today,      SalesHistoryFilters::Period::Yesterday,
    SalesHistoryFilters::Period::ThisWeek,   SalesHistoryFilters::Period::ThisMonth,
    SalesHistoryFilters::Period::Last30Days, SalesHistoryFilters::Period::AnyDate,
    SalesHistoryFilters::Period::Custom,
};

// The methods a sale is paid with at the counter; exchange credit is an
// internal transfer, not something people search by.
constexpr PaymentMethod kMethods[] = {
    PaymentMethod::Cash,        PaymentMethod::Card,     PaymentMethod::Pix,
    PaymentMethod::StoreCredit, PaymentMethod::GiftCard, PaymentMethod::Account,
};

} // namespace

SalesHistoryFilters::SalesHistoryFilters(LocalStore &store, const Id &terminalLocation,
                                         QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_terminalLocation(terminalLocation)
{
    setObjectName(QStringLiteral("salesHistoryFilters"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    for (const Period period : kPeriods)
        m_period->addItem(QString(), QVariant::fromValue(period));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setCalendarPopup(true);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodFilter"));
    m_method->addItem(QString());
    for (const PaymentMethod method : kMethods)
        m_method->addItem(QString(), paymentMethodName(method));
    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationFilter"));
    m_location->addItem(QString());
    for (const Location &location : LocationService(store).list())
        m_location->addItem(location.name, location.id.toString());
    m_location->setCurrentIndex(std::max(0, m_location->findData(terminalLocation.toString())));
    // One location is no choice: the list only shows with two or more.
    const bool severalLocations = m_location->count() > 2;
    m_search = new SearchField(this, kSearchPauseMsecs);
    m_search->setObjectName(QStringLiteral("saleSearch"));

    m_periodLabel = new QLabel(this);
    m_periodLabel->setBuddy(m_period);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    m_methodLabel = new QLabel(this);
    m_methodLabel->setBuddy(m_method);
    m_locationLabel = new QLabel(this);
    m_locationLabel->setBuddy(m_location);
    m_location->setVisible(severalLocations);
    m_locationLabel->setVisible(severalLocations);

    // Two rows, so that the page with its detail panel still fits a
    // 1366-pixel laptop screen in the languages with longer words.
    auto *when = new QHBoxLayout;
    when->setSpacing(6);
    when->addWidget(m_periodLabel);
    when->addWidget(m_period);
    when->addWidget(m_from);
    when->addWidget(m_toLabel);
    when->addWidget(m_to);
    when->addStretch(1);
    auto *how = new QHBoxLayout;
    how->setSpacing(6);
    how->addWidget(m_methodLabel);
    how->addWidget(m_method);
    how->addSpacing(12);
    how->addWidget(m_locationLabel);
    how->addWidget(m_location);
    how->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_search);
    layout->addLayout(when);
    layout->addLayout(how);

    connect(m_search, &SearchField::typingPaused, this, &SalesHistoryFilters::changed);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // A scanner ends its burst with Enter: look the number up now.
        m_search->cancelPending();
        emit changed();
        if (!m_search->text().trimmed().isEmpty())
            emit numberEntered(m_search->text().trimmed());
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        applyPeriod();
        emit changed();
    });
    const auto rangeEdited = [this] {
        if (m_applying)
            return;
        // Typing a date is choosing a range of one's own.
        m_applying = true;
        m_period->setCurrentIndex(m_period->findData(QVariant::fromValue(Period::Custom)));
        if (m_to->date() < m_from->date())
            m_to->setDate(m_from->date());
        m_applying = false;
        emit changed();
    };
    connect(m_from, &QDateEdit::dateChanged, this, rangeEdited);
    connect(m_to, &QDateEdit::dateChanged, this, rangeEdited);
    connect(m_method, &QComboBox::currentIndexChanged, this, &SalesHistoryFilters::changed);
    connect(m_location, &QComboBox::currentIndexChanged, this, &SalesHistoryFilters::changed);

    retranslate();
    setPeriod(Period::Last30Days);
}

QList<QWidget *> SalesHistoryFilters::tabChain() const
{
    return { m_search, m_period, m_from, m_to, m_method, m_location };
}

void SalesHistoryFilters::retranslate()
{
    const QString periodNames[]
        = { tr("Today"),        tr("Yesterday"), tr("This week"),   tr("This month"),
            tr("Last 30 days"), tr("Any date"),  tr("Custom range") };
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, periodNames[i]);
    m_method->setItemText(0, tr("Any method"));
    for (int i = 1; i < m_method->count(); ++i) {
        if (auto method = paymentMethodFrom(m_method->itemData(i).toString()))
            m_method->setItemText(i, paymentMethodDisplayName(*method));
    }
    m_location->setItemText(0, tr("All locations"));
    m_periodLabel->setText(tr("Peri&od"));
    m_toLabel->setText(tr("to"));
    m_methodLabel->setText(tr("Pa&id with"));
    m_locationLabel->setText(tr("Locatio&n"));
    m_search->setPlaceholderText(
        tr("Sale number, its last digits, or client (%1) – or scan the receipt")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search sales"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
}

void SalesHistoryFilters::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QTimeZone SalesHistoryFilters::zone() const
{
    // The chosen location's days; with all locations, this terminal's.
    const Id chosen = Id::fromString(m_location->currentData().toString());
    const Id which = chosen.isNull() ? m_terminalLocation : chosen;
    if (auto location = LocationService(m_store).find(which))
        return location->timeZone();
    return QTimeZone::systemTimeZone();
}

QDate SalesHistoryFilters::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMsecsSinceEpoch(), zone()).date();
}

void SalesHistoryFilters::setPeriod(Period period)
{
    const int index = m_period->findData(QVariant::fromValue(period));
    if (index == m_period->currentIndex())
        applyPeriod();
    else
        m_period->setCurrentIndex(index); // applies and says changed
}

SalesHistoryFilters::Period SalesHistoryFilters::period() const
{
    return m_period->currentData().value<Period>();
}

void SalesHistoryFilters::applyPeriod()
{
    const QDate now = today();
    QDate from = now;
    QDate to = now;
    switch (period()) {
    case Period::Today:
        break;
    case Period::Yesterday:
        from = to = now.addDays(-1);
        break;
    case Period::ThisWeek: {
        const int firstDay = static_cast<int>(QLocale().firstDayOfWeek());
        from = now.addDays(-((now.dayOfWeek() - firstDay + 7) % 7));
        break;
    }
    case Period::ThisMonth:
        from = QDate(now.year(), now.month(), 1);
        break;
    case Period::Last30Days:
        from = now.addDays(-29);
        break;
    case Period::AnyDate:
    case Period::Custom:
        from = m_from->date().isValid() ? m_from->date() : now;
        to = m_to->date().isValid() ? m_to->date() : now;
        break;
    }
    m_applying = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_applying = false;
    const bool dated = period() != Period::AnyDate;
    m_from->setEnabled(dated);
    m_to->setEnabled(dated);
}

void SalesHistoryFilters::setRange(const QDate &from, const QDate &to)
{
    m_applying = true;
    m_period->setCurrentIndex(m_period->findData(QVariant::fromValue(Period::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_applying = false;
    emit changed();
}

void SalesHistoryFilters::setMethod(std::optional<PaymentMethod> method)
{
    m_method->setCurrentIndex(method ? m_method->findData(paymentMethodName(*method)) : 0);
}

void SalesHistoryFilters::setLocation(const Id &locationId)
{
    m_location->setCurrentIndex(
        locationId.isNull() ? 0 : std::max(0, m_location->findData(locationId.toString())));
}

SaleFilter SalesHistoryFilters::filter() const
{
    SaleFilter f;
    f.locationId = Id::fromString(m_location->currentData().toString());
    if (auto method = paymentMethodFrom(m_method->currentData().toString()))
        f.method = *method;
    f.text = m_search->text().simplified();
    if (period() != Period::AnyDate) {
        // Whole days of the location's calendar, [from 00:00, the day after `to` 00:00).
        const QTimeZone z = zone();
        f.fromMsecs = QDateTime(m_from->date(), QTime(0, 0), z).toMSecsSinceEpoch();
        f.toMsecs = QDateTime(m_to->date().addDays(1), QTime(0, 0), z).toMSecsSinceEpoch();
    }
    return f;
}

} // namespace Balcao
