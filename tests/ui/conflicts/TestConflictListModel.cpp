// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestTerminal.h"
#include "Translations.h"
#include "conflicts/ConflictInbox.h"
#include "conflicts/ConflictListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestConflictListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en"))));
        QLocale::setDefault(QLocale(QStringLiteral("en_US"))); // how a list of names is joined
    }

    void testEmptyInbox()
    {
        TestStore store;
        ConflictListModel model(*store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }

    void testListsTheOpenConflictsAndFollowsTheInbox()
    {
        ServerFixture server(QStringLiteral("sqlite"));
        QVERIFY(server.ok());
        TestTerminal a;
        TestTerminal b;
        QVERIFY(makeDuplicatePhoneConflict(server, a, b));

        ConflictListModel model(*a.store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex first = model.index(0, 0);
        const Conflict conflict = model.conflictAt(0);
        // The phone as the core stores it, which the conflict's facts carry.
        QCOMPARE(first.data().toString(),
                 QStringLiteral("2 clients with the phone %1")
                     .arg(conflict.facts.value(QStringLiteral("phone")).toString()));
        QVERIFY(conflict.facts.value(QStringLiteral("phone"))
                    .toString()
                    .endsWith(QStringLiteral("11987654321")));
        const QString details = first.data(Qt::ToolTipRole).toString();
        QVERIFY2(details.contains(QStringLiteral("Ana and Ana S")), qPrintable(details));
        QCOMPARE(first.data(ConflictListModel::IdRole).toString(), conflict.id.toString());
        QCOMPARE(model.rowOf(conflict.id), 0);

        QVERIFY(ConflictInbox(*a.store).resolve(conflict.id, QStringLiteral("keepBoth")).ok());
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(conflict.id), -1);
    }
};

QTEST_GUILESS_MAIN(TestConflictListModel)
#include "TestConflictListModel.moc"
