// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Appointment.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QLocale>

namespace Balcao {

class LocalStore;

// A message the business sends about appointments. Placeholders in the
// subject and body: {client}, {first_name}, {date}, {time}, {services},
// {staff}, {location}, {business}.
struct ReminderTemplate
{
    enum class Kind { Confirmation, Reminder, FollowUp, Cancellation };
    Kind kind = Kind::Confirmation;
    QString subject;
    QString body;
    // Reminder: minutes before the start; follow-up: minutes after the end.
    int offsetMinutes = 0;
    bool active = true;
    bool custom = false; // false: the built-in text in the user's language
};

QString reminderKindName(ReminderTemplate::Kind kind);
std::optional<ReminderTemplate::Kind> reminderKindFromName(const QString &name);

// One row of the reminders outbox, as the server will deliver it.
struct ReminderMessage
{
    Id id;
    Id appointmentId;
    QString kind;
    QString channel;
    QString recipient;
    qint64 dueAtMsecs = 0;
    QString subject;
    QString body;
    QString status; // scheduled, sent, cancelled, skipped
};

// Editable templates (one synced row per kind, id derived from the kind so
// terminals editing the same template merge field by field).
class ReminderTemplates
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ReminderTemplates)
public:
    explicit ReminderTemplates(LocalStore &store);
    // The business's own template, else the built-in one; a template that
    // cannot be read is an error, not the built-in text.
    Result<ReminderTemplate> effective(ReminderTemplate::Kind kind) const;
    Result<QList<ReminderTemplate>> all() const;
    Result<void> save(const ReminderTemplate &t);
    static ReminderTemplate builtIn(ReminderTemplate::Kind kind);
    static QString render(const QString &text, const QHash<QString, QString> &values);

private:
    LocalStore &m_store;
};

// Keeps an appointment's messages in the synced outbox in step with it:
// confirmation on booking and on every change of time, reminder before,
// follow-up after, cancellation notice on cancel; messages no longer due are
// cancelled, and a message already sent is never rewritten. Runs inside the
// caller's transaction.
class ReminderScheduler
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ReminderScheduler)
public:
    explicit ReminderScheduler(LocalStore &store);
    Result<void> reschedule(const Appointment &appointment);
    Result<QList<ReminderMessage>> forAppointment(const Id &appointmentId) const;
    // Messages scheduled and due by `untilMsecs`: what a delivery would send.
    Result<QList<ReminderMessage>> due(qint64 untilMsecs) const;
    static Id messageId(const Id &appointmentId, ReminderTemplate::Kind kind);

private:
    LocalStore &m_store;
};

} // namespace Balcao
