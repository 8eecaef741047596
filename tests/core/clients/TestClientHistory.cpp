// SPDX-License-Identifier: GPL-3.0-or-later
#include "Amounts.h"
#include "AppointmentFacts.h"
#include "TestStore.h"
#include "clients/ClientHistory.h"
#include "clients/ClientService.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestClientHistory : public QObject
{
    Q_OBJECT

private slots:
    void testNewestFirstWithTheirServices()
    {
        TestStore t;
        ClientDraft d;
        d.name = QStringLiteral("Ana");
        const Id ana = ClientService(*t).create(d)->id;
        AppointmentFacts facts(*t);
        const Id corte = facts.service(QStringLiteral("Corte"));
        const Id escova = facts.service(QStringLiteral("Escova"));
        const QDateTime base(QDate(2026, 2, 2), QTime(13, 0), Qt::UTC);
        const Id first = facts.appointment(ana, base, QStringLiteral("completed"),
                                           { corte, escova }, false, 6000);
        const Id second
            = facts.appointment(ana, base.addDays(30), QStringLiteral("cancelled"), { corte });
        facts.appointment(ana, base.addDays(10), QStringLiteral("completed"), { corte }, true);
        facts.appointment(Id::generate(), base.addDays(5), QStringLiteral("completed"), { corte });
        // An item removed from a visit is not part of its history.
        facts.write(QStringLiteral("appointment_items"), Id::generate(),
                    { { QStringLiteral("appointment_id"), first.toString() },
                      { QStringLiteral("service_id"), escova.toString() },
                      { QStringLiteral("position"), 5 },
                      { QStringLiteral("deleted"), 1 } });
        const Id third
            = facts.appointment(ana, base.addDays(40), QStringLiteral("booked"), { escova });
        facts.write(QStringLiteral("appointments"), second,
                    { { QStringLiteral("cancel_reason"), QStringLiteral("Doente") } });

        auto visits = ClientHistory(*t).visits(ana);
        QVERIFY(visits.ok());
        QCOMPARE(visits->size(), 3);
        QCOMPARE(visits->at(0).appointmentId, third);
        QCOMPARE(visits->at(1).appointmentId, second);
        QCOMPARE(visits->at(1).status, QStringLiteral("cancelled"));
        QCOMPARE(visits->at(1).cancelReason, QStringLiteral("Doente"));
        QCOMPARE(visits->at(2).appointmentId, first);
        QCOMPARE(visits->at(2).startsAtMsecs, base.toMSecsSinceEpoch());
        QCOMPARE(visits->at(2).items.size(), 2);
        QCOMPARE(visits->at(2).items.at(0).serviceId, corte);
        QCOMPARE(visits->at(2).items.at(0).serviceName, QStringLiteral("Corte"));
        QCOMPARE(visits->at(2).items.at(1).serviceName, QStringLiteral("Escova"));
        QCOMPARE(visits->at(2).items.at(1).price, reais(6000));

        auto latest = ClientHistory(*t).visits(ana, 1);
        QVERIFY(latest.ok());
        QCOMPARE(latest->size(), 1);
        QCOMPARE(latest->first().items.size(), 1);
        QVERIFY(ClientHistory(*t).visits(Id::generate())->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientHistory)
#include "TestClientHistory.moc"
