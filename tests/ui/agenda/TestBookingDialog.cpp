// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModalAnswerer.h"
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "WidgetTestHelpers.h"
#include "agenda/BookingDialog.h"
#include "agenda/ClientPicker.h"
#include "clients/ClientService.h"
#include "scheduling/AppointmentBook.h"
#include "shell/FormMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The booking dialog against a real store: next free slot, a new client by
// phone, warnings before saving.
class TestBookingDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<SchedulingFixture> m_f;
    const QDate m_monday { 2026, 3, 9 };

    Location location() { return *LocationService(m_store->store()).find(m_f->location); }
    Appointment book(const QString &hhmm, const Id &staff)
    {
        BookingRequest r;
        r.locationId = m_f->location;
        r.startsAtMsecs = m_f->at(m_monday, hhmm);
        r.lines = { BookingLine { m_f->cut, staff, Id(), std::nullopt } };
        return *AppointmentBook(m_store->store()).book(r);
    }
    template<typename T> static T *child(QWidget *w, const char *name)
    {
        auto *found = w->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

private slots:
    void initTestCase() { useEnglishTexts(); }

    void init()
    {
        // Monday 9 March 2026, 08:00 in São Paulo.
        m_store = std::make_unique<TestStore>(
            QDateTime(QDate(2026, 3, 9), QTime(11, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        m_f = std::make_unique<SchedulingFixture>(m_store->store());
    }

    void cleanup()
    {
        m_f.reset();
        m_store.reset();
    }

    void testBooksTheNextFreeSlot()
    {
        // Ana is busy from 09:00 to 11:00: her next free hour starts at 11:00.
        book(QStringLiteral("09:00"), m_f->ana);
        book(QStringLiteral("10:00"), m_f->ana);
        BookingPrefill prefill;
        prefill.clientId = m_f->client;
        prefill.serviceIds = { m_f->cut };
        prefill.staffId = m_f->ana;
        prefill.startsAtMsecs = m_f->at(m_monday, QStringLiteral("09:00"));
        BookingDialog dialog(m_store->store(), location(), prefill);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // As prefilled, 09:00 has a warning.
        QVERIFY(!dialog.planIssues().isEmpty());
        QVERIFY(child<QLabel>(&dialog, "bookingPlan")->text().contains(QStringLiteral("Warnings")));

        QTest::mouseClick(child<QPushButton>(&dialog, "nextSlotButton"), Qt::LeftButton);
        QCOMPARE(dialog.startMsecs(), m_f->at(m_monday, QStringLiteral("11:00")));
        QCOMPARE(dialog.staffId(), m_f->ana);
        QVERIFY(dialog.planIssues().isEmpty());
        QCOMPARE(child<FormMessage>(&dialog, "bookingMessage")->kind(), FormMessage::Kind::Success);
        // Pressed again: the slot after that one.
        QTest::mouseClick(child<QPushButton>(&dialog, "nextSlotButton"), Qt::LeftButton);
        QVERIFY(dialog.startMsecs() > m_f->at(m_monday, QStringLiteral("11:00")));
        QTest::mouseClick(child<QPushButton>(&dialog, "nextSlotButton"), Qt::LeftButton);
        const qint64 chosen = dialog.startMsecs();

        QTest::mouseClick(child<QPushButton>(&dialog, "bookButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.booked().size(), 1);
        const QList<Appointment> joana
            = AppointmentBook(m_store->store()).forClient(m_f->client).value();
        QCOMPARE(joana.size(), 1);
        QCOMPARE(joana.first().time.from, chosen);
        QCOMPARE(joana.first().staffId, m_f->ana);
        QCOMPARE(joana.first().items.first().serviceId, m_f->cut);
    }

    void testNextFreeSlotWithAnyoneChoosesWhoIsFree()
    {
        BookingPrefill prefill;
        prefill.serviceIds = { m_f->colour }; // only Ana performs it
        prefill.findNextSlot = true; // as "Next free slot" on a client's page
        BookingDialog dialog(m_store->store(), location(), prefill);
        dialog.show();
        QTRY_COMPARE(dialog.staffId(), m_f->ana);
        QCOMPARE(dialog.startMsecs(), m_f->at(m_monday, QStringLiteral("09:00")));
    }

    void testCreatesANewClientByPhoneWithTheBooking()
    {
        BookingPrefill prefill;
        prefill.serviceIds = { m_f->cut };
        prefill.startsAtMsecs = m_f->at(m_monday, QStringLiteral("15:00"));
        BookingDialog dialog(m_store->store(), location(), prefill);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ClientPicker *picker = dialog.clientPicker();
        QTest::keyClicks(picker->searchField(), QStringLiteral("(11) 99876-5432"));
        // Nobody has it: the phone starts the new client.
        QTRY_COMPARE(child<QLineEdit>(picker, "newClientPhone")->text(),
                     QStringLiteral("(11) 99876-5432"));
        child<QCheckBox>(picker, "newClientToggle")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(picker, "newClientName"), QStringLiteral("Carla Dias"));
        QTest::mouseClick(child<QPushButton>(&dialog, "bookButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QList<Client> found = ClientService(m_store->store()).list(QStringLiteral("Carla"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().phone,
                 *ClientService::cleanPhone(QStringLiteral("(11) 99876-5432")));
        const QList<Appointment> hers
            = AppointmentBook(m_store->store()).forClient(found.first().id).value();
        QCOMPARE(hers.size(), 1);
        QCOMPARE(hers.first().time.from, m_f->at(m_monday, QStringLiteral("15:00")));
    }

    void testSearchPicksAnExistingClient()
    {
        BookingDialog dialog(m_store->store(), location(), {});
        dialog.show();
        ClientPicker *picker = dialog.clientPicker();
        QTest::keyClicks(picker->searchField(), QStringLiteral("joa"));
        QTRY_COMPARE(picker->matches()->count(), 1);
        QTest::keyClick(picker->searchField(), Qt::Key_Down);
        QTest::keyClick(picker->matches(), Qt::Key_Return);
        QCOMPARE(picker->clientId(), m_f->client);
        QVERIFY(
            child<QLabel>(picker, "chosenClient")->text().contains(QStringLiteral("Joana Silva")));
    }

    // Booking over a warning without a manager: nothing is written, not
    // even the new client typed in the dialog.
    void testDecliningTheWarningBooksNothing()
    {
        book(QStringLiteral("15:00"), m_f->ana);
        BookingPrefill prefill;
        prefill.serviceIds = { m_f->cut };
        prefill.staffId = m_f->ana;
        prefill.startsAtMsecs = m_f->at(m_monday, QStringLiteral("15:00"));
        BookingDialog dialog(m_store->store(), location(), prefill);
        dialog.show();
        ClientPicker *picker = dialog.clientPicker();
        child<QCheckBox>(picker, "newClientToggle")->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(picker, "newClientName"), QStringLiteral("Rita Mello"));
        QTest::keyClicks(child<QLineEdit>(picker, "newClientPhone"),
                         QStringLiteral("11 97777-6666"));
        const int clientsBefore = ClientService(m_store->store()).count().value();
        QString warning;
        ModalAnswerer answerer;
        answerer.then(QStringLiteral("bookingWarning"), [&](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            warning = box->informativeText();
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "bookButton"), Qt::LeftButton);
        QVERIFY(answerer.done());
        QVERIFY2(warning.contains(QStringLiteral("Ana is already booked")), qPrintable(warning));
        QVERIFY(dialog.isVisible());
        QCOMPARE(ClientService(m_store->store()).count().value(), clientsBefore);
        QCOMPARE(AppointmentBook(m_store->store())
                     .list(m_f->location,
                           { m_f->at(m_monday, QStringLiteral("00:00")),
                             m_f->at(m_monday.addDays(1), QStringLiteral("00:00")) })
                     .size(),
                 1);
    }

    void testAWeeklySeries()
    {
        BookingPrefill prefill;
        prefill.clientId = m_f->client;
        prefill.serviceIds = { m_f->cut };
        prefill.staffId = m_f->bruno;
        prefill.startsAtMsecs = m_f->at(m_monday, QStringLiteral("16:00"));
        BookingDialog dialog(m_store->store(), location(), prefill);
        dialog.show();
        child<QCheckBox>(&dialog, "repeatToggle")->setChecked(true);
        child<QSpinBox>(&dialog, "repeatInterval")->setValue(2);
        child<QSpinBox>(&dialog, "repeatCount")->setValue(3);
        QTest::mouseClick(child<QPushButton>(&dialog, "bookButton"), Qt::LeftButton);
        QCOMPARE(dialog.booked().size(), 3);
        const QList<Appointment> series
            = AppointmentBook(m_store->store()).forClient(m_f->client).value();
        QCOMPARE(series.size(), 3);
        QCOMPARE(series.last().time.from, m_f->at(m_monday, QStringLiteral("16:00")));
        QCOMPARE(series.first().time.from, m_f->at(m_monday.addDays(28), QStringLiteral("16:00")));
    }
};

QTEST_MAIN(TestBookingDialog)
#include "TestBookingDialog.moc"
