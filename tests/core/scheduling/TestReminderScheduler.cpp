// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals; the product code keeps the
// strict string casts.
#undef QT_NO_CAST_FROM_ASCII
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "clients/ClientService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/ReminderScheduler.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

using Values = QHash<QString, QString>;
Q_DECLARE_METATYPE(Values)

namespace {

const QDate kMonday(2026, 1, 5);

QHash<QString, ReminderMessage> byKind(LocalStore &store, const Id &appointment)
{
    QHash<QString, ReminderMessage> out;
    const QList<ReminderMessage> messages
        = ReminderScheduler(store).forAppointment(appointment).value();
    for (const ReminderMessage &m : messages)
        out.insert(m.kind, m);
    return out;
}

Result<Appointment> bookCut(const SchedulingFixture &f, const Id &client, const QString &hhmm,
                            const QDate &day = kMonday)
{
    BookingRequest r;
    r.locationId = f.location;
    r.clientId = client;
    r.startsAtMsecs = f.at(day, hhmm);
    r.lines = { BookingLine { f.cut, f.ana, {}, {} } };
    return AppointmentBook(f.store).book(r);
}

} // namespace

class TestReminderScheduler : public QObject
{
    Q_OBJECT

private slots:
    void testRender_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Values>("values");
        QTest::addColumn<QString>("expected");
        const Values v { { "client", "Joana Silva" },
                         { "first_name", "Joana" },
                         { "time", "10:00" } };
        QTest::newRow("placeholders")
            << "Olá {first_name}, às {time}." << v << "Olá Joana, às 10:00.";
        QTest::newRow("unknown left as is") << "{nope} {client}" << v << "{nope} Joana Silva";
        QTest::newRow("unclosed brace") << "a {client" << v << "a {client";
        QTest::newRow("values are not expanded again")
            << "{client}" << Values { { "client", "{time}" }, { "time", "10:00" } } << "{time}";
        QTest::newRow("empty") << "" << v << "";
    }
    void testRender()
    {
        QFETCH(QString, text);
        QFETCH(Values, values);
        QFETCH(QString, expected);
        QCOMPARE(ReminderTemplates::render(text, values), expected);
    }

    void testBookingSchedulesTheThreeMessages()
    {
        TestStore t;
        SchedulingFixture f(*t);
        auto a = bookCut(f, f.client, "10:00");
        QVERIFY(a.ok());
        const auto m = byKind(*t, a->id);
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.value("confirmation").dueAtMsecs, t.clock().nowMsecsSinceEpoch());
        QCOMPARE(m.value("reminder").dueAtMsecs, f.at(kMonday, "10:00") - 24 * 3600000LL);
        QCOMPARE(m.value("follow_up").dueAtMsecs, f.at(kMonday, "11:00") + 24 * 3600000LL);
        QCOMPARE(m.value("reminder").channel, QStringLiteral("whatsapp"));
        QVERIFY(m.value("reminder").recipient.endsWith(QStringLiteral("987654321")));
        QVERIFY(m.value("confirmation").body.contains(QStringLiteral("Joana")));
        QVERIFY(m.value("confirmation").body.contains(QStringLiteral("Corte")));
        QVERIFY(m.value("confirmation").body.contains(QStringLiteral("Ana")));
        QCOMPARE(ReminderScheduler(*t).due(t.clock().nowMsecsSinceEpoch()).value().size(), 1);
    }

    void testRescheduleRewritesButNeverASentMessage()
    {
        TestStore t;
        SchedulingFixture f(*t);
        auto a = bookCut(f, f.client, "10:00");
        QVERIFY(a.ok());
        // The server delivered the confirmation (a synced status change).
        const Id confirmation
            = ReminderScheduler::messageId(a->id, ReminderTemplate::Kind::Confirmation);
        QVERIFY(t->transact([&] {
                     return t->writer().writeRecord(QStringLiteral("reminders"), confirmation,
                                                    { { "status", "sent" } });
                 }).ok());
        const QString sentBody = byKind(*t, a->id).value("confirmation").body;
        QVERIFY(AppointmentBook(*t).move(a->id, f.at(kMonday.addDays(1), "15:00"), {}, {}).ok());
        const auto m = byKind(*t, a->id);
        QCOMPARE(m.value("confirmation").status, QStringLiteral("sent"));
        QCOMPARE(m.value("confirmation").body, sentBody);
        QCOMPARE(m.value("reminder").dueAtMsecs,
                 f.at(kMonday.addDays(1), "15:00") - 24 * 3600000LL);

        QVERIFY(AppointmentBook(*t).cancel(a->id, QStringLiteral("Chuva")).ok());
        const auto after = byKind(*t, a->id);
        QCOMPARE(after.value("reminder").status, QStringLiteral("cancelled"));
        QCOMPARE(after.value("follow_up").status, QStringLiteral("cancelled"));
        QCOMPARE(after.value("cancellation").status, QStringLiteral("scheduled"));
    }

    void testTooLateToRemindIsSkipped()
    {
        TestStore t;
        SchedulingFixture f(*t);
        t.clock().set(f.at(kMonday, "08:00"));
        auto a = bookCut(f, f.client, "10:00");
        QVERIFY(a.ok());
        QCOMPARE(byKind(*t, a->id).value("reminder").status, QStringLiteral("skipped"));
    }

    void testPreferenceAndMissingContact()
    {
        TestStore t;
        SchedulingFixture f(*t);
        // Pedro has only an e-mail: messages go by e-mail.
        auto a = bookCut(f, f.otherClient, "14:00");
        QVERIFY(a.ok());
        QCOMPARE(byKind(*t, a->id).value("reminder").channel, QStringLiteral("email"));
        // A walk-in without a client record gets no messages.
        auto walkIn = bookCut(f, {}, "16:00");
        QVERIFY(walkIn.ok());
        QVERIFY(ReminderScheduler(*t).forAppointment(walkIn->id).value().isEmpty());
    }

    void testEditedTemplate()
    {
        TestStore t;
        SchedulingFixture f(*t);
        ReminderTemplates templates(*t);
        QVERIFY(!templates.effective(ReminderTemplate::Kind::Reminder).value().custom);
        ReminderTemplate custom = templates.effective(ReminderTemplate::Kind::Reminder).value();
        custom.body = QStringLiteral("Oi {first_name}! Amanhã {time} com {staff}.");
        custom.offsetMinutes = 120;
        QVERIFY(templates.save(custom).ok());
        auto a = bookCut(f, f.client, "10:00");
        const auto m = byKind(*t, a->id);
        QCOMPARE(m.value("reminder").dueAtMsecs, f.at(kMonday, "08:00"));
        QVERIFY(m.value("reminder").body.startsWith(QStringLiteral("Oi Joana! Amanhã ")));
        custom.body = QStringLiteral("  ");
        QCOMPARE(templates.save(custom).error().code, QStringLiteral("reminder.templateInvalid"));
        custom.body = QStringLiteral("x");
        custom.offsetMinutes = -5;
        QCOMPARE(templates.save(custom).error().code, QStringLiteral("reminder.offsetInvalid"));
        ReminderTemplate off = templates.effective(ReminderTemplate::Kind::FollowUp).value();
        off.active = false;
        QVERIFY(templates.save(off).ok());
        auto b = bookCut(f, f.client, "15:00");
        QVERIFY(!byKind(*t, b->id).contains(QStringLiteral("follow_up")));
    }
};

QTEST_GUILESS_MAIN(TestReminderScheduler)
#include "TestReminderScheduler.moc"
