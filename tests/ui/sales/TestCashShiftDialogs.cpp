// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "DialogKeys.h"
#include "ModalAnswerer.h"
#include "ShopWidgetTest.h"
#include "WidgetTestHelpers.h"
#include "cash/ShiftService.h"
#include "cash/TerminalDrawer.h"
#include "sales/CloseShiftDialog.h"
#include "sales/ShiftBar.h"
#include "sales/ShiftReportDialog.h"
#include "settings/BusinessSettings.h"
#include "shell/FormMessage.h"
#include "shell/MoneyField.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

// Every text a dialog shows, to prove what it does not show.
QString allText(QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        texts << edit->text();
    return texts.join('\n');
}

} // namespace

// The drawer through its shift: opened with a float, cash in and out with a
// reason, an X report, and a blind count at closing whose Z report gives
// the expected amount and the difference only afterwards.
class TestCashShiftDialogs : public ShopWidgetTest
{
    Q_OBJECT

private:
    std::unique_ptr<ShiftBar> m_bar;

    void showBar()
    {
        m_bar = std::make_unique<ShiftBar>(store(), m_shop->location, m_shop->zone);
        m_bar->setUser(m_shop->frontDesk);
        m_bar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
    }
    void sell(const Id &product, const Tender &tender)
    {
        must(CheckoutService(store()).checkout(
                 m_shop->request(m_shop->cartOf({ { product, 1 } }), { tender })),
             "sale");
    }

private slots:
    void initTestCase() { useEnglishTexts(); }

    void cleanup()
    {
        m_bar.reset();
        closeShop();
    }

