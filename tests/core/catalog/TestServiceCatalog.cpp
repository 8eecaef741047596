// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals; the product code keeps the
// strict string casts.
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "TestStore.h"
#include "catalog/ServiceCatalog.h"
#include "locations/LocationService.h"
#include "settings/BusinessSettings.h"
#include "staff/StaffService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestServiceCatalog : public QObject
{
    Q_OBJECT

private slots:
    void testValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("blank name") << "name" << QVariant("  ") << "service.nameRequired";
        QTest::newRow("zero duration") << "duration" << QVariant(0) << "service.durationInvalid";
        QTest::newRow("over a day") << "duration" << QVariant(1441) << "service.durationInvalid";
        QTest::newRow("negative buffer") << "buffer" << QVariant(-5) << "service.bufferInvalid";
        QTest::newRow("negative price") << "price" << QVariant(-1) << "service.priceNegative";
        QTest::newRow("bad colour") << "color" << QVariant("red") << "service.colorInvalid";
        QTest::newRow("price of no currency")
            << "unfilled price" << QVariant(2500) << "service.priceNoCurrency";
        QTest::newRow("unknown staff") << "staff" << QVariant() << "staff.notFound";
    }
    void testValidation()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, error);
        TestStore t;
        t.initialiseBusiness();
        ServiceCatalog catalog(*t);
        ServiceDraft d;
        d.name = QStringLiteral("Corte");
        if (field == "name")
            d.name = value.toString();
        else if (field == "duration")
            d.durationMinutes = value.toInt();
        else if (field == "buffer")
            d.bufferAfterMinutes = value.toInt();
        else if (field == "price")
            d.price = reais(value.toLongLong());
        else if (field == "color")
            d.color = value.toString();
        else if (field == "unfilled price")
            d.price = Money(value.toLongLong(), Currency());
        else if (field == "staff")
            d.staffIds = QList<Id> { Id::generate() };
        auto created = catalog.create(d);
        QVERIFY(!created.ok());
        if (!error.isEmpty())
            QCOMPARE(created.error().code, error);
        QVERIFY(catalog.list(false)->isEmpty());
    }

    void testCatalogLifecycle()
    {
        TestStore t;
        t.initialiseBusiness();
        const Id location = LocationService(*t).list().first().id;
        StaffService staff(*t);
        const Id vet = staff.addMember(QStringLiteral("Dra. Lia"), location)->id;
        const Id nurse = staff.addMember(QStringLiteral("Caio"), location)->id;
        ServiceCatalog catalog(*t);
        auto clinic = catalog.addCategory(QStringLiteral("Clínica"), 1);
        auto grooming = catalog.addCategory(QStringLiteral("Banho e tosa"), 2);
        QVERIFY(clinic.ok() && grooming.ok());
        QCOMPARE(catalog.addCategory(QStringLiteral("clínica")).error().code,
                 QStringLiteral("category.nameTaken"));

        // A pet clinic's kinds of appointment are data, not code.
        ServiceDraft surgery;
        surgery.name = QStringLiteral("Castração");
        surgery.kind = QStringLiteral("surgery");
        surgery.categoryId = clinic->id;
        surgery.durationMinutes = 120;
        surgery.bufferBeforeMinutes = 30;
        surgery.bufferAfterMinutes = 45;
        surgery.price = reais(45000);
        surgery.resourceKind = QStringLiteral(" Surgery Room ");
        surgery.color = QStringLiteral("#AA3300");
        surgery.staffIds = QList<Id> { vet, nurse };
        auto created = catalog.create(surgery);
        QVERIFY(created.ok());
        QCOMPARE(created->kind, QStringLiteral("surgery"));
        QCOMPARE(created->resourceKind, QStringLiteral("surgery room"));
        QCOMPARE(created->color, QStringLiteral("#aa3300"));
        QCOMPARE(created->blockedMinutes(), 195);
        QCOMPARE(created->staffIds.size(), 2);

        ServiceDraft vaccine;
        vaccine.name = QStringLiteral("Vacina V10");
        vaccine.kind = QStringLiteral("vaccination");
        vaccine.categoryId = clinic->id;
        vaccine.durationMinutes = 15;
        vaccine.staffIds = QList<Id> { nurse };
        QVERIFY(catalog.create(vaccine).ok());

        ServiceDraft edit;
        edit.staffIds = QList<Id> { vet };
        edit.active = false;
        auto edited = catalog.update(created->id, edit);
        QVERIFY(edited.ok());
        QCOMPARE(edited->staffIds, QList<Id> { vet });
        QVERIFY(!edited->active);
        QCOMPARE(catalog.list()->size(), 1);
        QCOMPARE(catalog.list(false)->size(), 2);
        QCOMPARE(catalog.findByIdOrName(QStringLiteral("vacina v10"))->durationMinutes, 15);

        QCOMPARE(catalog.removeCategory(clinic->id).error().code,
                 QStringLiteral("category.notEmpty"));
        QVERIFY(catalog.removeCategory(grooming->id).ok());
        QCOMPARE(catalog.categories().value().size(), 1);
        QVERIFY(catalog.remove(created->id).ok());
        QCOMPARE(catalog.find(created->id).error().code, QStringLiteral("service.notFound"));
        // The (service, staff) pair row id is the same on every terminal.
        QCOMPARE(ServiceCatalog::serviceStaffId(created->id, vet),
                 ServiceCatalog::serviceStaffId(created->id, vet));
        QVERIFY(ServiceCatalog::serviceStaffId(created->id, vet)
                != ServiceCatalog::serviceStaffId(created->id, nurse));
    }

    // A business that sells in dollars prices its services in dollars
    // unless told otherwise (the column's default is BRL).
    void testNewServiceIsPricedInTheBusinessCurrency()
    {
        TestStore t;
        t.initialiseBusiness();
        QVERIFY(BusinessSettings(*t).setValue(BusinessSettings::kCurrency, "USD").ok());
        ServiceDraft d;
        d.name = "Haircut";
        auto created = ServiceCatalog(*t).create(d);
        QVERIFY(created.ok());
        QCOMPARE(created->price, Money::zero(currencyOf("USD")));
        // A price says its own currency.
        ServiceDraft priced;
        priced.name = "Corte";
        priced.price = reais(3500);
        auto inReais = ServiceCatalog(*t).create(priced);
        QVERIFY(inReais.ok());
        QCOMPARE(inReais->price, reais(3500));
    }
};

QTEST_GUILESS_MAIN(TestServiceCatalog)
#include "TestServiceCatalog.moc"
