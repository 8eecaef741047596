// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"
#include "locations/LocationService.h"
#include "setup/FirstRunWizard.h"
#include "setup/TimeZoneChooser.h"
#include "shell/FormMessage.h"
#include "shell/LanguageSwitcher.h"
#include "staff/StaffService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testKeyboardFillProducesTheProfile();
    void testNextStaysDisabledUntilRequiredFieldsAreFilled();
    void testBadTimeZoneKeepsThePage();
    void testAdminPageRefusals_data();
    void testAdminPageRefusals();
    void testLanguageChoiceRetranslatesTheWizard();

private:
    template<typename T> T *child(const char *name) const
    {
        auto *found = m_wizard->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    // Types into a field and presses Enter, which is "Next" in a wizard.
    void typeAndEnter(QWidget *field, const QString &text)
    {
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }
    void fillFirstTwoPages();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<FirstRunWizard> m_wizard;
};

void TestFirstRunWizard::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_languages = std::make_unique<LanguageSwitcher>(*m_settings);
    QVERIFY(m_languages->switchTo(QStringLiteral("en")));
    m_wizard = std::make_unique<FirstRunWizard>(m_languages.get());
    m_wizard->show();
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void TestFirstRunWizard::cleanup()
{
    m_wizard.reset();
    m_languages.reset();
    m_settings.reset();
}

void TestFirstRunWizard::fillFirstTwoPages()
{
    QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::BusinessPageId));
    auto *name = child<QLineEdit>("businessNameField");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Studio  Bella "));
    // Currency by keyboard: type its first letters in the combo.
    auto *currency = child<QComboBox>("currencyField");
    currency->setFocus();
    QTest::keyClicks(currency, QStringLiteral("EUR"));
    QCOMPARE(currency->currentData().toString(), QStringLiteral("EUR"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::LocationPageId));

    auto *zone = child<QComboBox>("timeZoneField");
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("America/Recife"));
    QCOMPARE(m_wizard->findChild<TimeZoneChooser *>()->timeZoneId(),
             QStringLiteral("America/Recife"));
    typeAndEnter(child<QLineEdit>("locationNameField"), QStringLiteral("Boa Viagem"));
    QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::AdminPageId));
}

void TestFirstRunWizard::testKeyboardFillProducesTheProfile()
{
    fillFirstTwoPages();
    QTest::keyClicks(child<QLineEdit>("adminNameField"), QStringLiteral("Maria Lima"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("maria"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("s3cret-pass"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("s3cret-pass"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QCheckBox>("sampleClientsField"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(child<QLineEdit>("adminConfirmField"), Qt::Key_Return);

    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    const BusinessProfile profile = m_wizard->profile();
    QCOMPARE(profile.businessName, QStringLiteral("Studio Bella"));
    QCOMPARE(profile.currencyCode, QStringLiteral("EUR"));
    QCOMPARE(profile.locale, QStringLiteral("en_US"));
    QCOMPARE(profile.locationName, QStringLiteral("Boa Viagem"));
    QCOMPARE(profile.timeZoneId, QStringLiteral("America/Recife"));
    QCOMPARE(profile.adminName, QStringLiteral("Maria Lima"));
    QCOMPARE(profile.adminLogin, QStringLiteral("maria"));
    QCOMPARE(profile.adminPassword, QStringLiteral("s3cret-pass"));
    QVERIFY(!profile.deviceName.isEmpty());
    QVERIFY(m_wizard->addSampleClients());
}

void TestFirstRunWizard::testNextStaysDisabledUntilRequiredFieldsAreFilled()
{
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    QTest::keyClick(child<QLineEdit>("businessNameField"), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::BusinessPageId));
    QTest::keyClicks(child<QLineEdit>("businessNameField"), QStringLiteral("X"));
    QVERIFY(next->isEnabled());
}

void TestFirstRunWizard::testBadTimeZoneKeepsThePage()
{
    typeAndEnter(child<QLineEdit>("businessNameField"), QStringLiteral("Studio"));
    auto *zone = child<QComboBox>("timeZoneField");
    zone->lineEdit()->selectAll();
    QTest::keyClicks(zone->lineEdit(), QStringLiteral("Mars/Olympus"));
    typeAndEnter(child<QLineEdit>("locationNameField"), QStringLiteral("Centro"));

    QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::LocationPageId));
    auto *message = m_wizard->page(FirstRunWizard::LocationPageId)->findChild<FormMessage *>();
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(),
             LocationService::checkTimeZone(QStringLiteral("Mars/Olympus")).error().message);
}

void TestFirstRunWizard::testAdminPageRefusals_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("login with a space")
        << QStringLiteral("maria lima") << QStringLiteral("s3cret-pass")
        << QStringLiteral("s3cret-pass")
        << StaffService::cleanLogin(QStringLiteral("maria lima")).error().message;
    QTest::newRow("short password")
        << QStringLiteral("maria") << QStringLiteral("short") << QStringLiteral("short")
        << StaffService::checkPassword(QStringLiteral("short")).error().message;
    QTest::newRow("different confirmation")
        << QStringLiteral("maria") << QStringLiteral("s3cret-pass") << QStringLiteral("s3cret-pas")
        << QStringLiteral(
               "The two passwords are different. Type the same password in both fields.");
}

void TestFirstRunWizard::testAdminPageRefusals()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(QString, confirmation);
    QFETCH(QString, expectedError);
    fillFirstTwoPages();
    QTest::keyClicks(child<QLineEdit>("adminNameField"), QStringLiteral("Maria"));
    QTest::keyClicks(child<QLineEdit>("adminLoginField"), login);
    QTest::keyClicks(child<QLineEdit>("adminPasswordField"), password);
    typeAndEnter(child<QLineEdit>("adminConfirmField"), confirmation);

    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), int(FirstRunWizard::AdminPageId));
    auto *message = m_wizard->page(FirstRunWizard::AdminPageId)->findChild<FormMessage *>();
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), expectedError);
}

void TestFirstRunWizard::testLanguageChoiceRetranslatesTheWizard()
{
    auto *title = m_wizard->page(FirstRunWizard::BusinessPageId)
                      ->findChild<QLabel *>(QStringLiteral("pageTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Welcome to Balcão"));
    auto *language = child<QComboBox>("languageField");
    language->setCurrentIndex(language->findData(QStringLiteral("pt_BR")));
    QCOMPARE(m_languages->current(), QStringLiteral("pt_BR"));
    QTRY_COMPARE(title->text(), QStringLiteral("Boas-vindas ao Balcão"));
    QTRY_COMPARE(m_wizard->buttonText(QWizard::NextButton), QStringLiteral("&Avançar >"));
    QCOMPARE(m_wizard->profile().locale, QStringLiteral("pt_BR"));
    // The steps panel and the currency names follow.
    QVERIFY(m_wizard->findChild<QLabel *>(QStringLiteral("wizardStep"))
                ->text()
                .endsWith(QStringLiteral("Empresa")));
    QCOMPARE(child<QComboBox>("currencyField")->itemText(0),
             QStringLiteral("BRL – Real brasileiro"));
    QCOMPARE(m_settings->value(LanguageSwitcher::kSettingsKey).toString(), QStringLiteral("pt_BR"));
    QVERIFY(m_languages->switchTo(QStringLiteral("en")));
    QTRY_COMPARE(title->text(), QStringLiteral("Welcome to Balcão"));
}

QTEST_MAIN(TestFirstRunWizard)
#include "TestFirstRunWizard.moc"
