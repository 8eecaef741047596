// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/PhoneNumber.h"

#include <QTest>

using namespace Balcao;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void testNormalisesToE164_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        const QString br = QStringLiteral("BR");
        const QString mobile = QStringLiteral("+5511987654321");
        // Brazil: every way the same mobile is written at a front desk.
        QTest::addRow("national, punctuated") << QStringLiteral("(11) 98765-4321") << br << mobile;
        QTest::addRow("digits only") << QStringLiteral("11987654321") << br << mobile;
        QTest::addRow("international") << QStringLiteral("+55 11 98765-4321") << br << mobile;
        QTest::addRow("international, brackets")
            << QStringLiteral("+55 (11) 98765.4321") << br << mobile;
        QTest::addRow("country code without +")
            << QStringLiteral("55 11 98765 4321") << br << mobile;
        QTest::addRow("trunk 0") << QStringLiteral("0 11 98765-4321") << br << mobile;
        QTest::addRow("trunk 0, no space") << QStringLiteral("011987654321") << br << mobile;
        QTest::addRow("carrier placeholder") << QStringLiteral("0xx11 98765-4321") << br << mobile;
        QTest::addRow("carrier placeholder, capitals")
            << QStringLiteral("0XX (11) 98765-4321") << br << mobile;
        QTest::addRow("carrier 15") << QStringLiteral("015 11 98765-4321") << br << mobile;
        QTest::addRow("carrier 21, no spaces") << QStringLiteral("02111987654321") << br << mobile;
        QTest::addRow("trunk in brackets after +55")
            << QStringLiteral("+55 (0) 11 98765-4321") << br << mobile;
        QTest::addRow("surrounding spaces") << QStringLiteral("  11 98765 4321 ") << br << mobile;
        QTest::addRow("non-breaking spaces")
            << QStringLiteral("11\u00A098765\u00A04321") << br << mobile;
        // The ninth digit: old 8-digit mobiles (subscriber starting 6 to 9).
        QTest::addRow("old mobile, punctuated") << QStringLiteral("(11) 8765-4321") << br << mobile;
        QTest::addRow("old mobile, digits") << QStringLiteral("11 87654321") << br << mobile;
        QTest::addRow("old mobile, international")
            << QStringLiteral("+55 11 8765 4321") << br << mobile;
        QTest::addRow("old mobile starting 6")
            << QStringLiteral("(21) 6123-4567") << br << QStringLiteral("+5521961234567");
        QTest::addRow("old mobile starting 7")
            << QStringLiteral("81 7123 4567") << br << QStringLiteral("+5581971234567");
        QTest::addRow("old mobile, carrier")
            << QStringLiteral("0 41 31 9123-4567") << br << QStringLiteral("+5531991234567");
        // Landlines (subscriber starting 2 to 5) keep their 8 digits.
        QTest::addRow("landline 3")
            << QStringLiteral("(11) 3333-4444") << br << QStringLiteral("+551133334444");
        QTest::addRow("landline 2")
            << QStringLiteral("21 2555 1234") << br << QStringLiteral("+552125551234");
        QTest::addRow("landline 4, trunk")
            << QStringLiteral("0 19 4004-1234") << br << QStringLiteral("+551940041234");
        QTest::addRow("landline 5, international")
            << QStringLiteral("+55 51 5123-4567") << br << QStringLiteral("+555151234567");
        QTest::addRow("area code 55 is not the country code")
            << QStringLiteral("(55) 99123-4567") << br << QStringLiteral("+5555991234567");
        QTest::addRow("area code 55, old mobile")
            << QStringLiteral("55 9123 4567") << br << QStringLiteral("+5555991234567");
        // Other countries, written with + from Brazil: taken as they are.
        QTest::addRow("Portugal") << QStringLiteral("+351 912 345 678") << br
                                  << QStringLiteral("+351912345678");
        QTest::addRow("Portugal, 00 and carrier from Brazil")
            << QStringLiteral("0021 351 912 345 678") << br << QStringLiteral("+351912345678");
        QTest::addRow("United States")
            << QStringLiteral("+1 (212) 555-1234") << br << QStringLiteral("+12125551234");
        QTest::addRow("United Kingdom, (0)")
            << QStringLiteral("+44 (0)20 7946 0018") << br << QStringLiteral("+442079460018");
        QTest::addRow("Italy keeps its 0")
            << QStringLiteral("+39 06 1234 5678") << br << QStringLiteral("+390612345678");
        QTest::addRow("Germany, length unknown here")
            << QStringLiteral("+49 30 123456") << br << QStringLiteral("+4930123456");
        QTest::addRow("Argentina mobile")
            << QStringLiteral("+54 9 11 2345-6789") << br << QStringLiteral("+5491123456789");
        QTest::addRow("three-digit code")
            << QStringLiteral("+244 923 456 789") << br << QStringLiteral("+244923456789");
        // A business elsewhere: national numbers of its own country.
        QTest::addRow("Portugal at home") << QStringLiteral("912 345 678") << QStringLiteral("PT")
                                          << QStringLiteral("+351912345678");
        QTest::addRow("US at home") << QStringLiteral("(212) 555-1234") << QStringLiteral("US")
                                    << QStringLiteral("+12125551234");
        QTest::addRow("US at home, trunk 1")
            << QStringLiteral("1 212 555 1234") << QStringLiteral("US")
            << QStringLiteral("+12125551234");
        QTest::addRow("France at home, trunk 0")
            << QStringLiteral("06 12 34 56 78") << QStringLiteral("FR")
            << QStringLiteral("+33612345678");
        QTest::addRow("France at home, 00 for Brazil")
            << QStringLiteral("00 55 11 98765 4321") << QStringLiteral("FR") << mobile;
        QTest::addRow("region in lower case")
            << QStringLiteral("11 98765-4321") << QStringLiteral("br") << mobile;
        // Every country libphonenumber knows, at home and from abroad.
        const QString us = QStringLiteral("US");
        QTest::addRow("US, international prefix 011 for Brazil")
            << QStringLiteral("011 55 11 98765 4321") << us << mobile;
        QTest::addRow("US from Brazil, without punctuation")
            << QStringLiteral("+12125551234") << br << QStringLiteral("+12125551234");
        QTest::addRow("Portugal at home, landline")
            << QStringLiteral("21 234 5678") << QStringLiteral("PT")
            << QStringLiteral("+351212345678");
        QTest::addRow("United Kingdom at home, London")
            << QStringLiteral("020 7946 0018") << QStringLiteral("GB")
            << QStringLiteral("+442079460018");
        QTest::addRow("United Kingdom at home, mobile")
            << QStringLiteral("07400 123456") << QStringLiteral("GB")
            << QStringLiteral("+447400123456");
        QTest::addRow("Argentina at home, Buenos Aires landline")
            << QStringLiteral("11 2345-6789") << QStringLiteral("AR")
            << QStringLiteral("+541123456789");
        QTest::addRow("Argentina at home, mobile dialled with 0 and 15")
            << QStringLiteral("011 15-2345-6789") << QStringLiteral("AR")
            << QStringLiteral("+5491123456789");
        QTest::addRow("Germany at home, Berlin")
            << QStringLiteral("030 123456") << QStringLiteral("DE")
            << QStringLiteral("+4930123456");
        QTest::addRow("Germany at home, mobile")
            << QStringLiteral("0151 23456789") << QStringLiteral("DE")
            << QStringLiteral("+4915123456789");
        QTest::addRow("Italy at home keeps its 0")
            << QStringLiteral("06 1234 5678") << QStringLiteral("IT")
            << QStringLiteral("+390612345678");
        QTest::addRow("Spain at home") << QStringLiteral("612 34 56 78") << QStringLiteral("ES")
                                       << QStringLiteral("+34612345678");
        QTest::addRow("Mexico at home") << QStringLiteral("55 1234 5678") << QStringLiteral("MX")
                                        << QStringLiteral("+525512345678");
        QTest::addRow("Russia at home, trunk 8")
            << QStringLiteral("8 (912) 345-67-89") << QStringLiteral("RU")
            << QStringLiteral("+79123456789");
        QTest::addRow("Japan from Brazil")
            << QStringLiteral("+81 3-1234-5678") << br << QStringLiteral("+81312345678");
        QTest::addRow("Kenya at home, once unknown here")
            << QStringLiteral("0712 345 678") << QStringLiteral("KE")
            << QStringLiteral("+254712345678");
        QTest::addRow("South Africa from Brazil")
            << QStringLiteral("+27 21 123 4567") << br << QStringLiteral("+27211234567");
    }
    void testNormalisesToE164()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        auto parsed = PhoneNumber::parse(typed, region);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->e164(), e164);
        // Normalising the normalised form changes nothing.
        QCOMPARE(PhoneNumber::parse(e164, region)->e164(), e164);
    }

    void testRefusesWhatIsNotANumber_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("code");
        const QString br = QStringLiteral("BR");
        QTest::addRow("empty") << QString() << br << QStringLiteral("phone.empty");
        QTest::addRow("punctuation only")
            << QStringLiteral("( ) -") << br << QStringLiteral("phone.empty");
        QTest::addRow("letters") << QStringLiteral("11 9abc-1234") << br
                                 << QStringLiteral("phone.characters");
        QTest::addRow("extension")
            << QStringLiteral("11 3333-4444 ramal 12") << br << QStringLiteral("phone.characters");
        QTest::addRow("plus inside")
            << QStringLiteral("11+98765432") << br << QStringLiteral("phone.plus");
        QTest::addRow("two pluses")
            << QStringLiteral("++55 11 98765-4321") << br << QStringLiteral("phone.plus");
        QTest::addRow("no area code, mobile")
            << QStringLiteral("98765-4321") << br << QStringLiteral("phone.missingAreaCode");
        QTest::addRow("no area code, landline")
            << QStringLiteral("3333-4444") << br << QStringLiteral("phone.missingAreaCode");
        QTest::addRow("too short")
            << QStringLiteral("12345") << br << QStringLiteral("phone.length");
        QTest::addRow("too long") << QStringLiteral("11 98765-4321 99") << br
                                  << QStringLiteral("phone.length");
        QTest::addRow("area code 10")
            << QStringLiteral("(10) 98765-4321") << br << QStringLiteral("phone.areaCode");
        QTest::addRow("area code 20")
            << QStringLiteral("(20) 3333-4444") << br << QStringLiteral("phone.areaCode");
        QTest::addRow("toll-free 0800")
            << QStringLiteral("0800 123 4567") << br << QStringLiteral("phone.areaCode");
        QTest::addRow("9 digits not starting with 9")
            << QStringLiteral("(11) 88765-4321") << br << QStringLiteral("phone.subscriber");
        QTest::addRow("8 digits starting with 1")
            << QStringLiteral("(11) 1234-5678") << br << QStringLiteral("phone.subscriber");
        QTest::addRow("8 digits starting with 0")
            << QStringLiteral("+55 11 0234-5678") << br << QStringLiteral("phone.subscriber");
        QTest::addRow("+55 too short")
            << QStringLiteral("+55 11 9876") << br << QStringLiteral("phone.length");
        QTest::addRow("unknown country code")
            << QStringLiteral("+0 123 456 789") << br << QStringLiteral("phone.countryCode");
        QTest::addRow("spare country code")
            << QStringLiteral("+28 123 456 789") << br << QStringLiteral("phone.countryCode");
        QTest::addRow("NANP exchange starting 1")
            << QStringLiteral("+1 212 155 1234") << br << QStringLiteral("phone.invalid");
        QTest::addRow("NANP area code 555 is not assigned")
            << QStringLiteral("(555) 555-1234") << QStringLiteral("US")
            << QStringLiteral("phone.invalid");
        QTest::addRow("US without its area code")
            << QStringLiteral("555-1234") << QStringLiteral("US")
            << QStringLiteral("phone.missingAreaCode");
        QTest::addRow("Portugal, no number starts with 1")
            << QStringLiteral("+351 112 345 678") << br << QStringLiteral("phone.invalid");
        QTest::addRow("Portugal at home, too short")
            << QStringLiteral("12 345") << QStringLiteral("PT") << QStringLiteral("phone.length");
        QTest::addRow("United Kingdom too short, written with +44")
            << QStringLiteral("+44 20 7946") << br << QStringLiteral("phone.length");
        QTest::addRow("Argentina too short")
            << QStringLiteral("+54 11 2345 678") << br << QStringLiteral("phone.length");
        QTest::addRow("Germany, no such number")
            << QStringLiteral("030 12") << QStringLiteral("DE") << QStringLiteral("phone.invalid");
        QTest::addRow("international prefix, then no country")
            << QStringLiteral("00 28 123 456 789") << QStringLiteral("FR")
            << QStringLiteral("phone.countryCode");
        QTest::addRow("Portugal too long")
            << QStringLiteral("+351 912 345 6789") << br << QStringLiteral("phone.length");
        QTest::addRow("over 15 digits")
            << QStringLiteral("+49 301234567890123") << br << QStringLiteral("phone.length");
        QTest::addRow("national number, unknown region")
            << QStringLiteral("0712 345 678") << QStringLiteral("XX")
            << QStringLiteral("phone.noCountry");
        QTest::addRow("national number, no region")
            << QStringLiteral("0712 345 678") << QString() << QStringLiteral("phone.noCountry");
    }
    void testRefusesWhatIsNotANumber()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, code);
        auto parsed = PhoneNumber::parse(typed, region);
        QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->e164() : QString()));
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
        // The message names what was typed, so the user sees which field.
        QVERIFY2(parsed.error().message.contains(QLatin1Char('"') + typed + QLatin1Char('"')),
                 qPrintable(parsed.error().message));
    }

    void testDisplay_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("shown");
        QTest::addRow("Brazilian mobile at home")
            << QStringLiteral("+5511987654321") << QStringLiteral("BR")
            << QStringLiteral("(11) 98765-4321");
        QTest::addRow("Brazilian landline at home")
            << QStringLiteral("+551133334444") << QStringLiteral("BR")
            << QStringLiteral("(11) 3333-4444");
        QTest::addRow("Brazilian mobile abroad")
            << QStringLiteral("+5511987654321") << QStringLiteral("PT")
            << QStringLiteral("+55 11 98765-4321");
        // libphonenumber groups the digits as each country writes them.
        QTest::addRow("Portuguese number in Brazil")
            << QStringLiteral("+351912345678") << QStringLiteral("BR")
            << QStringLiteral("+351 912 345 678");
        QTest::addRow("Portuguese number at home")
            << QStringLiteral("+351912345678") << QStringLiteral("PT")
            << QStringLiteral("912 345 678");
        QTest::addRow("US number in Brazil")
            << QStringLiteral("+12125551234") << QStringLiteral("BR")
            << QStringLiteral("+1 212-555-1234");
        QTest::addRow("US number at home") << QStringLiteral("+12125551234") << QStringLiteral("US")
                                           << QStringLiteral("(212) 555-1234");
        QTest::addRow("French number at home, with its trunk 0")
            << QStringLiteral("+33612345678") << QStringLiteral("FR")
            << QStringLiteral("06 12 34 56 78");
        QTest::addRow("British number in Brazil")
            << QStringLiteral("+442079460018") << QStringLiteral("BR")
            << QStringLiteral("+44 20 7946 0018");
        QTest::addRow("Canadian number in the US: the same plan, shown national")
            << QStringLiteral("+14165550123") << QStringLiteral("US")
            << QStringLiteral("(416) 555-0123");
    }
    void testDisplay()
    {
        QFETCH(QString, e164);
        QFETCH(QString, home);
        QFETCH(QString, shown);
        QCOMPARE(PhoneNumber::display(e164, home), shown);
    }

    // The national and international forms of each country, and both read
    // back to the E.164 form that is stored.
    void testFormats_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("national");
        QTest::addColumn<QString>("international");
        auto row = [](const char *name, const char *e164, const char *region, const char *national,
                      const char *international) {
            QTest::addRow("%s", name)
                << QString::fromUtf8(e164) << QString::fromUtf8(region)
                << QString::fromUtf8(national) << QString::fromUtf8(international);
        };
        row("BR mobile", "+5511987654321", "BR", "(11) 98765-4321", "+55 11 98765-4321");
        row("BR landline", "+552125551234", "BR", "(21) 2555-1234", "+55 21 2555-1234");
        row("US", "+12125551234", "US", "(212) 555-1234", "+1 212-555-1234");
        row("PT mobile", "+351912345678", "PT", "912 345 678", "+351 912 345 678");
        row("PT landline", "+351212345678", "PT", "21 234 5678", "+351 21 234 5678");
        row("GB London", "+442079460018", "GB", "020 7946 0018", "+44 20 7946 0018");
        row("GB mobile", "+447400123456", "GB", "07400 123456", "+44 7400 123456");
        row("AR landline", "+541123456789", "AR", "011 2345-6789", "+54 11 2345-6789");
        row("AR mobile", "+5491123456789", "AR", "011 15-2345-6789", "+54 9 11 2345-6789");
        row("DE Berlin", "+4930123456", "DE", "030 123456", "+49 30 123456");
        row("DE mobile", "+4915123456789", "DE", "01512 3456789", "+49 1512 3456789");
        row("FR mobile", "+33612345678", "FR", "06 12 34 56 78", "+33 6 12 34 56 78");
        row("IT Rome", "+390612345678", "IT", "06 1234 5678", "+39 06 1234 5678");
        row("JP Tokyo", "+81312345678", "JP", "03-1234-5678", "+81 3-1234-5678");
        row("AO mobile", "+244923456789", "AO", "923 456 789", "+244 923 456 789");
    }
    void testFormats()
    {
        QFETCH(QString, e164);
        QFETCH(QString, region);
        QFETCH(QString, national);
        QFETCH(QString, international);
        auto stored = PhoneNumber::parse(e164, region);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        QCOMPARE(stored->toNational(), national);
        QCOMPARE(stored->toInternational(), international);
        QCOMPARE(stored->toDisplay(region), national);
        QCOMPARE(PhoneNumber::display(e164, region), national);
        // What is shown is what a user may type back, at home and from abroad.
        auto fromNational = PhoneNumber::parse(national, region);
        QVERIFY2(fromNational.ok(),
                 qPrintable(fromNational.ok() ? QString() : fromNational.error().message));
        QCOMPARE(fromNational->e164(), e164);
        auto fromInternational = PhoneNumber::parse(international, QStringLiteral("BR"));
        QVERIFY2(
            fromInternational.ok(),
            qPrintable(fromInternational.ok() ? QString() : fromInternational.error().message));
        QCOMPARE(fromInternational->e164(), e164);
        QCOMPARE(*fromInternational, *stored);
    }

    // Phones already stored (E.164, written by the hand-made parser this one
    // replaced) read back unchanged, so stored values, duplicate keys and the
    // state hash stay as they are.
    void testStoredNumbersKeepTheirValue_data()
    {
        QTest::addColumn<QString>("stored");
        for (const char *e164 :
             { "+5511987654321", "+551133334444", "+5555991234567", "+5521961234567",
               "+555151234567", "+551940041234", "+351912345678", "+12125551234", "+442079460018",
               "+390612345678", "+4930123456", "+5491123456789", "+244923456789", "+33612345678" })
            QTest::addRow("%s", e164) << QString::fromLatin1(e164);
    }
    void testStoredNumbersKeepTheirValue()
    {
        QFETCH(QString, stored);
        for (const QString &home :
             { QStringLiteral("BR"), QStringLiteral("PT"), QStringLiteral("US") }) {
            auto parsed = PhoneNumber::parse(stored, home);
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
            QCOMPARE(parsed->e164(), stored);
        }
    }

    void testDisplayOfAnOldUnparseableValueIsTheValue()
    {
        QCOMPARE(PhoneNumber::display(QStringLiteral("12345")), QStringLiteral("12345"));
        QCOMPARE(PhoneNumber::display(QString()), QString());
        // An old row written before normalisation is shown normalised.
        QCOMPARE(PhoneNumber::display(QStringLiteral("1187654321")),
                 QStringLiteral("(11) 98765-4321"));
    }

    void testParts()
    {
        auto n = PhoneNumber::parse(QStringLiteral("+55 11 98765-4321"));
        QVERIFY(n.ok());
        QCOMPARE(n->countryCode(), 55);
        QCOMPARE(n->nationalNumber(), QStringLiteral("11987654321"));
        QCOMPARE(n->toNational(), QStringLiteral("(11) 98765-4321"));
        QCOMPARE(n->toInternational(), QStringLiteral("+55 11 98765-4321"));
        QVERIFY(*n == *PhoneNumber::parse(QStringLiteral("(11) 8765-4321")));
    }

    void testRegionOfLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("region");
        QTest::addRow("Brazil") << QStringLiteral("pt_BR") << QStringLiteral("BR");
        QTest::addRow("Portugal") << QStringLiteral("pt_PT") << QStringLiteral("PT");
        QTest::addRow("US") << QStringLiteral("en_US") << QStringLiteral("US");
        QTest::addRow("Kenya") << QStringLiteral("sw_KE") << QStringLiteral("KE");
        QTest::addRow("a language without a country") << QStringLiteral("eo") << QString();
        QTest::addRow("nonsense") << QStringLiteral("xx_YY") << QString();
        QTest::addRow("empty") << QString() << QString();
    }
    void testRegionOfLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, region);
        QCOMPARE(PhoneNumber::regionOfLocale(locale), region);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "TestPhoneNumber.moc"
