// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientDetailPanel.h"

#include "ClientHistoryModel.h"
#include "ClientMetricsText.h"
#include "ClientPurchasesModel.h"
#include "clients/ClientMetrics.h"
#include "clients/ClientService.h"
#include "clients/PhoneNumber.h"
#include "sales/ClientAccount.h"
#include "scheduling/Appointment.h"
#include "shell/ListTable.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Balcao {

namespace {

// The order the metrics are listed in.
const QStringList kMetricKeys = {
    QStringLiteral("total"),           QStringLiteral("completed"),   QStringLiteral("cancelled"),
    QStringLiteral("noShows"),         QStringLiteral("firstVisit"),  QStringLiteral("lastVisit"),
    QStringLiteral("nextAppointment"), QStringLiteral("averageDays"), QStringLiteral("thisMonth"),
    QStringLiteral("lastMonth"),       QStringLiteral("frequency"),   QStringLiteral("services"),
    QStringLiteral("weekdays"),        QStringLiteral("timeOfDay"),   QStringLiteral("totalSpent"),
    QStringLiteral("averageTicket"),   QStringLiteral("storeCredit"), QStringLiteral("amountDue"),
};

} // namespace

ClientDetailPanel::ClientDetailPanel(LocalStore &store, Layout layout, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_layout(layout)
    , m_zone(QTimeZone::utc())
    , m_region(ClientService::phoneRegion(store))
    , m_history(new ClientHistoryModel(store, this))
    , m_purchases(new ClientPurchasesModel(store, this))
{
    setObjectName(QStringLiteral("clientDetailPanel"));
    // Times in the terminal's location's zone; when the store cannot say
    // which, the panel says so with each client (showClient).
    if (auto zone = ClientMetrics::businessTimeZone(store))
        m_zone = *zone;
    else
        m_zoneError = zone.error().message;
    m_history->setTimeZone(m_zone);
    m_purchases->setTimeZone(m_zone);
    buildLayout();
    retranslate();
    showClient();
}

void ClientDetailPanel::buildLayout()
{
    m_content = new QWidget(this);
    m_name = new QLabel(m_content);
    m_name->setObjectName(QStringLiteral("clientName"));
    m_name->setWordWrap(true);
    m_vip = new QLabel(m_content);
    m_vip->setObjectName(QStringLiteral("clientVip"));
    m_contact = new QLabel(m_content);
    m_contact->setObjectName(QStringLiteral("clientContact"));
    m_contact->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tags = new QLabel(m_content);
    m_tags->setObjectName(QStringLiteral("clientTags"));
    m_tags->setWordWrap(true);
    m_notes = new QLabel(m_content);
    m_notes->setObjectName(QStringLiteral("clientNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readError = new QLabel(m_content);
    m_readError->setObjectName(QStringLiteral("clientReadError"));
    m_readError->setWordWrap(true);
    m_readError->setTextFormat(Qt::PlainText);
    m_readError->setVisible(false);

    m_metricsTitle = new QLabel(m_content);
    m_metricsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_metricsGrid = new QGridLayout;
    m_metricsGrid->setHorizontalSpacing(12);
    m_metricsGrid->setVerticalSpacing(4);
    m_metricsGrid->setColumnStretch(1, 1);
    m_frequency = new QProgressBar(m_content);
    m_frequency->setObjectName(QStringLiteral("frequencyBar"));
    m_frequency->setRange(0, 100);
    m_frequency->setTextVisible(false);
    m_frequency->setFixedSize(90, 6);
    for (const QString &key : kMetricKeys)
        addMetric(key);

    m_historyTitle = new QLabel(m_content);
    m_historyTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_historyView = new QTableView(m_content);
    m_historyView->setObjectName(QStringLiteral("clientHistory"));
    m_historyView->setModel(m_history);
    setUpListTable(m_historyView);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->verticalHeader()->setDefaultSectionSize(30);
    stretchColumn(m_historyView, ClientHistoryModel::ServicesColumn);
    if (m_layout == Layout::Compact) {
        m_historyView->setMinimumHeight(170);
        m_historyView->hideColumn(ClientHistoryModel::StaffColumn);
    }

    m_purchasesTitle = new QLabel(m_content);
    m_purchasesTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_purchasesView = new QTableView(m_content);
    m_purchasesView->setObjectName(QStringLiteral("clientPurchases"));
    m_purchasesView->setModel(m_purchases);
    setUpListTable(m_purchasesView);
    m_purchasesView->setAlternatingRowColors(true);
    m_purchasesView->verticalHeader()->setDefaultSectionSize(30);
    stretchColumn(m_purchasesView, ClientPurchasesModel::PaidWithColumn);
    if (m_layout == Layout::Compact) {
        m_purchasesView->setMinimumHeight(120);
        m_purchasesView->hideColumn(ClientPurchasesModel::ItemsColumn);
        m_purchasesView->hideColumn(ClientPurchasesModel::RefundedColumn);
    }
    connect(m_purchasesView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit saleRequested(
            Id::fromString(m_purchases->data(index, ClientPurchasesModel::kSaleIdRole).toString()));
    });

    m_bookAgain = new QPushButton(m_content);
    m_bookAgain->setObjectName(QStringLiteral("bookAgainButton"));
    connect(m_bookAgain, &QPushButton::clicked, this, &ClientDetailPanel::bookAgain);
    m_nextSlot = new QPushButton(m_content);
    m_nextSlot->setObjectName(QStringLiteral("clientNextSlotButton"));
    connect(m_nextSlot, &QPushButton::clicked, this, &ClientDetailPanel::nextFreeSlot);
    m_sell = new QPushButton(m_content);
    m_sell->setObjectName(QStringLiteral("sellToClientButton"));
    m_sell->setVisible(m_layout == Layout::Wide); // beside the agenda, the visit's checkout does it
    connect(m_sell, &QPushButton::clicked, this, [this] {
        if (!m_client.id.isNull())
            emit checkoutRequested(m_client.id);
    });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("clientEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *title = new QHBoxLayout;
    title->setSpacing(8);
    title->addWidget(m_name, 1);
    title->addWidget(m_vip, 0, Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(m_bookAgain);
    buttons->addWidget(m_nextSlot);
    buttons->addStretch(1);
    auto *sellRow = new QHBoxLayout;
    sellRow->addWidget(m_sell);
    sellRow->addStretch(1);

    auto *facts = new QVBoxLayout;
    facts->setSpacing(6);
    facts->addLayout(title);
    facts->addWidget(m_contact);
    facts->addWidget(m_tags);
    facts->addWidget(m_notes);
    facts->addWidget(m_readError);
    facts->addSpacing(4);
    facts->addLayout(buttons);
    facts->addLayout(sellRow);
    facts->addSpacing(8);
    facts->addWidget(m_metricsTitle);
    facts->addLayout(m_metricsGrid);

    auto *history = new QVBoxLayout;
    history->setSpacing(6);
    history->addWidget(m_historyTitle);
    history->addWidget(m_historyView, 3);
    history->addSpacing(6);
    history->addWidget(m_purchasesTitle);
    history->addWidget(m_purchasesView, 2);

    QBoxLayout *content = nullptr;
    if (m_layout == Layout::Wide) {
        content = new QHBoxLayout(m_content);
        content->setSpacing(24);
        auto *left = new QWidget(m_content);
        left->setObjectName(QStringLiteral("editorPanel"));
        left->setAttribute(Qt::WA_StyledBackground);
        left->setFixedWidth(400);
        facts->setContentsMargins(20, 18, 20, 18);
        facts->addStretch(1);
        left->setLayout(facts);
        content->addWidget(left);
        content->addLayout(history, 1);
    } else {
        content = new QVBoxLayout(m_content);
        content->setSpacing(8);
        content->addLayout(facts);
        content->addSpacing(6);
        content->addLayout(history, 1);
    }
    content->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_empty, 1);
}

void ClientDetailPanel::addMetric(const QString &key)
{
    auto *label = new QLabel(m_content);
    label->setObjectName(QStringLiteral("metricLabel"));
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *value = new QLabel(m_content);
    value->setObjectName(QStringLiteral("metric_") + key);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int row = static_cast<int>(m_metricKeys.size());
    m_metricsGrid->addWidget(label, row, 0);
    if (key == QLatin1String("frequency")) {
        value->setWordWrap(false);
        // The score with a bar: how far it is from 100 at a glance.
        auto *cell = new QHBoxLayout;
        cell->setSpacing(8);
        cell->addWidget(value);
        cell->addWidget(m_frequency, 0, Qt::AlignVCenter);
        cell->addStretch(1);
        m_metricsGrid->addLayout(cell, row, 1);
    } else {
        m_metricsGrid->addWidget(value, row, 1);
    }
    m_metricKeys << key;
    m_metricLabels.insert(key, label);
    m_metricValues.insert(key, value);
}

void ClientDetailPanel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_history->setTimeZone(m_zone);
    m_purchases->setTimeZone(m_zone);
    showClient();
}

void ClientDetailPanel::setClient(const Id &clientId)
{
    const Id id = clientId; // may be m_client.id itself, cleared below
    m_client = Client();
    if (!id.isNull()) {
        if (auto found = ClientService(m_store).find(id))
            m_client = *found;
    }
    showClient();
}

void ClientDetailPanel::reload()
{
    setClient(m_client.id);
}

QString ClientDetailPanel::metric(const QString &key) const
{
    const QLabel *value = m_metricValues.value(key);
    return value ? value->text() : QString();
}

void ClientDetailPanel::showClient()
{
    const bool any = !m_client.id.isNull();
    m_content->setVisible(any);
    m_empty->setVisible(!any);
    if (!any) {
        m_history->clear();
        m_purchases->clear();
        return;
    }
    m_name->setText(m_client.name);
    m_vip->setVisible(m_client.vip);
    QStringList contact;
    if (!m_client.phone.isEmpty())
        contact << PhoneNumber::display(m_client.phone, m_region);
    if (!m_client.email.isEmpty())
        contact << m_client.email;
    if (!m_client.birthday.isEmpty())
        contact << tr("Birthday: %1").arg(ClientMetricsText::birthday(m_client.birthday));
    if (!m_client.communicationPreference.isEmpty())
        contact << tr("Prefers: %1")
                       .arg(ClientMetricsText::communication(m_client.communicationPreference));
    m_contact->setText(contact.isEmpty() ? tr("No phone or e-mail")
                                         : contact.join(QLatin1Char('\n')));
    m_tags->setText(m_client.tags.join(QStringLiteral(" · ")));
    m_tags->setVisible(!m_client.tags.isEmpty());
    m_notes->setText(m_client.notes);
    m_notes->setVisible(!m_client.notes.isEmpty());

    QHash<QString, QString> values;
    QStringList problems; // what could not be read is said, not shown as zero
    if (!m_zoneError.isEmpty())
        problems << m_zoneError;
    auto computed = ClientMetrics::compute(m_store, m_client.id, m_zone);
    if (!computed)
        problems << computed.error().message;
    if (computed) {
        const ClientMetrics &m = *computed;
        values.insert(QStringLiteral("total"), ClientMetricsText::count(m.totalAppointments));
        values.insert(QStringLiteral("completed"), ClientMetricsText::count(m.completed));
        values.insert(QStringLiteral("cancelled"), ClientMetricsText::count(m.cancelled));
        values.insert(QStringLiteral("noShows"), ClientMetricsText::count(m.noShows));
        values.insert(QStringLiteral("firstVisit"),
                      ClientMetricsText::date(m.firstVisitMsecs, m_zone));
        values.insert(QStringLiteral("lastVisit"),
                      ClientMetricsText::date(m.lastVisitMsecs, m_zone));
        values.insert(QStringLiteral("nextAppointment"),
                      ClientMetricsText::date(m.nextAppointmentMsecs, m_zone));
        values.insert(QStringLiteral("averageDays"),
                      ClientMetricsText::averageDays(m.averageDaysBetweenVisits));
        values.insert(QStringLiteral("thisMonth"),
                      ClientMetricsText::count(m.appointmentsThisMonth));
        values.insert(QStringLiteral("lastMonth"),
                      ClientMetricsText::count(m.appointmentsLastMonth));
        values.insert(QStringLiteral("frequency"), ClientMetricsText::frequency(m.frequencyScore));
        values.insert(QStringLiteral("services"), ClientMetricsText::services(m.preferredServices));
        values.insert(QStringLiteral("weekdays"), ClientMetricsText::weekdays(m.preferredWeekdays));
        values.insert(QStringLiteral("timeOfDay"),
                      ClientMetricsText::timeOfDay(m.preferredTimeOfDay));
        values.insert(QStringLiteral("totalSpent"), ClientMetricsText::money(m.totalSpent));
        values.insert(QStringLiteral("averageTicket"), ClientMetricsText::money(m.averageTicket));
        // Balances live on the account ledger; shown only when there is one.
        const ClientAccount account(m_store);
        if (m.totalSpent) {
            auto credit = account.storeCredit(m_client.id);
            auto due = account.due(m_client.id);
            if (!credit)
                problems << credit.error().message;
            else if (!credit->isZero())
                values.insert(QStringLiteral("storeCredit"), ClientMetricsText::money(*credit));
            if (!due)
                problems << due.error().message;
            else if (!due->isZero())
                values.insert(QStringLiteral("amountDue"), ClientMetricsText::money(*due));
        }
        m_frequency->setValue(m.frequencyScore);
    } else {
        m_frequency->setValue(0);
    }
    for (const QString &key : std::as_const(m_metricKeys))
        m_metricValues.value(key)->setText(values.value(key, ClientMetricsText::none()));
    if (auto loaded = m_history->load(m_client.id); !loaded)
        problems << loaded.error().message;
    if (auto loaded = m_purchases->load(m_client.id); !loaded)
        problems << loaded.error().message;
    problems.removeDuplicates();
    m_readError->setText(problems.join(QLatin1Char('\n')));
    m_readError->setVisible(!problems.isEmpty());
    m_bookAgain->setEnabled(true);
}

BookingPrefill ClientDetailPanel::bookAgainPrefill() const
{
    BookingPrefill prefill;
    prefill.clientId = m_client.id;
    // Like the last visit that happened, else the last one booked.
    const ClientVisit *model = nullptr;
    for (const ClientVisit &visit : m_history->visits()) {
        if (visit.status == appointmentStatusName(AppointmentStatus::Completed)) {
            model = &visit;
            break;
        }
        if (!model && visit.status != appointmentStatusName(AppointmentStatus::Cancelled))
            model = &visit;
    }
    if (model) {
        for (const ClientVisit::Item &item : model->items) {
            if (!item.serviceId.isNull() && !prefill.serviceIds.contains(item.serviceId))
                prefill.serviceIds << item.serviceId;
        }
        prefill.staffId = model->staffId;
    }
    return prefill;
}

void ClientDetailPanel::bookAgain()
{
    if (!m_client.id.isNull())
        emit bookingRequested(bookAgainPrefill());
}

void ClientDetailPanel::nextFreeSlot()
{
    if (m_client.id.isNull())
        return;
    BookingPrefill prefill = bookAgainPrefill();
    prefill.findNextSlot = true;
    emit bookingRequested(prefill);
}

void ClientDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        showClient(); // dates, numbers and statuses are worded in the language
    }
    QWidget::changeEvent(event);
}

