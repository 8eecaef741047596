// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"
#include "conflicts/ConflictWording.h"
#include "conflicts/DuplicatePhoneCheck.h"

#include <QJsonArray>
#include <QTest>

using namespace Balcao;

class TestConflictWording : public QObject
{
    Q_OBJECT

private:
    static Conflict duplicatePhone(const QStringList &names)
    {
        Conflict conflict;
        conflict.kind = DuplicatePhoneCheck::kKind;
        QJsonArray clients;
        for (int i = 0; i < names.size(); ++i) {
            const QString id = QStringLiteral("id-%1").arg(i);
            conflict.subjectIds << id;
            clients.append(QJsonObject { { QStringLiteral("id"), id },
                                         { QStringLiteral("name"), names.at(i) } });
        }
        conflict.facts = QJsonObject { { QStringLiteral("phone"), QStringLiteral("11987654321") },
                                       { QStringLiteral("clients"), clients } };
        return conflict;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en"))));
    }

    void testDuplicatePhone_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("namesInWords");
        QTest::addColumn<QString>("keepAll");
        QTest::addRow("two") << QStringList { QStringLiteral("Ana"), QStringLiteral("Ana S") }
                             << QStringLiteral("2 clients with the phone 11987654321")
                             << QStringLiteral("Ana and Ana S") << QStringLiteral("Keep both");
        QTest::addRow("three") << QStringList { QStringLiteral("Ana"), QStringLiteral("Bia"),
                                                QStringLiteral("Cris") }
                               << QStringLiteral("3 clients with the phone 11987654321")
                               << QStringLiteral("Ana, Bia, and Cris")
                               << QStringLiteral("Keep all");
    }

    void testDuplicatePhone()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, title);
        QFETCH(QString, namesInWords);
        QFETCH(QString, keepAll);
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        const Conflict conflict = duplicatePhone(names);
        QCOMPARE(ConflictWording::title(conflict), title);
        const QString details = ConflictWording::details(conflict);
        QVERIFY2(details.startsWith(namesInWords
                                    + QStringLiteral(" have the same phone number, "
                                                     "11987654321.")),
                 qPrintable(details));
        QCOMPARE(ConflictWording::resolution(conflict, DuplicatePhoneCheck::kKeepBoth), keepAll);
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(ConflictWording::resolution(conflict,
                                                 DuplicatePhoneCheck::kKeepOnlyPrefix
                                                     + conflict.subjectIds.at(i)),
                     QStringLiteral("Keep only %1").arg(names.at(i)));
    }

    void testUnknownKindIsNamedNotHidden()
    {
        Conflict conflict;
        conflict.kind = QStringLiteral("booking.doubleBooked");
        QVERIFY(ConflictWording::title(conflict).contains(conflict.kind));
        QCOMPARE(ConflictWording::resolution(conflict, QStringLiteral("x")), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestConflictWording)
#include "TestConflictWording.moc"
