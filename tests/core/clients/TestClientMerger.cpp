// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentFacts.h"
#include "ChangeApplier.h"
#include "ChangeOutbox.h"
#include "TestStore.h"
#include "clients/ClientMerger.h"
#include "clients/ClientMetrics.h"
#include "clients/ClientService.h"
#include "state/StateExporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestClientMerger : public QObject
{
    Q_OBJECT

private:
    static int changeCount(TestStore &t)
    {
        return static_cast<int>(scalar(*t, QStringLiteral("SELECT count(*) FROM change_log")));
    }
    static Client create(TestStore &t, const ClientDraft &d)
    {
        auto created = ClientService(*t).create(d);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        return *created;
    }

private slots:
    void testHistoryMovesAndFieldsFill()
    {
        TestStore t;
        ClientDraft s;
        s.name = QStringLiteral("Ana Souza");
        s.phone = QStringLiteral("11 98765-4321");
        s.notes = QStringLiteral("Prefere manhãs");
        s.tags = QStringList { QStringLiteral("noivas") };
        const Client survivor = create(t, s);
        ClientDraft d;
        d.name = QStringLiteral("Ana S.");
        d.phone = QStringLiteral("21 3333-4444");
        d.email = QStringLiteral("ana@example.com");
        d.notes = QStringLiteral("Alérgica a amônia");
        d.tags = QStringList { QStringLiteral("Noivas"), QStringLiteral("alergia") };
        d.vip = true;
        d.birthday = QStringLiteral("--05-03");
        d.communicationPreference = QStringLiteral("email");
        d.marketingConsent = true;
        const Client duplicate = create(t, d);

        AppointmentFacts facts(*t);
        const QDateTime when(QDate(2025, 11, 3), QTime(13, 0), Qt::UTC);
        const Id visit = facts.appointment(duplicate.id, when, QStringLiteral("completed"));
        const Id gone
            = facts.appointment(duplicate.id, when.addDays(7), QStringLiteral("booked"), {}, true);
        facts.appointment(survivor.id, when.addDays(14), QStringLiteral("completed"));
        const Id reminder = facts.reminder(duplicate.id, visit);
        const int changesBefore = changeCount(t);

        t.clock().advance(60'000);
        auto merged = ClientMerger(*t).merge(duplicate.id, survivor.id);
        QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error().message));
        QCOMPARE(merged->appointmentsMoved, 2); // the tombstone too
        QCOMPARE(merged->remindersMoved, 1);
        QCOMPARE(merged->fieldsFilled,
                 (QStringList { QStringLiteral("email"), QStringLiteral("birthday"),
                                QStringLiteral("communication_preference"), QStringLiteral("vip"),
                                QStringLiteral("tags") }));

        // The survivor keeps what it had and gains what it lacked.
        const Client after = merged->survivor;
        QCOMPARE(after.id, survivor.id);
        QCOMPARE(after.name, QStringLiteral("Ana Souza"));
        QCOMPARE(after.phone, QStringLiteral("+5511987654321"));
        QCOMPARE(after.notes, QStringLiteral("Prefere manhãs"));
        QCOMPARE(after.email, QStringLiteral("ana@example.com"));
        QCOMPARE(after.birthday, QStringLiteral("--05-03"));
        QCOMPARE(after.communicationPreference, QStringLiteral("email"));
        QVERIFY(after.vip);
        QCOMPARE(after.tags, (QStringList { QStringLiteral("alergia"), QStringLiteral("noivas") }));
        QVERIFY(!after.marketingConsent); // only the client gives consent
        QCOMPARE(*ClientService(*t).find(survivor.id), after);

        // The duplicate is a tombstone that says where it went.
        auto tomb = ClientService(*t).find(duplicate.id, true);
        QVERIFY(tomb->deleted);
        QCOMPARE(tomb->mergedInto, survivor.id);
        QCOMPARE(ClientService(*t).count().value(), 1);

        // Its history is the survivor's now.
        QCOMPARE(
            scalarText(*t,
                       QStringLiteral("SELECT count(*) FROM appointments WHERE client_id = '%1'")
                           .arg(survivor.id.toString())),
            QStringLiteral("3"));
        QCOMPARE(scalarText(*t,
                            QStringLiteral("SELECT client_id FROM appointments WHERE id = '%1'")
                                .arg(gone.toString())),
                 survivor.id.toString());
        QCOMPARE(scalarText(*t,
                            QStringLiteral("SELECT client_id FROM reminders WHERE id = '%1'")
                                .arg(reminder.toString())),
                 survivor.id.toString());
        QCOMPARE(ClientMetrics::compute(*t, survivor.id, QTimeZone::utc())->completed, 2);

        // Every change went through the writer (outbox), and one audit fact
        // says what moved.
        QVERIFY(changeCount(t) > changesBefore);
        const QJsonObject details
            = QJsonDocument::fromJson(
                  scalarText(*t,
                             QStringLiteral("SELECT details FROM audit_events WHERE action = "
                                            "'client.merged' AND subject_id = '%1'")
                                 .arg(survivor.id.toString()))
                      .toUtf8())
                  .object();
        QCOMPARE(details.value(QStringLiteral("duplicate_id")).toString(), duplicate.id.toString());
        QCOMPARE(details.value(QStringLiteral("appointments_moved")).toInt(), 2);
    }

    // A merge is changes like any other: another terminal gets the same result.
    void testTheMergeSyncs()
    {
        TestStore a;
        TestStore b(a.clock().nowMsecsSinceEpoch() + 500);
        ClientDraft d;
        d.name = QStringLiteral("Bia");
        const Client survivor = create(a, d);
        d.name = QStringLiteral("Beatriz");
        d.email = QStringLiteral("bia@example.com");
        const Client duplicate = create(a, d);
        const Id visit = AppointmentFacts(*a).appointment(
            duplicate.id, QDateTime(QDate(2025, 12, 1), QTime(12, 0), Qt::UTC),
            QStringLiteral("completed"));
        QVERIFY(ChangeApplier(*b).apply(ChangeOutbox(*a).pending()).ok());
        QVERIFY(ChangeOutbox(*a).acknowledgeUpTo(ChangeOutbox(*a).pending().last().seq).ok());

        a.clock().advance(10'000);
        QVERIFY(ClientMerger(*a).merge(duplicate.id, survivor.id).ok());
        QVERIFY(ChangeApplier(*b).apply(ChangeOutbox(*a).pending()).ok());
        QCOMPARE(StateExporter(b->database()).stateHash(),
                 StateExporter(a->database()).stateHash());
        QCOMPARE(scalarText(*b,
                            QStringLiteral("SELECT client_id FROM appointments WHERE id = '%1'")
                                .arg(visit.toString())),
                 survivor.id.toString());
        QCOMPARE(ClientService(*b).find(survivor.id)->email, QStringLiteral("bia@example.com"));
        QVERIFY(!ClientService(*b).find(duplicate.id).ok());
    }

    void testRefusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QString>("code");
        QTest::addRow("into itself")
            << QStringLiteral("self") << QStringLiteral("client.mergeSelf");
        QTest::addRow("into a deleted client")
            << QStringLiteral("deletedSurvivor") << QStringLiteral("client.mergeIntoDeleted");
        QTest::addRow("a deleted client")
            << QStringLiteral("deletedDuplicate") << QStringLiteral("client.mergeDeleted");
        QTest::addRow("an unknown client")
            << QStringLiteral("unknownDuplicate") << QStringLiteral("client.notFound");
        QTest::addRow("into an unknown client")
            << QStringLiteral("unknownSurvivor") << QStringLiteral("client.notFound");
    }
    void testRefusalsChangeNothing()
    {
        QFETCH(QString, case_);
        QFETCH(QString, code);
        TestStore t;
        ClientDraft d;
        d.name = QStringLiteral("Ana");
        Id survivor = create(t, d).id;
        d.name = QStringLiteral("Ana 2");
        Id duplicate = create(t, d).id;
        AppointmentFacts(*t).appointment(duplicate, QDateTime(QDate(2025, 1, 1), QTime(), Qt::UTC),
                                         QStringLiteral("completed"));
        if (case_ == QStringLiteral("self"))
            duplicate = survivor;
        else if (case_ == QStringLiteral("deletedSurvivor"))
            QVERIFY(ClientService(*t).remove(survivor).ok());
        else if (case_ == QStringLiteral("deletedDuplicate"))
            QVERIFY(ClientService(*t).remove(duplicate).ok());
        else if (case_ == QStringLiteral("unknownDuplicate"))
            duplicate = Id::generate();
        else
            survivor = Id::generate();
        const QString before = StateExporter(t->database()).stateHash();
        const int changes = changeCount(t);
        auto merged = ClientMerger(*t).merge(duplicate, survivor);
        QVERIFY(!merged.ok());
        QCOMPARE(merged.error().code, code);
        QVERIFY(!merged.error().message.isEmpty());
        QCOMPARE(StateExporter(t->database()).stateHash(), before);
        QCOMPARE(changeCount(t), changes);
    }
};

QTEST_GUILESS_MAIN(TestClientMerger)
#include "TestClientMerger.moc"