void ClientDetailPanel::retranslate()
{
    const QHash<QString, QString> labels {
        { QStringLiteral("total"), tr("Appointments") },
        { QStringLiteral("completed"), tr("Completed") },
        { QStringLiteral("cancelled"), tr("Cancelled") },
        { QStringLiteral("noShows"), tr("No-shows") },
        { QStringLiteral("firstVisit"), tr("First visit") },
        { QStringLiteral("lastVisit"), tr("Last visit") },
        { QStringLiteral("nextAppointment"), tr("Next appointment") },
        { QStringLiteral("averageDays"), tr("Between visits") },
        { QStringLiteral("thisMonth"), tr("This month") },
        { QStringLiteral("lastMonth"), tr("Last month") },
        { QStringLiteral("frequency"), tr("Frequency") },
        { QStringLiteral("services"), tr("Preferred services") },
        { QStringLiteral("weekdays"), tr("Preferred days") },
        { QStringLiteral("timeOfDay"), tr("Preferred time") },
        { QStringLiteral("totalSpent"), tr("Total spent") },
        { QStringLiteral("averageTicket"), tr("Average ticket") },
        { QStringLiteral("storeCredit"), tr("Store credit") },
        { QStringLiteral("amountDue"), tr("Amount due") },
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        m_metricLabels.value(it.key())->setText(it.value());
    m_metricValues.value(QStringLiteral("totalSpent"))
        ->setToolTip(tr("What the client's purchases came to, tips left out, refunds taken off."));
    m_metricValues.value(QStringLiteral("frequency"))
        ->setToolTip(tr("How often and how regularly the client came in the last 12 months."));
    m_vip->setText(tr("VIP"));
    m_metricsTitle->setText(tr("Metrics"));
    m_historyTitle->setText(tr("Appointments"));
    m_historyView->setAccessibleName(tr("Appointment history"));
    m_bookAgain->setText(tr("&Book again"));
    m_bookAgain->setToolTip(tr("A new appointment with the services and staff of the last visit"));
    m_nextSlot->setText(tr("Ne&xt free slot"));
    m_nextSlot->setToolTip(tr("Book the last visit's services at the first free time"));
    m_sell->setText(tr("&Sell to this client"));
    m_sell->setToolTip(tr("The checkout with this client chosen; what they owe is received "
                          "there too (F10)"));
    m_empty->setText(tr("No client."));
    m_history->retranslate();
    m_purchasesTitle->setText(tr("Purchases"));
    m_purchasesView->setAccessibleName(tr("Purchase history"));
    m_purchases->retranslate();
}

} // namespace Balcao