    void testADayAtTheDrawer()
    {
        showBar();
        QCOMPARE(m_bar->drawer().id, m_shop->drawer);
        QCOMPARE(m_bar->stateText(), "Caixa 1: no shift open — cash payments need one.");
        QVERIFY(m_bar->openAction()->isEnabled());
        QVERIFY(!m_bar->closeAction()->isEnabled());

        // Open with a float of 100.
        ModalAnswerer opening;
        opening.then("openShiftDialog", [](QWidget *w) {
            QTest::keyClicks(focusIn(w), "100");
            QTest::keyClick(focusIn(w), Qt::Key_Return);
        });
        QVERIFY(m_bar->openShift());
        QVERIFY(opening.done());
        QVERIFY(m_bar->shift().has_value());
        QCOMPARE(m_bar->shift()->openingFloat, reais(10000));
        QVERIFY2(m_bar->stateText().startsWith("Caixa 1: open since "),
                 qPrintable(m_bar->stateText()));
        QVERIFY(m_bar->stateText().endsWith(" by recepcao"));

        // Cash in, and a cash out that needs its reason.
        ModalAnswerer moves;
        QString missingReason;
        moves
            .then("cashMovementDialog",
                  [](QWidget *w) {
                      QTest::keyClicks(focusIn(w), "20");
                      w->findChild<QLineEdit *>("movementReason")->setText("Troco do banco");
                      QTest::keyClick(focusIn(w), Qt::Key_Return);
                  })
            .then("cashMovementDialog", [&](QWidget *w) {
                w->findChild<QRadioButton *>("cashOut")->setChecked(true);
                QTest::keyClicks(focusIn(w), "5");
                QTest::keyClick(focusIn(w), Qt::Key_Return);
                missingReason = w->findChild<FormMessage *>()->text();
                w->findChild<QLineEdit *>("movementReason")->setText("Café");
                QTest::keyClick(focusIn(w), Qt::Key_Return);
            });
        QVERIFY(m_bar->moveCash());
        QVERIFY(m_bar->moveCash());
        QVERIFY(moves.done());
        QVERIFY2(!missingReason.isEmpty(), "a cash out without a reason is refused");

        sell(m_shop->shampoo, Tender { PaymentMethod::Cash, reais(5000), {}, {} });
        sell(m_shop->conditioner, Tender { PaymentMethod::Card, reais(5290), "AUT9", {} });

        // X report, any time: the drawer should hold 100 + 45.90 + 20 − 5.
        QString expectedX;
        ModalAnswerer x;
        x.then("shiftReportDialog", [&](QWidget *w) {
            auto *report = static_cast<ShiftReportDialog *>(w);
            QVERIFY(report->windowTitle().startsWith("X report"));
            expectedX = report->figure("expected");
            QCOMPARE(report->figure("counted"), QString());
            static_cast<QDialog *>(w)->reject();
        });
        m_bar->showXReport();
        QVERIFY(x.done());
        QCOMPARE(expectedX, "R$\u00A0160.90");

        // Close: a blind count, Enter from note to note, Ctrl+Enter to close.
        QString blindText;
        QString counted;
        QMap<QString, QString> z;
        ModalAnswerer closing;
        closing
            .then("closeShiftDialog",
                  [&](QWidget *w) {
                      auto *dialog = static_cast<CloseShiftDialog *>(w);
                      blindText = allText(w);
                      QCOMPARE(focusIn(w), dialog->countField(20000));
                      QTest::keyClick(focusIn(w), Qt::Key_Return); // no R$ 200 notes
                      QCOMPARE(focusIn(w), dialog->countField(10000));
                      QTest::keyClicks(focusIn(w), "1");
                      QTest::keyClick(focusIn(w), Qt::Key_Return);
                      QTest::keyClicks(focusIn(w), "1"); // R$ 50
                      QTest::keyClick(focusIn(w), Qt::Key_Return);
                      QTest::keyClick(focusIn(w), Qt::Key_Return); // R$ 20
                      QTest::keyClicks(focusIn(w), "1"); // R$ 10
                      QCOMPARE(focusIn(w), dialog->countField(1000));
                      counted = dialog->countedText();
                      QVERIFY(w->isVisible()); // Enter alone never closed it
                      QTest::keyClick(focusIn(w), Qt::Key_Return, Qt::ControlModifier);
                  })
            .then("shiftReportDialog", [&](QWidget *w) {
                auto *report = static_cast<ShiftReportDialog *>(w);
                z.insert("title", report->windowTitle());
                for (const char *name : { "float", "cashSales", "cashRefunds", "cashIn", "cashOut",
                                          "expected", "counted", "overShort", "method.cash",
                                          "method.card", "salesCount", "returnsCount" })
                    z.insert(name, report->figure(name));
                static_cast<QDialog *>(w)->reject();
            });
        QVERIFY(m_bar->closeShift());
        QVERIFY(closing.done());
        QCOMPARE(counted, "R$\u00A0160.00");
        // Nothing in the counting dialog told what the drawer should hold.
        QVERIFY2(!blindText.contains("160.90"), qPrintable(blindText));
        QVERIFY(!blindText.contains("45.90"));
        QVERIFY(z.value("title").startsWith("Z report"));
        QCOMPARE(z.value("float"), "R$\u00A0100.00");
        QCOMPARE(z.value("cashSales"), "R$\u00A045.90");
        QCOMPARE(z.value("cashRefunds"), "R$\u00A00.00");
        QCOMPARE(z.value("cashIn"), "R$\u00A020.00");
        QCOMPARE(z.value("cashOut"), "-R$\u00A05.00");
        QCOMPARE(z.value("expected"), "R$\u00A0160.90");
        QCOMPARE(z.value("counted"), "R$\u00A0160.00");
        QCOMPARE(z.value("overShort"), "Short by R$\u00A00.90");
        QCOMPARE(z.value("method.cash"), "R$\u00A045.90");
        QCOMPARE(z.value("method.card"), "R$\u00A052.90");
        // Plural forms come from the catalogues ("2 sales"); the figures are what count.
        QVERIFY2(z.value("salesCount").startsWith("2 sale")
                     && z.value("salesCount").endsWith(", R$\u00A098.80"),
                 qPrintable(z.value("salesCount")));
        QVERIFY2(z.value("returnsCount").startsWith("0 return")
                     && z.value("returnsCount").endsWith(", R$\u00A00.00"),
                 qPrintable(z.value("returnsCount")));
        // The drawer is closed, in the bar and in core.
        QVERIFY(!m_bar->shift().has_value());
        QVERIFY(!ShiftService(store()).openShift(m_shop->drawer).value().has_value());
        QVERIFY(m_bar->openAction()->isEnabled());
    }

