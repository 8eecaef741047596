// SPDX-License-Identifier: GPL-3.0-or-later
// Rule tables read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII
#include "Amounts.h"
#include "BrokenTable.h"
#include "ShopFixture.h"
#include "TestStore.h"
#include "sales/AppointmentCharge.h"
#include "sales/CartBuilder.h"
#include "sales/CheckoutService.h"
#include "scheduling/AppointmentBook.h"

#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

Q_DECLARE_METATYPE(Balcao::AppointmentStatus)

namespace {

const QDate kMonday(2026, 1, 5);

Appointment bookCut(ShopFixture &f)
{
    BookingRequest r;
    r.locationId = f.location;
    r.clientId = f.client;
    r.startsAtMsecs = f.at(kMonday, "10:00");
    r.lines = { BookingLine { f.cut, f.ana, {}, {} } };
    return must(AppointmentBook(f.store).book(r), "booking");
}

void moveTo(ShopFixture &f, const Id &id, AppointmentStatus status)
{
    AppointmentBook book(f.store);
    if (status == AppointmentStatus::Cancelled)
        must(book.cancel(id, "a mudança de planos"), "cancel");
    else if (status != AppointmentStatus::Booked)
        must(book.setStatus(id, status), "status");
}

} // namespace

// Whether a visit can be charged: one answer for the agenda's "Check out",
// the cart built from it and the checkout that commits it.
class TestAppointmentCharge : public QObject
{
    Q_OBJECT

private slots:
    void byStatus_data()
    {
        QTest::addColumn<AppointmentStatus>("status");
        QTest::addColumn<bool>("chargedBefore");
        QTest::addColumn<QString>("code"); // empty: it can be charged
        using S = AppointmentStatus;
        QTest::addRow("booked") << S::Booked << false << QString();
        QTest::addRow("confirmed") << S::Confirmed << false << QString();
        QTest::addRow("checked in") << S::CheckedIn << false << QString();
        QTest::addRow("completed, not charged yet") << S::Completed << false << QString();
        QTest::addRow("cancelled") << S::Cancelled << false << "sale.appointmentNotHeld";
        QTest::addRow("no-show") << S::NoShow << false << "sale.appointmentNotHeld";
        QTest::addRow("charged already") << S::Booked << true << "sale.appointmentCharged";
    }
    void byStatus()
    {
        QFETCH(AppointmentStatus, status);
        QFETCH(bool, chargedBefore);
        QFETCH(QString, code);
        TestStore t;
        ShopFixture f(*t);
        f.openShift();
        const Appointment visit = bookCut(f);
        if (chargedBefore) {
            const Cart cart = must(CartBuilder(*t).cartForAppointment(visit.id), "cart");
            must(CheckoutService(*t).checkout(
                     f.request(cart, { Tender { PaymentMethod::Cash, reais(10000), {}, {} } })),
                 "first charge");
        }
        moveTo(f, visit.id, status);
        const Appointment now = must(AppointmentBook(*t).find(visit.id), "visit");
        QCOMPARE(now.status, chargedBefore ? AppointmentStatus::Completed : status);

        // The agenda's answer (the visit it shows), the cart's and the
        // checkout's (its id) are the same answer.
        const Result<void> shown = AppointmentCharge(*t).check(now);
        const Result<void> byId = AppointmentCharge(*t).check(visit.id);
        const auto cart = CartBuilder(*t).cartForAppointment(visit.id);
        if (code.isEmpty()) {
            QVERIFY(shown.ok());
            QVERIFY(byId.ok());
            QVERIFY(cart.ok());
            QVERIFY(AppointmentCharge::statusAllows(status).ok());
            return;
        }
        QCOMPARE(shown.error().code, code);
        QCOMPARE(byId.error().code, code);
        QCOMPARE(cart.error().code, code);
        QVERIFY(!shown.error().message.isEmpty());
    }

    // A cart built while the visit was held, paid after it was cancelled
    // elsewhere: the checkout asks again and charges nothing.
    void cancelledAfterTheCartWasBuilt()
    {
        TestStore t;
        ShopFixture f(*t);
        f.openShift();
        const Appointment visit = bookCut(f);
        const Cart cart = must(CartBuilder(*t).cartForAppointment(visit.id), "cart");
        moveTo(f, visit.id, AppointmentStatus::Cancelled);
        const auto sold = CheckoutService(*t).checkout(
            f.request(cart, { Tender { PaymentMethod::Cash, reais(10000), {}, {} } }));
        QVERIFY(!sold.ok());
        QCOMPARE(sold.error().code, "sale.appointmentNotHeld");
    }

    void unknownAppointment()
    {
        TestStore t;
        ShopFixture f(*t);
        QCOMPARE(AppointmentCharge(*t).check(Id::generate()).error().code, "appointment.notFound");
    }

    // "Charged already?" that cannot be read is not "no".
    void unreadableSalesAreAnError()
    {
        TestStore t;
        ShopFixture f(*t);
        const Appointment visit = bookCut(f);
        QVERIFY(AppointmentCharge(*t).check(visit).ok());
        BrokenTable broken(*t, "sales");
        QVERIFY(broken.isBroken());
        QCOMPARE(AppointmentCharge(*t).check(visit).error().kind, Error::Kind::Storage);
        QCOMPARE(AppointmentCharge(*t).check(visit.id).error().kind, Error::Kind::Storage);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentCharge)
#include "TestAppointmentCharge.moc"
