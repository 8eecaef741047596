// SPDX-License-Identifier: GPL-3.0-or-later
// Command lines read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "CtlProcess.h"
#include "MemorySecretStore.h"
#include "agenda/AgendaModel.h"
#include "agenda/AgendaPage.h"
#include "agenda/TerminalLocation.h"
#include "devices/DeviceRegistry.h"
#include "locations/LocationService.h"
#include "sales/CheckoutPage.h"
#include "security/DatabaseKeyProvider.h"
#include "storage/LocalStore.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;

// One terminal of a business with two locations, registered at the second
// (which is not the first by name): the real balcaoctl binary books an
// appointment and sells, and the desktop's agenda and checkout pages open
// on that store. All of them must name the terminal's location. (balcaoctl
// appointment used to take the business's first location while balcaoctl
// sale took the device's.)
class TestTerminalLocationAgreement : public QObject, private Balcao::Test::CtlDatabase
{
    Q_OBJECT

private:
    using Run = Balcao::Test::CtlRun;

    Run must(const QStringList &arguments)
    {
        const Run r = ctl(arguments + QStringList { "--json" });
        if (r.exitCode != 0)
            qFatal("balcaoctl %s: %s", qPrintable(arguments.join(' ')), r.err.constData());
        return r;
    }
    // The store as the desktop opens it: the same file, the same device.
    std::unique_ptr<LocalStore> open()
    {
        Balcao::Test::MemorySecretStore secrets;
        auto keys = DatabaseKeyProvider(secrets).candidateKeys(m_db, "uma frase secreta longa");
        if (!keys)
            qFatal("keys: %s", qPrintable(keys.error().message));
        auto store = LocalStore::openWithAnyKey(m_db, *keys, {});
        if (!store)
            qFatal("open: %s", qPrintable(store.error().message));
        return std::move(*store);
    }

private slots:
    void bookingSaleAndDesktopAgree()
    {
        m_db = m_dir.filePath("duas-lojas.db");
        must({ "init", "--business", "Salão Bela", "--location", "Centro", "--timezone",
               "America/Sao_Paulo", "--currency", "BRL" });

        // A second location, and this terminal moved to it: "Zona Sul" comes
        // after "Centro", so "the first location" is the wrong answer.
        Id zonaSul;
        Id centro;
        {
            auto store = open();
            auto sul = LocationService(*store).create("Zona Sul", "America/Sao_Paulo");
            QVERIFY(sul.ok());
            zonaSul = sul->id;
            QVERIFY(DeviceRegistry(*store).registerThisDevice("Caixa 1", zonaSul).ok());
            auto first = LocationService(*store).first();
            QVERIFY(first.ok() && first->has_value());
            centro = (*first)->id;
            QCOMPARE((*first)->name, "Centro");
        }
        QVERIFY(centro != zonaSul);

        // Set up and book the way a script at this terminal would.
        const Run ana = must({ "staff", "add", "--name", "Ana" });
        QCOMPARE(ana.object().value("id").toString().isEmpty(), false);
        for (int weekday = 1; weekday <= 6; ++weekday)
            must({ "staff", "hours", "--staff", "Ana", "--weekday", QString::number(weekday),
                   "--hours", "09:00-18:00" });
        must({ "service", "add", "--name", "Corte", "--duration", "60", "--price", "80", "--staff",
               "Ana" });
        must({ "product", "add", "--name", "Gel fixador", "--sku", "GEL", "--price", "10",
               "--no-stock" });
        const Run booked = ctl({ "appointment", "book", "--service", "Corte", "--start",
                                 "2026-01-05T10:00", "--staff", "Ana", "--json" });
        const Run sold
            = ctl({ "sale", "create", "--line", "GEL", "--pay", "card:10.00:AUT1", "--json" });
        QVERIFY2(sold.exitCode == 0, sold.err.constData());

        // The desktop's answer: where its agenda and checkout open.
        auto store = open();
        AgendaPage agenda(*store);
        CheckoutPage checkout(*store);
        const auto here = terminalLocation(*store);
        QVERIFY(here.ok());

        const QString expected = zonaSul.toString();
        QCOMPARE(here->id.toString(), expected);
        QCOMPARE(agenda.model()->location().id.toString(), expected);
        QCOMPARE(checkout.locationId().toString(), expected);
        QCOMPARE(sold.object().value("location_id").toString(), expected);
        QVERIFY2(booked.exitCode == 0, booked.err.constData());
        QCOMPARE(booked.object().value("location_id").toString(), expected);
        QVERIFY(expected != centro.toString());
    }
};

QTEST_MAIN(TestTerminalLocationAgreement)
#include "TestTerminalLocationAgreement.moc"
