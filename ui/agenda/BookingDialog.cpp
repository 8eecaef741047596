// SPDX-License-Identifier: GPL-3.0-or-later
#include "BookingDialog.h"

#include "AppointmentWording.h"
#include "ClientPicker.h"
#include "OverrideFlow.h"
#include "RecurrenceEditor.h"
#include "catalog/ServiceCatalog.h"
#include "scheduling/AvailabilityFinder.h"
#include "scheduling/BookingPlanner.h"
#include "scheduling/ClientBooking.h"
#include "shell/BusyCursor.h"
#include "shell/FormMessage.h"
#include "staff/StaffService.h"
#include "storage/LocalStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace Balcao {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kStaffRole = Qt::UserRole + 2;
constexpr int kPlanDelayMsecs = 200;
constexpr int kNextSlotDays = 31;

} // namespace

BookingDialog::BookingDialog(LocalStore &store, const Location &location,
                             const BookingPrefill &prefill, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_location(location)
{
    setObjectName(QStringLiteral("bookingDialog"));
    buildLayout();
    retranslate();

    const auto services = ServiceCatalog(store).list();
    if (!services)
        m_message->showError(services.error().message);
    for (const Service &service : services ? *services : QList<Service> {}) {
        auto *item = new QListWidgetItem(m_services);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kIdRole, QVariant::fromValue(service.id));
        QStringList staff;
        for (const Id &id : service.staffIds)
            staff << id.toString();
        item->setData(kStaffRole, staff);
        item->setText(tr("%1 · %n min", nullptr, service.durationMinutes).arg(service.name));
    }
    setChosenServices(prefill.serviceIds);
    m_client->setClient(prefill.clientId);
    fillStaff();
    setStaff(prefill.staffId);

    qint64 start = prefill.startsAtMsecs.value_or(0);
    if (start <= 0) {
        // The next quarter of an hour from now.
        const qint64 quarter = 15 * 60 * 1000;
        start = (store.clock().nowMsecsSinceEpoch() / quarter + 1) * quarter;
    }
    setStartMsecs(start);

    connect(m_services, &QListWidget::itemChanged, this, [this] {
        fillStaff();
        schedulePlan();
    });
    connect(m_staff, &QComboBox::currentIndexChanged, this, &BookingDialog::schedulePlan);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        m_repeat->setFirstDate(date);
        schedulePlan();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, &BookingDialog::schedulePlan);
    connect(m_client, &ClientPicker::changed, this, &BookingDialog::schedulePlan);
    m_repeat->setFirstDate(m_date->date());
    updatePlan();
    if (prefill.findNextSlot)
        QTimer::singleShot(0, this, &BookingDialog::findNextSlot);
    m_client->searchField()->setFocus();
}

void BookingDialog::buildLayout()
{
    m_client = new ClientPicker(m_store, this);
    m_servicesLabel = new QLabel(this);
    m_services = new QListWidget(this);
    m_services->setObjectName(QStringLiteral("serviceList"));
    m_services->setMinimumHeight(110);
    m_servicesLabel->setBuddy(m_services);
    m_staffLabel = new QLabel(this);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("staffChoice"));
    m_staffLabel->setBuddy(m_staff);
    m_whenLabel = new QLabel(this);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateField"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeField"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_whenLabel->setBuddy(m_date);
    m_nextSlot = new QPushButton(this);
    m_nextSlot->setObjectName(QStringLiteral("nextSlotButton"));
    connect(m_nextSlot, &QPushButton::clicked, this, &BookingDialog::findNextSlot);
    m_sourceLabel = new QLabel(this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceChoice"));
    for (const QString &source : AppointmentWording::sources())
        m_source->addItem(AppointmentWording::source(source), source);
    m_sourceLabel->setBuddy(m_source);
    m_repeat = new RecurrenceEditor(this);
    m_notesLabel = new QLabel(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("bookingNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(64);
    m_notesLabel->setBuddy(m_notes);
    m_internalLabel = new QLabel(this);
    m_internal = new QPlainTextEdit(this);
    m_internal->setObjectName(QStringLiteral("bookingInternalNotes"));
    m_internal->setTabChangesFocus(true);
    m_internal->setFixedHeight(64);
    m_internalLabel->setBuddy(m_internal);
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("bookingPlan"));
    m_plan->setWordWrap(true);
    m_plan->setTextFormat(Qt::PlainText);
    m_plan->setContentsMargins(8, 6, 8, 6);
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("bookingMessage"));
    m_planDelay = new QTimer(this);
    m_planDelay->setSingleShot(true);
    m_planDelay->setInterval(kPlanDelayMsecs);
    connect(m_planDelay, &QTimer::timeout, this, &BookingDialog::updatePlan);

    auto *buttons = new QDialogButtonBox(this);
    m_book = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_book->setObjectName(QStringLiteral("bookButton"));
    m_book->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingDialog::book);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 1);
    when->addWidget(m_time);
    auto *right = new QVBoxLayout;
    right->setSpacing(4);
    right->addWidget(m_servicesLabel);
    right->addWidget(m_services, 1);
    right->addSpacing(6);
    right->addWidget(m_staffLabel);
    right->addWidget(m_staff);
    right->addSpacing(6);
    right->addWidget(m_whenLabel);
    right->addLayout(when);
    right->addWidget(m_nextSlot, 0, Qt::AlignLeft);
    right->addSpacing(6);
    right->addWidget(m_sourceLabel);
    right->addWidget(m_source);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addWidget(m_client, 1);
    columns->addLayout(right, 1);

    auto *notes = new QGridLayout;
    notes->setHorizontalSpacing(20);
    notes->setVerticalSpacing(4);
    notes->addWidget(m_notesLabel, 0, 0);
    notes->addWidget(m_notes, 1, 0);
    notes->addWidget(m_internalLabel, 0, 1);
    notes->addWidget(m_internal, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(columns, 1);
    layout->addWidget(m_repeat);
    layout->addLayout(notes);
    layout->addWidget(m_plan);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 640);
}

