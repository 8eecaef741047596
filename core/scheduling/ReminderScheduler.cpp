// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReminderScheduler.h"

#include "locations/LocationService.h"
#include "settings/BusinessSettings.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace Balcao {

namespace {

using Kind = ReminderTemplate::Kind;
const QString kTemplates = QStringLiteral("reminder_templates");
const QString kReminders = QStringLiteral("reminders");
const QUuid kReminderNamespace(QStringLiteral("{8d3e2f61-0a4b-4c7d-b5e9-1f2a3c4d5e6f}"));
const QList<Kind> kKinds { Kind::Confirmation, Kind::Reminder, Kind::FollowUp, Kind::Cancellation };

Id templateId(Kind kind)
{
    return Id::nameBased(kReminderNamespace,
                         QString(QStringLiteral("template/") + reminderKindName(kind)));
}

} // namespace

QString reminderKindName(Kind kind)
{
    switch (kind) {
    case Kind::Confirmation:
        return QStringLiteral("confirmation");
    case Kind::Reminder:
        return QStringLiteral("reminder");
    case Kind::FollowUp:
        return QStringLiteral("follow_up");
    case Kind::Cancellation:
        return QStringLiteral("cancellation");
    }
    return {};
}

std::optional<Kind> reminderKindFromName(const QString &name)
{
    for (Kind k : kKinds) {
        if (reminderKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

ReminderTemplates::ReminderTemplates(LocalStore &store)
    : m_store(store)
{ }

ReminderTemplate ReminderTemplates::builtIn(Kind kind)
{
    ReminderTemplate t;
    t.kind = kind;
    switch (kind) {
    case Kind::Confirmation:
        t.subject = tr("Your appointment at {business}");
        t.body = tr("Hello {first_name}, your appointment for {services} with {staff} is booked "
                    "for {date} at {time} at {location}.");
        break;
    case Kind::Reminder:
        t.subject = tr("Reminder: your appointment tomorrow");
        t.body = tr("Hello {first_name}, a reminder of your appointment for {services} on "
                    "{date} at {time} at {location}. See you soon!");
        t.offsetMinutes = 24 * 60;
        break;
    case Kind::FollowUp:
        t.subject = tr("How was your visit?");
        t.body = tr("Hello {first_name}, thank you for your visit to {business}. We hope to see "
                    "you again soon.");
        t.offsetMinutes = 24 * 60;
        break;
    case Kind::Cancellation:
        t.subject = tr("Your appointment was cancelled");
        t.body = tr("Hello {first_name}, your appointment for {services} on {date} at {time} "
                    "was cancelled.");
        break;
    }
    return t;
}

QString ReminderTemplates::render(const QString &text, const QHash<QString, QString> &values)
{
    // One pass, so a value that contains "{...}" is never expanded again.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i);
            if (close > i) {
                const QString name = text.mid(i + 1, close - i - 1);
                const auto it = values.constFind(name);
                if (it != values.constEnd()) {
                    out += *it;
                    i = close;
                    continue;
                }
            }
        }
        out += text.at(i);
    }
    return out;
}

Result<ReminderTemplate> ReminderTemplates::effective(Kind kind) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT subject, body, offset_minutes, active FROM"
                             " reminder_templates WHERE id = ? AND deleted = 0"));
    q.addBindValue(templateId(kind).toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (!q.next())
        return builtIn(kind);
    ReminderTemplate t;
    t.kind = kind;
    t.subject = q.value(0).toString();
    t.body = q.value(1).toString();
    t.offsetMinutes = q.value(2).toInt();
    t.active = q.value(3).toInt() != 0;
    t.custom = true;
    return t;
}

Result<QList<ReminderTemplate>> ReminderTemplates::all() const
{
    QList<ReminderTemplate> out;
    for (Kind k : kKinds) {
        auto t = effective(k);
        if (!t)
            return t.error();
        out << *t;
    }
    return out;
}

Result<void> ReminderTemplates::save(const ReminderTemplate &t)
{
    if (t.body.trimmed().isEmpty() || t.body.size() > 2000 || t.subject.size() > 200)
        return Error::invalid(QStringLiteral("reminder.templateInvalid"),
                              tr("A message needs a text of at most 2000 characters and a "
                                 "subject of at most 200."));
    if (t.offsetMinutes < 0 || t.offsetMinutes > 30 * 24 * 60)
        return Error::invalid(QStringLiteral("reminder.offsetInvalid"),
                              tr("A message can be sent at most 30 days before or after."));
    return m_store.transact([&]() -> Result<void> {
        if (auto w
            = m_store.writer().writeRecord(kTemplates, templateId(t.kind),
                                           { { QStringLiteral("kind"), reminderKindName(t.kind) },
                                             { QStringLiteral("subject"), t.subject.trimmed() },
                                             { QStringLiteral("body"), t.body.trimmed() },
                                             { QStringLiteral("offset_minutes"), t.offsetMinutes },
                                             { QStringLiteral("active"), t.active ? 1 : 0 },
                                             { QStringLiteral("deleted"), 0 } });
            !w)
            return w.error();
        return {};
    });
}

