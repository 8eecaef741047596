// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "MainWindow.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "WidgetTestHelpers.h"
#include "agenda/ModalAnswerer.h"
#include "catalog/TaxClass.h"
#include "sales/SalesSettings.h"
#include "settings/CheckoutSettingsDialog.h"
#include "settings/PercentSpinBox.h"
#include "settings/TaxClassDialog.h"
#include "shell/FormMessage.h"
#include "shell/LanguageSwitcher.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

int rowNamed(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name)
            return row;
    }
    return -1;
}

} // namespace

class TestCheckoutSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ShopFixture> m_shop;

    LocalStore &store() { return **m_store; }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        m_store->initialiseBusiness();
        m_shop = std::make_unique<ShopFixture>(**m_store);
    }
    void cleanup()
    {
        m_shop.reset();
        m_store.reset();
    }

    void testRoundTripWithARefusedPixKey()
    {
        CheckoutSettingsDialog dialog(store());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.perLineField()->isChecked());
        QCOMPARE(dialog.discountLimitField()->basisPoints(), 1000);
        QCOMPARE(dialog.lookbackField()->value(), 90);

        dialog.perTotalField()->setChecked(true);
        dialog.discountLimitField()->setBasisPoints(1250);
        dialog.lookbackField()->setValue(30);
        dialog.footerField()->insertPlainText("Trocas em até 30 dias."); // not ASCII: typed as text
        QTest::keyClicks(dialog.taxIdField(), "12.345.678/0001-95");
        dialog.pixTypeField()->setCurrentIndex(
            dialog.pixTypeField()->findData(static_cast<int>(PixKey::Type::Cpf)));
        QTest::keyClicks(dialog.pixKeyField(), "529.982.247-26"); // wrong check digits
        dialog.pixNameField()->insert("Salão Bela Vista");
        dialog.pixCityField()->insert("São Paulo");
        dialog.tabs()->setCurrentIndex(0);
        clickButton(&dialog, "saveSettings");

        // Refused: core's message, on the PIX tab, and nothing else saved.
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.message()->kind(), FormMessage::Kind::Error);
        QVERIFY(!dialog.message()->text().isEmpty());
        QCOMPARE(dialog.tabs()->currentIndex(), 2);
        QVERIFY(dialog.pixKeyField()->hasFocus());
        SalesSettings settings(store());
        QCOMPARE(settings.taxRounding().value(), TaxRounding::PerLine);
        QCOMPARE(settings.discountLimitBp().value(), 1000);
        QVERIFY(settings.receiptFooter().value().isEmpty());
        QVERIFY(!settings.pix().value().isSet());

        dialog.pixKeyField()->clear();
        QTest::keyClicks(dialog.pixKeyField(), "529.982.247-25");
        clickButton(&dialog, "saveSettings");
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.taxRounding().value(), TaxRounding::PerTotal);
        QCOMPARE(settings.discountLimitBp().value(), 1250);
        QCOMPARE(settings.noReceiptLookbackDays().value(), 30);
        QCOMPARE(settings.receiptFooter().value(), "Trocas em até 30 dias.");
        QCOMPARE(settings.taxId().value(), "12.345.678/0001-95");
        QCOMPARE(settings.pix().value().key, "52998224725");

        // Opened again, it shows what was saved.
        CheckoutSettingsDialog again(store());
        QVERIFY(again.perTotalField()->isChecked());
        QCOMPARE(again.discountLimitField()->basisPoints(), 1250);
        QCOMPARE(again.lookbackField()->value(), 30);
        QCOMPARE(again.pixKeyField()->text(), "52998224725");
        QCOMPARE(again.pixTypeField()->currentData().toInt(), static_cast<int>(PixKey::Type::Cpf));
        QCOMPARE(again.pixCityField()->text(), "São Paulo");
    }

    void testTaxClassesAddEditRemove()
    {
        CheckoutSettingsDialog dialog(store());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.taxTable();
        QCOMPARE(table->rowCount(), 2); // ICMS and ISS of the fixture

        ModalAnswerer answerer;
        answerer
            .then("taxClassDialog",
                  [](QWidget *w) {
                      auto *d = static_cast<TaxClassDialog *>(w);
                      QTest::keyClicks(d->nameField(), "Sales tax");
                      d->rateField()->setBasisPoints(825);
                      d->addedField()->setChecked(true);
                      clickButton(w, "saveTaxClass");
                  })
            .then("taxClassDialog",
                  [](QWidget *w) {
                      auto *d = static_cast<TaxClassDialog *>(w);
                      QCOMPARE(d->rateField()->basisPoints(), 825);
                      // A name another class has is refused; the dialog stays.
                      d->nameField()->clear();
                      QTest::keyClicks(d->nameField(), "icms 18%");
                      clickButton(w, "saveTaxClass");
                      QVERIFY(w->isVisible());
                      QCOMPARE(d->message()->kind(), FormMessage::Kind::Error);
                      d->nameField()->clear();
                      QTest::keyClicks(d->nameField(), "Sales tax (TX)");
                      d->rateField()->setBasisPoints(625);
                      clickButton(w, "saveTaxClass");
                  })
            .then("confirmRemoveTaxClass",
                  [](QWidget *w) {
                      auto *box = static_cast<QMessageBox *>(w);
                      for (QAbstractButton *b : box->buttons()) {
                          if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                              b->click();
                      }
                  })
            .then("confirmRemoveTaxClass", [](QWidget *w) {
                auto *box = static_cast<QMessageBox *>(w);
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
                }
            });
        dialog.addTaxClass();
        QCOMPARE(table->rowCount(), 3);
        const int added = rowNamed(table, "Sales tax");
        QVERIFY(added >= 0);
        QCOMPARE(table->item(added, 1)->text(), "8.25\u00a0%");
        table->setCurrentCell(added, 0);
        dialog.editTaxClass();
        const int edited = rowNamed(table, "Sales tax (TX)");
        QVERIFY(edited >= 0);
        auto stored = TaxClasses(store()).list().value();
        const auto tx = std::find_if(stored.begin(), stored.end(),
                                     [](const TaxClass &c) { return c.name == "Sales tax (TX)"; });
        QVERIFY(tx != stored.end());
        QCOMPARE(tx->rateBp, 625);
        QVERIFY(!tx->included);

        // ICMS is used by products: core refuses to remove it.
        table->setCurrentCell(rowNamed(table, "ICMS 18%"), 0);
        dialog.removeTaxClass();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(dialog.findChild<FormMessage *>("taxClassesMessage")->kind(),
                 FormMessage::Kind::Error);
        table->setCurrentCell(rowNamed(table, "Sales tax (TX)"), 0);
        dialog.removeTaxClass();
        QVERIFY(answerer.done());
        QCOMPARE(table->rowCount(), 2);
    }

    void testOnlyManagersAndAdminsOpenIt_data()
    {
        QTest::addColumn<bool>("manager");
        QTest::addRow("manager") << true;
        QTest::addRow("front desk") << false;
    }
    void testOnlyManagersAndAdminsOpenIt()
    {
        QFETCH(bool, manager);
        QTemporaryDir dir;
        QSettings qsettings(dir.filePath("settings.ini"), QSettings::IniFormat);
        LanguageSwitcher languages(qsettings);
        UserAccount user;
        user.id = manager ? m_shop->manager : m_shop->frontDesk;
        user.login = manager ? "gerente" : "recepcao";
        user.role = manager ? Role::Manager : Role::FrontDesk;
        MainWindow window(store(), languages, user);
        QCOMPARE(window.checkoutSettingsAction()->isEnabled(), manager);
        if (!manager)
            QVERIFY(window.checkoutSettingsAction()->toolTip().contains("manager"));
    }
};

QTEST_MAIN(TestCheckoutSettingsDialog)
#include "TestCheckoutSettingsDialog.moc"
