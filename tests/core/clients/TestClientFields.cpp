// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientFields.h"

#include <QTest>

using namespace Balcao;

class TestClientFields : public QObject
{
    Q_OBJECT

private slots:
    void testCleanTags_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<QStringList>("stored");
        QTest::addRow("none") << QStringList {} << QStringList {};
        QTest::addRow("trimmed, inner spaces collapsed")
            << QStringList { QStringLiteral("  cabelo   curto ") }
            << QStringList { QStringLiteral("cabelo curto") };
        QTest::addRow("empty ones dropped")
            << QStringList { QString(), QStringLiteral("  "), QStringLiteral("vip") }
            << QStringList { QStringLiteral("vip") };
        QTest::addRow("duplicates ignoring case, first spelling wins")
            << QStringList { QStringLiteral("Noivas"), QStringLiteral("noivas"),
                             QStringLiteral("NOIVAS ") }
            << QStringList { QStringLiteral("Noivas") };
        QTest::addRow("sorted ignoring case")
            << QStringList { QStringLiteral("manhã"), QStringLiteral("Alergia"),
                             QStringLiteral("coloração") }
            << QStringList { QStringLiteral("Alergia"), QStringLiteral("coloração"),
                             QStringLiteral("manhã") };
        QTest::addRow("accents make different tags")
            << QStringList { QStringLiteral("manha"), QStringLiteral("manhã") }
            << QStringList { QStringLiteral("manha"), QStringLiteral("manhã") };
    }
    void testCleanTags()
    {
        QFETCH(QStringList, typed);
        QFETCH(QStringList, stored);
        auto cleaned = ClientFields::cleanTags(typed);
        QVERIFY(cleaned.ok());
        QCOMPARE(*cleaned, stored);
        // Cleaning is stable, and the stored JSON reads back the same.
        QCOMPARE(*ClientFields::cleanTags(*cleaned), stored);
        QCOMPARE(ClientFields::tagsFromJson(ClientFields::tagsToJson(stored)), stored);
    }

    void testBadTags_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<QString>("code");
        QTest::addRow("comma") << QStringList { QStringLiteral("a,b") }
                               << QStringLiteral("client.tagInvalid");
        QTest::addRow("semicolon")
            << QStringList { QStringLiteral("a;b") } << QStringLiteral("client.tagInvalid");
        QTest::addRow("too long") << QStringList { QString(41, QLatin1Char('x')) }
                                  << QStringLiteral("client.tagTooLong");
        QStringList many;
        for (int i = 0; i < 31; ++i)
            many << QStringLiteral("t%1").arg(i);
        QTest::addRow("too many") << many << QStringLiteral("client.tooManyTags");
    }
    void testBadTags()
    {
        QFETCH(QStringList, typed);
        QFETCH(QString, code);
        auto cleaned = ClientFields::cleanTags(typed);
        QVERIFY(!cleaned.ok());
        QCOMPARE(cleaned.error().code, code);
        QVERIFY(!cleaned.error().message.isEmpty());
    }

    void testTagsStorage()
    {
        QCOMPARE(ClientFields::tagsToJson({}), QString());
        QCOMPARE(ClientFields::tagsToJson({ QStringLiteral("a\"b"), QStringLiteral("ç") }),
                 QStringLiteral("[\"a\\\"b\",\"ç\"]"));
        QCOMPARE(ClientFields::tagsFromJson(QString()), QStringList {});
        QCOMPARE(ClientFields::tagsFromJson(QStringLiteral("not json")), QStringList {});
        QCOMPARE(ClientFields::splitTags(QStringLiteral("vip, noivas;;manhã ")),
                 (QStringList { QStringLiteral("vip"), QStringLiteral(" noivas"),
                                QStringLiteral("manhã ") }));
    }

    void testCleanBirthday_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("blank") << QStringLiteral("  ") << QString();
        QTest::addRow("ISO") << QStringLiteral("1990-12-31") << QStringLiteral("1990-12-31");
        QTest::addRow("without year") << QStringLiteral("--12-31") << QStringLiteral("--12-31");
        QTest::addRow("29 February without year")
            << QStringLiteral("--02-29") << QStringLiteral("--02-29");
        QTest::addRow("29 February of a leap year")
            << QStringLiteral("2000-02-29") << QStringLiteral("2000-02-29");
        QTest::addRow("day first, slashes")
            << QStringLiteral("31/12/1990") << QStringLiteral("1990-12-31");
        QTest::addRow("day first, dots, one digit")
            << QStringLiteral("1.2.1985") << QStringLiteral("1985-02-01");
        QTest::addRow("day and month") << QStringLiteral("05/03") << QStringLiteral("--03-05");
        QTest::addRow("today") << QStringLiteral("2026-01-01") << QStringLiteral("2026-01-01");
        QTest::addRow("1900") << QStringLiteral("1900-01-01") << QStringLiteral("1900-01-01");
    }
    void testCleanBirthday()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        auto cleaned = ClientFields::cleanBirthday(typed, QDate(2026, 1, 1));
        QVERIFY2(cleaned.ok(), qPrintable(cleaned.ok() ? QString() : cleaned.error().message));
        QCOMPARE(*cleaned, stored);
    }

    void testBadBirthday_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::addRow("words") << QStringLiteral("amanhã")
                               << QStringLiteral("client.birthdayInvalid");
        QTest::addRow("month 13") << QStringLiteral("1990-13-01")
                                  << QStringLiteral("client.birthdayInvalid");
        QTest::addRow("31 April") << QStringLiteral("--04-31")
                                  << QStringLiteral("client.birthdayInvalid");
        QTest::addRow("29 February of 2001")
            << QStringLiteral("2001-02-29") << QStringLiteral("client.birthdayInvalid");
        QTest::addRow("month first (US)")
            << QStringLiteral("12/31/1990") << QStringLiteral("client.birthdayInvalid");
        QTest::addRow("two-digit year")
            << QStringLiteral("31/12/90") << QStringLiteral("client.birthdayInvalid");
        QTest::addRow("in the future")
            << QStringLiteral("2026-01-02") << QStringLiteral("client.birthdayOutOfRange");
        QTest::addRow("before 1900")
            << QStringLiteral("1899-12-31") << QStringLiteral("client.birthdayOutOfRange");
    }
    void testBadBirthday()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        auto cleaned = ClientFields::cleanBirthday(typed, QDate(2026, 1, 1));
        QVERIFY(!cleaned.ok());
        QCOMPARE(cleaned.error().code, code);
        QVERIFY(cleaned.error().message.contains(typed));
    }

    void testBirthdayInYear()
    {
        QCOMPARE(ClientFields::birthdayInYear(QStringLiteral("1990-12-31"), 2026),
                 QDate(2026, 12, 31));
        QCOMPARE(ClientFields::birthdayInYear(QStringLiteral("--03-05"), 2026), QDate(2026, 3, 5));
        QCOMPARE(ClientFields::birthdayInYear(QStringLiteral("--02-29"), 2026), QDate(2026, 2, 28));
        QCOMPARE(ClientFields::birthdayInYear(QStringLiteral("--02-29"), 2028), QDate(2028, 2, 29));
        QVERIFY(!ClientFields::birthdayInYear(QString(), 2026).isValid());
    }

    void testCommunicationPreference_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addRow("empty") << QString() << QString();
        for (const QString &p : ClientFields::communicationPreferences())
            QTest::addRow("%s", qPrintable(p)) << p << p;
        QTest::addRow("any case, spaces")
            << QStringLiteral(" WhatsApp ") << QStringLiteral("whatsapp");
        QTest::addRow("e-mail") << QStringLiteral("E-mail") << QStringLiteral("email");
        QTest::addRow("telefone") << QStringLiteral("Telefone") << QStringLiteral("phone");
        QTest::addRow("nenhum") << QStringLiteral("nenhum") << QStringLiteral("none");
    }
    void testCommunicationPreference()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        auto cleaned = ClientFields::cleanCommunicationPreference(typed);
        QVERIFY(cleaned.ok());
        QCOMPARE(*cleaned, stored);
    }

    void testUnknownCommunicationPreference()
    {
        auto cleaned = ClientFields::cleanCommunicationPreference(QStringLiteral("pigeon"));
        QVERIFY(!cleaned.ok());
        QCOMPARE(cleaned.error().code, QStringLiteral("client.preferenceInvalid"));
        QVERIFY(cleaned.error().message.contains(QStringLiteral("whatsapp")));
    }
};

QTEST_GUILESS_MAIN(TestClientFields)
#include "TestClientFields.moc"
