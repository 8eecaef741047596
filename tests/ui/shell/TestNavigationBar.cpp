// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/NavigationBar.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Balcao;

class TestNavigationBar : public QObject
{
    Q_OBJECT

private slots:
    void testAreasComeDisabledWithATooltip_data();
    void testAreasComeDisabledWithATooltip();
    void testOnlyAvailableAreasCanBeSelected();
    void testKeyboardSkipsUnavailableAreas();
};

void TestNavigationBar::testAreasComeDisabledWithATooltip_data()
{
    QTest::addColumn<NavigationBar::Area>("area");
    QTest::addColumn<QString>("label");
    QTest::newRow("Agenda") << NavigationBar::Area::Agenda << QStringLiteral("Agenda");
    QTest::newRow("Checkout") << NavigationBar::Area::Checkout << QStringLiteral("Checkout");
    QTest::newRow("Sales") << NavigationBar::Area::Sales << QStringLiteral("Sales");
    QTest::newRow("Inventory") << NavigationBar::Area::Inventory << QStringLiteral("Inventory");
    QTest::newRow("Reports") << NavigationBar::Area::Reports << QStringLiteral("Reports");
    QTest::newRow("Conflicts") << NavigationBar::Area::Conflicts << QStringLiteral("Conflicts");
    QTest::newRow("Settings") << NavigationBar::Area::Settings << QStringLiteral("Settings");
}

void TestNavigationBar::testAreasComeDisabledWithATooltip()
{
    QFETCH(NavigationBar::Area, area);
    QFETCH(QString, label);
    NavigationBar bar;
    bar.setAvailable(NavigationBar::Area::Clients, true);
    QVERIFY(!bar.isAvailable(area));
    const QList<QListWidgetItem *> items = bar.list()->findItems(label, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first()->flags().testFlag(Qt::ItemIsEnabled));
    QCOMPARE(items.first()->toolTip(),
             QStringLiteral("%1 arrives in a later version of Balcão.").arg(label));
    // The one real area has no "later" tooltip.
    const QListWidgetItem *clients
        = bar.list()->findItems(QStringLiteral("Clients"), Qt::MatchExactly).first();
    QVERIFY(clients->flags().testFlag(Qt::ItemIsEnabled));
    QVERIFY(clients->toolTip().isEmpty());
}

void TestNavigationBar::testOnlyAvailableAreasCanBeSelected()
{
    NavigationBar bar;
    QSignalSpy selected(&bar, &NavigationBar::areaSelected);
    bar.select(NavigationBar::Area::Reports);
    QCOMPARE(selected.count(), 0);
    bar.setAvailable(NavigationBar::Area::Clients, true);
    bar.select(NavigationBar::Area::Clients);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().value<NavigationBar::Area>(), NavigationBar::Area::Clients);
    QCOMPARE(bar.current(), NavigationBar::Area::Clients);
}

void TestNavigationBar::testKeyboardSkipsUnavailableAreas()
{
    NavigationBar bar;
    bar.setAvailable(NavigationBar::Area::Clients, true);
    bar.setAvailable(NavigationBar::Area::Reports, true);
    bar.select(NavigationBar::Area::Clients);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.list()->setFocus();
    QTest::keyClick(bar.list(), Qt::Key_Down);
    QCOMPARE(bar.current(), NavigationBar::Area::Reports);
}

QTEST_MAIN(TestNavigationBar)
#include "TestNavigationBar.moc"