ReminderScheduler::ReminderScheduler(LocalStore &store)
    : m_store(store)
{ }

Id ReminderScheduler::messageId(const Id &appointmentId, Kind kind)
{
    return Id::nameBased(
        kReminderNamespace,
        QString(appointmentId.toString() + QLatin1Char('/') + reminderKindName(kind)));
}

Result<void> ReminderScheduler::reschedule(const Appointment &a)
{
    const qint64 now = m_store.clock().nowMsecsSinceEpoch();
    // What was sent already is not sent again: a store that cannot say
    // stops the change instead.
    const auto written = forAppointment(a.id);
    if (!written)
        return written.error();
    const QList<ReminderMessage> &existing = *written;
    const auto current = [&](Kind kind) -> std::optional<ReminderMessage> {
        for (const ReminderMessage &m : existing) {
            if (m.kind == reminderKindName(kind))
                return m;
        }
        return std::nullopt;
    };
    const auto cancelUnsent = [&](Kind kind) -> Result<void> {
        const auto m = current(kind);
        if (!m || m->status != QLatin1String("scheduled"))
            return {};
        if (auto w = m_store.writer().writeRecord(
                kReminders, m->id, { { QStringLiteral("status"), QStringLiteral("cancelled") } });
            !w)
            return w.error();
        return {};
    };

    // Who to write to, and how.
    QString name, channel, recipient;
    if (!a.clientId.isNull()) {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("SELECT name, phone, email, communication_preference FROM"
                                 " clients WHERE id = ?"));
        q.addBindValue(a.clientId.toString());
        if (auto ran = execQuery(q); !ran)
            return ran.error();
        if (q.next()) {
            name = q.value(0).toString();
            const QString phone = q.value(1).toString();
            const QString email = q.value(2).toString();
            const QString preference = q.value(3).toString();
            if (preference == QLatin1String("email") && !email.isEmpty()) {
                channel = QStringLiteral("email");
                recipient = email;
            } else if (preference != QLatin1String("none") && !phone.isEmpty()) {
                channel = (preference == QLatin1String("sms")) ? QStringLiteral("sms")
                                                               : QStringLiteral("whatsapp");
                recipient = phone;
            } else if (preference != QLatin1String("none") && !email.isEmpty()) {
                channel = QStringLiteral("email");
                recipient = email;
            }
        }
    }
    if (recipient.isEmpty()) {
        for (Kind k : kKinds) {
            if (auto c = cancelUnsent(k); !c)
                return c.error();
        }
        return {};
    }

    auto location = LocationService(m_store).find(a.locationId);
    if (!location && location.error().kind != Error::Kind::NotFound)
        return location.error();
    const QTimeZone zone = location ? location->timeZone() : QTimeZone::utc();
    const BusinessSettings settings(m_store);
    auto language = settings.value(BusinessSettings::kLocale);
    if (!language)
        return language.error();
    auto business = settings.businessName();
    if (!business)
        return business.error();
    const QLocale locale = language->isEmpty() ? QLocale() : QLocale(*language);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(a.time.from, zone);
    QStringList services;
    QString staffName;
    for (const AppointmentItem &item : a.items)
        services << item.serviceName;
    {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("SELECT display_name FROM staff WHERE id = ?"));
        q.addBindValue(a.staffId.toString());
        auto shown = firstValue(q);
        if (!shown)
            return shown.error();
        staffName = shown->value_or(QVariant()).toString();
    }
    const QHash<QString, QString> values {
        { QStringLiteral("client"), name },
        { QStringLiteral("first_name"), name.section(QLatin1Char(' '), 0, 0) },
        { QStringLiteral("date"), locale.toString(start.date(), QLocale::LongFormat) },
        { QStringLiteral("time"), locale.toString(start.time(), QLocale::ShortFormat) },
        { QStringLiteral("services"), services.join(QStringLiteral(", ")) },
        { QStringLiteral("staff"), staffName },
        { QStringLiteral("location"), location ? location->name : QString() },
        { QStringLiteral("business"), *business },
    };

    // Each template read once per reschedule.
    QHash<Kind, ReminderTemplate> templates;
    {
        ReminderTemplates stored(m_store);
        for (Kind k : kKinds) {
            auto t = stored.effective(k);
            if (!t)
                return t.error();
            templates.insert(k, *t);
        }
    }
    // Writes a message unless it was sent already or would say the same.
    const auto schedule = [&](Kind kind, qint64 dueAt) -> Result<void> {
        const ReminderTemplate &t = templates[kind];
        if (!t.active)
            return cancelUnsent(kind);
        const QString body = ReminderTemplates::render(t.body, values);
        const auto m = current(kind);
        if (m
            && (m->status == QLatin1String("sent")
                || (m->body == body && m->recipient == recipient
                    && m->status == QLatin1String("scheduled"))))
            return {};
        const bool late = kind == Kind::Reminder && dueAt <= now;
        if (auto w = m_store.writer().writeRecord(
                kReminders, messageId(a.id, kind),
                { { QStringLiteral("appointment_id"), a.id.toString() },
                  { QStringLiteral("client_id"), a.clientId.toString() },
                  { QStringLiteral("template_id"), templateId(kind).toString() },
                  { QStringLiteral("kind"), reminderKindName(kind) },
                  { QStringLiteral("channel"), channel },
                  { QStringLiteral("recipient"), recipient },
                  { QStringLiteral("due_at"), dueAt },
                  { QStringLiteral("subject"), ReminderTemplates::render(t.subject, values) },
                  { QStringLiteral("body"), body },
                  // Too late to remind: kept, visibly skipped, not sent.
                  { QStringLiteral("status"),
                    late ? QStringLiteral("skipped") : QStringLiteral("scheduled") },
                  { QStringLiteral("deleted"), 0 } });
            !w)
            return w.error();
        return {};
    };

    Result<void> done;
    switch (a.status) {
    case AppointmentStatus::Booked:
    case AppointmentStatus::Confirmed:
        if (!(done = schedule(Kind::Confirmation, now)))
            return done;
        if (!(done
              = schedule(Kind::Reminder,
                         a.time.from - qint64(templates[Kind::Reminder].offsetMinutes) * 60000)))
            return done;
        if (!(done = schedule(Kind::FollowUp,
                              a.time.to + qint64(templates[Kind::FollowUp].offsetMinutes) * 60000)))
            return done;
        return cancelUnsent(Kind::Cancellation);
    case AppointmentStatus::CheckedIn:
    case AppointmentStatus::Completed:
        if (!(done = cancelUnsent(Kind::Reminder)))
            return done;
        return schedule(Kind::FollowUp,
                        a.time.to + qint64(templates[Kind::FollowUp].offsetMinutes) * 60000);
    case AppointmentStatus::Cancelled:
        for (Kind k : { Kind::Confirmation, Kind::Reminder, Kind::FollowUp }) {
            if (!(done = cancelUnsent(k)))
                return done;
        }
        return schedule(Kind::Cancellation, now);
    case AppointmentStatus::NoShow:
        for (Kind k : { Kind::Reminder, Kind::FollowUp }) {
            if (!(done = cancelUnsent(k)))
                return done;
        }
        return {};
    }
    return {};
}

