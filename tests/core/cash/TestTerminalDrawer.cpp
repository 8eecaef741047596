// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "ShopFixture.h"
#include "TestStore.h"
#include "cash/ShiftService.h"
#include "cash/TerminalDrawer.h"
#include "locations/LocationService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// A second location of the business.
Location branch(LocalStore &store)
{
    return must(LocationService(store).create("Filial", "America/Sao_Paulo"), "location");
}

} // namespace

// Which drawer a terminal takes cash into: the location's default until the
// terminal chooses one, a choice that stays on this terminal.
class TestTerminalDrawer : public QObject
{
    Q_OBJECT

private slots:
    void testDefaultsToTheLocationsFirstDrawer()
    {
        TestStore t;
        ShopFixture f(*t);
        QCOMPARE(must(TerminalDrawer(*t).current(f.location), "current").id, f.drawer);
    }

    void testAChoiceIsRememberedAndNotSynced()
    {
        TestStore t;
        ShopFixture f(*t);
        const CashDrawer back
            = must(ShiftService(*t).createDrawer(f.location, "Caixa 2"), "drawer");
        const qint64 logBefore = rowCount(*t, "change_log");
        QVERIFY(TerminalDrawer(*t).choose(back.id).ok());
        QCOMPARE(rowCount(*t, "change_log"), logBefore);
        QCOMPARE(must(TerminalDrawer(*t).current(f.location), "current").id, back.id);
        // It survives a restart of the app.
        t.reopen();
        QCOMPARE(must(TerminalDrawer(*t).current(f.location), "current").id, back.id);
    }

    void testAChoiceAtAnotherLocationFallsBackToTheDefault()
    {
        TestStore t;
        ShopFixture f(*t);
        const Location other = branch(*t);
        const CashDrawer there = must(ShiftService(*t).createDrawer(other.id, "Caixa F"), "drawer");
        QVERIFY(TerminalDrawer(*t).choose(there.id).ok());
        QCOMPARE(must(TerminalDrawer(*t).current(f.location), "here").id, f.drawer);
        QCOMPARE(must(TerminalDrawer(*t).current(other.id), "there").id, there.id);
    }

    void testAnUnknownDrawerIsRefused()
    {
        TestStore t;
        ShopFixture f(*t);
        auto refused = TerminalDrawer(*t).choose(Id::generate(t->clock()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, "drawer.notFound");
        QCOMPARE(must(TerminalDrawer(*t).current(f.location), "current").id, f.drawer);
    }

    // A choice that cannot be read is an error, not "no choice": the cash
    // must not silently go to the default drawer.
    void testAnUnreadableChoiceIsAnError()
    {
        TestStore t;
        ShopFixture f(*t);
        const CashDrawer back
            = must(ShiftService(*t).createDrawer(f.location, "Caixa 2"), "drawer");
        QVERIFY(TerminalDrawer(*t).choose(back.id).ok());
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec("ALTER TABLE local_meta RENAME TO local_meta_gone"));
        auto current = TerminalDrawer(*t).current(f.location);
        QVERIFY(!current.ok());
        QCOMPARE(current.error().code, "storage.localMetaReadFailed");
        auto chosen = TerminalDrawer(*t).choose(back.id);
        QVERIFY(!chosen.ok());
        QCOMPARE(chosen.error().kind, Error::Kind::Storage);
    }

    void testALocationWithoutDrawerGetsOne()
    {
        TestStore t;
        ShopFixture f(*t);
        const Location other = branch(*t);
        const CashDrawer made = must(TerminalDrawer(*t).current(other.id), "current");
        QCOMPARE(made.locationId, other.id);
        QCOMPARE(ShiftService(*t).drawers(other.id).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTerminalDrawer)
#include "TestTerminalDrawer.moc"
