// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyTyping.h"
#include "sales/BarcodeWedge.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

using namespace Balcao;
using namespace Balcao::Test;

// The scanner-or-person decision with a clock the test moves: bursts of keys
// a few milliseconds apart closed by Enter are codes, anything slower is
// typing and reaches the widget unchanged and in order.
class TestBarcodeWedge : public QObject
{
    Q_OBJECT

private:
    struct Window
    {
        QWidget window;
        QWidget *scope = new QWidget(&window);
        QLineEdit *field = new QLineEdit(scope);
        QSpinBox *spin = new QSpinBox(scope);
        QLineEdit *outside = new QLineEdit(&window);
        BarcodeWedge *wedge = new BarcodeWedge(scope);
        Window()
        {
            auto *inner = new QVBoxLayout(scope);
            inner->addWidget(field);
            inner->addWidget(spin);
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(scope);
            layout->addWidget(outside);
            spin->setRange(0, 1000000000);
        }
    };

    static void show(Window &w, QWidget *focus)
    {
        w.window.show();
        QApplication::setActiveWindow(&w.window);
        QVERIFY(QTest::qWaitForWindowActive(&w.window));
        focus->setFocus();
        QCOMPARE(QApplication::focusWidget(), focus);
    }

private slots:
    void testTiming_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("gap");
        QTest::addColumn<int>("enterGap");
        QTest::addColumn<bool>("scanned");
        QTest::addRow("EAN-13 at 8 ms a key") << 13 << 8 << 8 << true;
        QTest::addRow("slow scanner, 50 ms a key") << 13 << 50 << 50 << true;
        QTest::addRow("the shortest code, 4 keys") << 4 << 10 << 10 << true;
        QTest::addRow("three keys are typing") << 3 << 5 << 5 << false;
        QTest::addRow("51 ms a key is typing") << 13 << 51 << 10 << false;
        QTest::addRow("a person, 180 ms a key") << 6 << 180 << 180 << false;
        QTest::addRow("Enter after a pause is typing") << 8 << 8 << 120 << false;
    }
    void testTiming()
    {
        QFETCH(int, length);
        QFETCH(int, gap);
        QFETCH(int, enterGap);
        QFETCH(bool, scanned);
        Window w;
        show(w, w.field);
        KeyTyping keys(w.wedge, &w.window);
        QSignalSpy codes(w.wedge, &BarcodeWedge::scanned);
        QSignalSpy returns(w.field, &QLineEdit::returnPressed);
        const QString code = QStringLiteral("7891234567895").left(length);
        keys.text(code, gap);
        keys.key(Qt::Key_Return, Qt::NoModifier, enterGap);
        keys.settle();
        if (scanned) {
            QCOMPARE(codes.count(), 1);
            QCOMPARE(codes.first().first().toString(), code);
            QCOMPARE(w.field->text(), QString()); // swallowed whole
            QCOMPARE(returns.count(), 0);
        } else {
            QCOMPARE(codes.count(), 0);
            QCOMPARE(w.field->text(), code); // every key, in order
            QCOMPARE(returns.count(), 1);
        }
        QCOMPARE(w.wedge->heldCount(), 0);
    }

    void testTypedKeysWaitOnlyForTheGap()
    {
        Window w;
        show(w, w.field);
        KeyTyping keys(w.wedge, &w.window);
        keys.key(Qt::Key_A, Qt::NoModifier, 200);
        // Held while a burst may still be coming...
        QCOMPARE(w.wedge->heldCount(), 1);
        QCOMPARE(w.field->text(), QString());
        // ...and not after: the timer's check releases it once the gap passed.
        keys.wait(BarcodeWedge::kMaxGapMsecs - 10);
        w.wedge->releaseIfIdle();
        QCOMPARE(w.field->text(), QString());
        keys.wait(20);
        w.wedge->releaseIfIdle();
        QCOMPARE(w.field->text(), QStringLiteral("a"));
        // The real timer does the same on its own.
        keys.key(Qt::Key_B, Qt::NoModifier, 200);
        keys.wait(200);
        QTRY_COMPARE(w.field->text(), QStringLiteral("ab"));
    }

    void testOtherKeysReleaseWhatWasHeldFirst()
    {
        Window w;
        show(w, w.field);
        KeyTyping keys(w.wedge, &w.window);
        keys.text(QStringLiteral("ab"), 5);
        // Backspace right after: the held keys arrive before it, as typed.
        keys.key(Qt::Key_Backspace, Qt::NoModifier, 5);
        QCOMPARE(w.field->text(), QStringLiteral("a"));
        // Shortcuts are never part of a code.
        keys.key(Qt::Key_A, Qt::ControlModifier, 5);
        QCOMPARE(w.wedge->heldCount(), 0);
        QCOMPARE(w.field->selectedText(), QStringLiteral("a"));
    }

    void testAScanInASpinBoxLeavesItsValue()
    {
        Window w;
        show(w, w.spin);
        w.spin->setValue(3);
        KeyTyping keys(w.wedge, &w.window);
        QSignalSpy codes(w.wedge, &BarcodeWedge::scanned);
        keys.scan(QStringLiteral("7891000000014"));
        QCOMPARE(codes.count(), 1);
        QCOMPARE(codes.first().first().toString(), QStringLiteral("7891000000014"));
        QCOMPARE(w.spin->value(), 3);
        // Typed slowly, the same digits are a number.
        w.spin->selectAll();
        keys.type(QStringLiteral("42"));
        QCOMPARE(w.spin->text(), QStringLiteral("42"));
    }

    void testKeysOutsideTheScopeAreLeftAlone()
    {
        Window w;
        show(w, w.outside);
        KeyTyping keys(w.wedge, &w.window);
        QSignalSpy codes(w.wedge, &BarcodeWedge::scanned);
        keys.scan(QStringLiteral("7891234567895"));
        QCOMPARE(codes.count(), 0);
        QCOMPARE(w.outside->text(), QStringLiteral("7891234567895"));
        QCOMPARE(w.wedge->heldCount(), 0);
    }

    void testTwoScansInARow()
    {
        Window w;
        show(w, w.field);
        KeyTyping keys(w.wedge, &w.window);
        QSignalSpy codes(w.wedge, &BarcodeWedge::scanned);
        keys.scan(QStringLiteral("7891234567895"));
        keys.wait(300);
        keys.scan(QStringLiteral("GIFT2026"));
        QCOMPARE(codes.count(), 2);
        QCOMPARE(codes.at(1).first().toString(), QStringLiteral("GIFT2026"));
        QCOMPARE(w.field->text(), QString());
    }
};

QTEST_MAIN(TestBarcodeWedge)
#include "TestBarcodeWedge.moc"