void BookingDialog::retranslate()
{
    setWindowTitle(tr("New appointment"));
    m_servicesLabel->setText(tr("&Services (tick one or more, done in this order)"));
    m_staffLabel->setText(tr("W&ith"));
    m_whenLabel->setText(tr("&Date and time (%1)").arg(m_location.timeZoneId));
    m_nextSlot->setText(tr("Ne&xt free slot"));
    m_nextSlot->setToolTip(tr("The first time from the date above when the first service fits; "
                              "press again for the one after"));
    m_sourceLabel->setText(tr("Booked &by"));
    m_notesLabel->setText(tr("N&otes"));
    m_internalLabel->setText(tr("Internal notes (only the &team sees them)"));
    m_book->setText(tr("&Book"));
    m_cancel->setText(tr("Cancel"));
    m_time->setAccessibleName(tr("Time"));
    for (int i = 0; i < m_source->count(); ++i)
        m_source->setItemText(i, AppointmentWording::source(m_source->itemData(i).toString()));
    if (m_staff->count() > 0)
        m_staff->setItemText(0, tr("Anyone available"));
}

void BookingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QList<Id> BookingDialog::chosenServices() const
{
    QList<Id> ids;
    for (int row = 0; row < m_services->count(); ++row) {
        const QListWidgetItem *item = m_services->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(kIdRole).value<Id>();
    }
    return ids;
}

