// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestStore.h"
#include "clients/ClientService.h"
#include "state/StateExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestStateExporter : public QObject
{
    Q_OBJECT

private slots:
    void testCanonicalFormIsSortedAndComplete()
    {
        TestStore t;
        t.initialiseBusiness();
        ClientDraft d;
        d.name = QStringLiteral("Zé");
        QVERIFY(ClientService(*t).create(d).ok());
        d.name = QStringLiteral("Ana");
        QVERIFY(ClientService(*t).create(d).ok());
        const QJsonObject state = StateExporter(t->database()).exportState();
        const QJsonObject tables = state.value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.keys(),
                 (QStringList { QStringLiteral("appointment_items"),
                                QStringLiteral("appointment_series"),
                                QStringLiteral("appointments"),
                                QStringLiteral("audit_events"),
                                QStringLiteral("cash_drawers"),
                                QStringLiteral("cash_movements"),
                                QStringLiteral("cash_shifts"),
                                QStringLiteral("client_account_entries"),
                                QStringLiteral("clients"),
                                QStringLiteral("conflicts"),
                                QStringLiteral("devices"),
                                QStringLiteral("gift_card_entries"),
                                QStringLiteral("gift_cards"),
                                QStringLiteral("locations"),
                                QStringLiteral("payments"),
                                QStringLiteral("product_barcodes"),
                                QStringLiteral("products"),
                                QStringLiteral("reminder_templates"),
                                QStringLiteral("reminders"),
                                QStringLiteral("resources"),
                                QStringLiteral("return_lines"),
                                QStringLiteral("returns"),
                                QStringLiteral("sale_lines"),
                                QStringLiteral("sales"),
                                QStringLiteral("service_categories"),
                                QStringLiteral("service_staff"),
                                QStringLiteral("services"),
                                QStringLiteral("settings"),
                                QStringLiteral("staff"),
                                QStringLiteral("staff_date_hours"),
                                QStringLiteral("staff_hours"),
                                QStringLiteral("staff_time_off"),
                                QStringLiteral("stock_movements"),
                                QStringLiteral("tax_classes"),
                                QStringLiteral("users") }));
        const QJsonArray clients = tables.value(QStringLiteral("clients")).toArray();
        QCOMPARE(clients.size(), 2);
        QVERIFY(clients.at(0).toObject().value(QStringLiteral("id")).toString()
                < clients.at(1).toObject().value(QStringLiteral("id")).toString());
        // Bookkeeping is not state.
        QVERIFY(!tables.contains(QStringLiteral("change_log")));
        QVERIFY(!tables.contains(QStringLiteral("column_versions")));
        QVERIFY(!tables.contains(QStringLiteral("local_meta")));
        QCOMPARE(StateExporter(t->database()).canonicalJson(),
                 QJsonDocument(state).toJson(QJsonDocument::Compact));
    }

    void testHashFollowsContentOnly()
    {
        TestStore a;
        const QString empty = StateExporter(a->database()).stateHash();
        QCOMPARE(empty.size(), 64);
        TestStore b;
        QCOMPARE(StateExporter(b->database()).stateHash(),
                 empty); // different keys, devices, files: same state
        ClientDraft d;
        d.name = QStringLiteral("Ana");
        auto ana = ClientService(*a).create(d);
        QVERIFY(ana.ok());
        const QString withAna = StateExporter(a->database()).stateHash();
        QVERIFY(withAna != empty);
        ClientDraft phone;
        phone.phone = QStringLiteral("11987654321");
        QVERIFY(ClientService(*a).update(ana->id, phone).ok());
        QVERIFY(StateExporter(a->database()).stateHash() != withAna);
        a.reopen();
        QCOMPARE(StateExporter(a->database()).stateHash(),
                 StateExporter(a->database()).stateHash());
    }
};

QTEST_GUILESS_MAIN(TestStateExporter)
#include "TestStateExporter.moc"