    void testACancelledCountLeavesTheShiftOpen()
    {
        const Id shift = m_shop->openShift();
        showBar();
        ModalAnswerer closing;
        closing.then("closeShiftDialog", [](QWidget *w) {
            auto *dialog = static_cast<CloseShiftDialog *>(w);
            dialog->countField(100)->setValue(3);
            QCOMPARE(dialog->countedText(), "R$\u00A03.00");
            QTest::keyClick(w, Qt::Key_Escape);
        });
        QVERIFY(!m_bar->closeShift());
        QVERIFY(closing.done());
        QVERIFY(closing.unexpected.isEmpty()); // no report: nothing was closed
        QVERIFY(must(ShiftService(store()).find(shift), "shift").isOpen());
        QVERIFY(m_bar->shift().has_value());
    }

    void testACurrencyWithoutNotesIsCountedAsOneTotal()
    {
        QVERIFY(BusinessSettings(store()).setValue(BusinessSettings::kCurrency, "JPY").ok());
        must(ShiftService(store()).open(m_shop->drawer, Money(5000, currencyOf("JPY")),
                                        m_shop->frontDesk),
             "open");
        showBar();
        ModalAnswerer closing;
        QString overShort;
        closing
            .then("closeShiftDialog",
                  [](QWidget *w) {
                      auto *dialog = static_cast<CloseShiftDialog *>(w);
                      QVERIFY(dialog->totalField());
                      QVERIFY(!dialog->countField(1000));
                      QTest::keyClicks(dialog->totalField(), "5100");
                      QCOMPARE(dialog->countedText(), "JPY\u00A05,100");
                      QTest::keyClick(dialog->totalField(), Qt::Key_Return, Qt::ControlModifier);
                  })
            .then("shiftReportDialog", [&](QWidget *w) {
                overShort = static_cast<ShiftReportDialog *>(w)->figure("overShort");
                static_cast<QDialog *>(w)->reject();
            });
        QVERIFY(m_bar->closeShift());
        QVERIFY(closing.done());
        QCOMPARE(overShort, "Over by JPY\u00A0100");
    }

    void testTheTerminalsDrawerChoiceIsRemembered()
    {
        const CashDrawer back
            = must(ShiftService(store()).createDrawer(m_shop->location, "Caixa 2"), "drawer");
        showBar();
        QCOMPARE(m_bar->drawer().id, m_shop->drawer);
        QMenu *drawers = nullptr;
        for (QAction *action : m_bar->menu()->actions()) {
            if (action->menu())
                drawers = action->menu();
        }
        QVERIFY(drawers);
        QVERIFY(drawers->menuAction()->isVisible());
        QCOMPARE(drawers->actions().size(), 2);
        drawers->actions().at(1)->trigger();
        QCOMPARE(m_bar->drawer().id, back.id);
        QVERIFY(m_bar->stateText().startsWith("Caixa 2"));
        // Another session on this terminal starts with it.
        ShiftBar again(store(), m_shop->location, m_shop->zone);
        QCOMPARE(again.drawer().id, back.id);
        QCOMPARE(must(TerminalDrawer(store()).current(m_shop->location), "current").id, back.id);
    }
};

QTEST_MAIN(TestCashShiftDialogs)
#include "TestCashShiftDialogs.moc"
