// SPDX-License-Identifier: GPL-3.0-or-later
#undef QT_NO_CAST_FROM_ASCII
#include "TestStore.h"
#include "receipts/ReceiptPrinterDialog.h"
#include "sales/ReceiptPrinterSettings.h"
#include "shell/FormMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;
using Destination = ReceiptPrinterConfig::Destination;

namespace {

template<typename T> T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestReceiptPrinterDialog : public QObject
{
    Q_OBJECT

private slots:
    void testFieldsFollowTheDestination()
    {
        TestStore t;
        ReceiptPrinterDialog dialog(*t);
        auto *destination = child<QComboBox>(dialog, "receiptPrinterDestination");
        QCOMPARE(destination->currentIndex(), 0); // none yet
        auto *host = child<QLineEdit>(dialog, "receiptPrinterHost");
        auto *path = child<QLineEdit>(dialog, "receiptPrinterPath");
        auto *paper = child<QComboBox>(dialog, "receiptPaperWidth");
        QVERIFY(!host->isEnabled());
        QVERIFY(!path->isEnabled());
        destination->setCurrentIndex(2); // network
        QVERIFY(host->isEnabled());
        QVERIFY(!path->isEnabled());
        QVERIFY(paper->isEnabled());
        destination->setCurrentIndex(1); // system printer: its driver knows the paper
        QVERIFY(!host->isEnabled());
        QVERIFY(!paper->isEnabled());
        QVERIFY(child<QComboBox>(dialog, "receiptSystemPrinter")->isEnabled());
    }

    void testSavesANetworkPrinter()
    {
        TestStore t;
        ReceiptPrinterDialog dialog(*t);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QComboBox>(dialog, "receiptPrinterDestination")->setCurrentIndex(2);
        QTest::keyClicks(child<QLineEdit>(dialog, "receiptPrinterHost"), "192.168.0.50");
        child<QSpinBox>(dialog, "receiptPrinterPort")->setValue(9101);
        child<QComboBox>(dialog, "receiptPaperWidth")->setCurrentIndex(1);
        child<QCheckBox>(dialog, "receiptPrintAfterSale")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "receiptPrinterSave"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ReceiptPrinterConfig saved = ReceiptPrinterSettings(*t).load().value();
        QCOMPARE(saved.destination, Destination::Network);
        QCOMPARE(saved.host, "192.168.0.50");
        QCOMPARE(saved.port, 9101);
        QCOMPARE(saved.paperWidthMm, 58);
        QVERIFY(saved.printAfterSale);
        QVERIFY(saved.openDrawerOnCash);

        // Opened again, it shows what was saved.
        ReceiptPrinterDialog again(*t);
        QCOMPARE(again.config(), saved);
    }

    // Settings that cannot be read are said, and the defaults shown in their
    // place cannot be saved over them.
    void testUnreadableSettingsAreShownAndCannotBeOverwritten()
    {
        TestStore t;
        QSqlQuery q(t->database().connection());
        QVERIFY(q.exec("ALTER TABLE local_meta RENAME TO local_meta_gone"));
        ReceiptPrinterDialog dialog(*t);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *message = child<FormMessage>(dialog, "receiptPrinterMessage");
        QCOMPARE(message->kind(), FormMessage::Kind::Error);
        QVERIFY(!message->text().isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "receiptPrinterSave")->isEnabled());
    }

    void testBadAddressIsShownAndNothingSaved()
    {
        TestStore t;
        ReceiptPrinterConfig before;
        before.destination = Destination::File;
        before.path = "/dev/usb/lp0";
        QVERIFY(ReceiptPrinterSettings(*t).save(before).ok());
        ReceiptPrinterDialog dialog(*t);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLineEdit>(dialog, "receiptPrinterPath")->text(), "/dev/usb/lp0");
        child<QComboBox>(dialog, "receiptPrinterDestination")->setCurrentIndex(2);
        QTest::keyClicks(child<QLineEdit>(dialog, "receiptPrinterHost"), "http://printer");
        QTest::mouseClick(child<QPushButton>(dialog, "receiptPrinterSave"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        auto *message = child<FormMessage>(dialog, "receiptPrinterMessage");
        QCOMPARE(message->kind(), FormMessage::Kind::Error);
        QVERIFY2(message->text().contains("not a network address"), qPrintable(message->text()));
        QCOMPARE(ReceiptPrinterSettings(*t).load().value(), before);
    }
};

QTEST_MAIN(TestReceiptPrinterDialog)
#include "TestReceiptPrinterDialog.moc"