Result<QList<ReminderMessage>> ReminderScheduler::forAppointment(const Id &appointmentId) const
{
    QList<ReminderMessage> out;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT id, kind, channel, recipient, due_at, subject, body, status"
                             " FROM reminders WHERE appointment_id = ? AND deleted = 0"
                             " ORDER BY due_at, kind"));
    q.addBindValue(appointmentId.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << ReminderMessage { Id::fromString(q.value(0).toString()),
                                 appointmentId,
                                 q.value(1).toString(),
                                 q.value(2).toString(),
                                 q.value(3).toString(),
                                 q.value(4).toLongLong(),
                                 q.value(5).toString(),
                                 q.value(6).toString(),
                                 q.value(7).toString() };
    return out;
}

Result<QList<ReminderMessage>> ReminderScheduler::due(qint64 untilMsecs) const
{
    QList<ReminderMessage> out;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT id, appointment_id, kind, channel, recipient, due_at,"
                             " subject, body, status FROM reminders WHERE status = 'scheduled'"
                             " AND deleted = 0 AND due_at <= ? ORDER BY due_at, id"));
    q.addBindValue(untilMsecs);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << ReminderMessage { Id::fromString(q.value(0).toString()),
                                 Id::fromString(q.value(1).toString()),
                                 q.value(2).toString(),
                                 q.value(3).toString(),
                                 q.value(4).toString(),
                                 q.value(5).toLongLong(),
                                 q.value(6).toString(),
                                 q.value(7).toString(),
                                 q.value(8).toString() };
    return out;
}

} // namespace Balcao