void BookingDialog::setChosenServices(const QList<Id> &serviceIds)
{
    for (int row = 0; row < m_services->count(); ++row) {
        QListWidgetItem *item = m_services->item(row);
        item->setCheckState(serviceIds.contains(item->data(kIdRole).value<Id>()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
}

void BookingDialog::fillStaff()
{
    // Only people who perform every chosen service: the catalog says who.
    QStringList allowed;
    bool first = true;
    for (int row = 0; row < m_services->count(); ++row) {
        const QListWidgetItem *item = m_services->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const QStringList staff = item->data(kStaffRole).toStringList();
        if (first)
            allowed = staff;
        else
            allowed.erase(std::remove_if(allowed.begin(), allowed.end(),
                                         [&](const QString &id) { return !staff.contains(id); }),
                          allowed.end());
        first = false;
    }
    const Id keep = staffId();
    const QSignalBlocker blocker(m_staff);
    m_staff->clear();
    m_staff->addItem(tr("Anyone available"), QVariant::fromValue(Id()));
    for (const StaffMember &member : StaffService(m_store).members()) {
        if (!member.active || member.locationId != m_location.id)
            continue;
        if (!first && !allowed.contains(member.id.toString()))
            continue;
        m_staff->addItem(member.displayName, QVariant::fromValue(member.id));
    }
    setStaff(keep);
}

void BookingDialog::setStaff(const Id &staffId)
{
    for (int i = 0; i < m_staff->count(); ++i) {
        if (m_staff->itemData(i).value<Id>() == staffId) {
            m_staff->setCurrentIndex(i);
            return;
        }
    }
    m_staff->setCurrentIndex(0);
}

Id BookingDialog::staffId() const
{
    return m_staff->currentIndex() >= 0 ? m_staff->currentData().value<Id>() : Id();
}

qint64 BookingDialog::startMsecs() const
{
    const QTime t = m_time->time();
    return QDateTime(m_date->date(), QTime(t.hour(), t.minute()), m_location.timeZone())
        .toMSecsSinceEpoch();
}

void BookingDialog::setStartMsecs(qint64 msecs)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecs, m_location.timeZone());
    m_date->setDate(local.date());
    m_time->setTime(local.time());
}

BookingRequest BookingDialog::request() const
{
    BookingRequest r;
    r.locationId = m_location.id;
    r.clientId = m_client->clientId();
    r.startsAtMsecs = startMsecs();
    for (const Id &service : chosenServices())
        r.lines << BookingLine { service, staffId(), Id(), std::nullopt };
    r.source = m_source->currentData().toString();
    r.notes = m_notes->toPlainText();
    r.internalNotes = m_internal->toPlainText();
    return r;
}

void BookingDialog::schedulePlan()
{
    m_planDelay->start();
}

void BookingDialog::updatePlan()
{
    m_planDelay->stop();
    m_issues.clear();
    const auto show = [this](const QString &text, const char *kind) {
        m_plan->setText(text);
        m_plan->setProperty("kind", QString::fromLatin1(kind));
        m_plan->style()->unpolish(m_plan);
        m_plan->style()->polish(m_plan);
    };
    if (chosenServices().isEmpty()) {
        show(tr("Choose at least one service."), "hint");
        return;
    }
    auto planned = BookingPlanner(m_store).plan(request());
    if (!planned) {
        show(planned.error().message, "warning");
        return;
    }
    const QTimeZone zone = m_location.timeZone();
    QStringList lines;
    for (const AppointmentItem &item : planned->appointment.items) {
        QString who;
        if (auto member = StaffService(m_store).findMember(item.staffId))
            who = member->displayName;
        lines << tr("%1 with %2, %3")
                     .arg(item.serviceName, who,
                          AppointmentWording::timeRange(item.time.from, item.time.to, zone));
    }
    for (const BookingIssue &issue : planned->issues)
        m_issues << issue.message;
    QString text = tr("%1:").arg(AppointmentWording::date(startMsecs(), zone)) + QLatin1Char('\n')
        + lines.join(QLatin1Char('\n'));
    if (m_issues.isEmpty()) {
        show(text, "ok");
        return;
    }
    text += QStringLiteral("\n\n") + tr("Warnings (a manager can book anyway):");
    for (const QString &issue : std::as_const(m_issues))
        text += QStringLiteral("\n• ") + issue;
    show(text, "warning");
}

void BookingDialog::findNextSlot()
{
    const QList<Id> services = chosenServices();
    if (services.isEmpty()) {
        m_message->showError(tr("Choose a service first."));
        m_services->setFocus();
        return;
    }
    const qint64 now = m_store.clock().nowMsecsSinceEpoch();
    qint64 from = std::max(now, startMsecs());
    // Pressed again on the slot it found: the one after.
    if (m_lastFoundSlot && *m_lastFoundSlot == startMsecs())
        from = startMsecs() + 60 * 1000;
    std::optional<Slot> slot;
    {
        BusyCursor busy;
        auto found = AvailabilityFinder(m_store).next(services.first(), m_location.id, staffId(),
                                                      from, kNextSlotDays);
        if (!found) {
            m_message->showError(found.error().message);
            return;
        }
        slot = *found;
    }
    if (!slot) {
        m_message->showError(
            tr("No free time in the next %n day(s). Try another staff member or service.", nullptr,
               kNextSlotDays));
        return;
    }
    setStaff(slot->staffId);
    setStartMsecs(slot->time.from);
    m_lastFoundSlot = slot->time.from;
    QString who;
    if (auto member = StaffService(m_store).findMember(slot->staffId))
        who = member->displayName;
    m_message->showSuccess(
        tr("Next free slot: %1 with %2.")
            .arg(AppointmentWording::when(slot->time, m_location.timeZone()), who));
    updatePlan();
}

void BookingDialog::book()
{
    if (chosenServices().isEmpty()) {
        m_message->showError(tr("Choose at least one service."));
        m_services->setFocus();
        return;
    }
    const std::optional<Recurrence> recurrence = m_repeat->recurrence();
    const std::optional<ClientDraft> newClient = m_client->isNewClient()
        ? std::optional<ClientDraft>(m_client->newClientDraft())
        : std::nullopt;
    QList<Appointment> booked;
    OverrideFlow flow(m_store, this);
    const auto outcome = flow.run([&](const Id &overriddenBy) -> Result<void> {
        BookingRequest r = request();
        if (newClient)
            r.clientId = Id();
        r.overrideConflicts = !overriddenBy.isNull();
        r.overriddenBy = overriddenBy;
        // A new client and the booking are one transaction there.
        auto done = ClientBooking(m_store).book(r, newClient, recurrence);
        if (!done)
            return done.error();
        booked = done->appointments;
        return {};
    });
    if (outcome == OverrideFlow::Outcome::Failed) {
        m_message->showError(flow.error().message);
        return;
    }
    if (outcome == OverrideFlow::Outcome::Declined) {
        m_message->showError(tr("Nothing was booked."));
        return;
    }
    m_booked = booked;
    accept();
}

} // namespace Balcao
