// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "WidgetTestHelpers.h"
#include "clients/ClientDetailPanel.h"
#include "clients/ClientHistoryModel.h"
#include "clients/ClientListModel.h"
#include "clients/ClientMetrics.h"
#include "clients/ClientService.h"
#include "clients/ClientsPage.h"
#include "clients/PhoneNumber.h"
#include "scheduling/AppointmentBook.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// A client's panel and page: the metrics and history it shows come from the
// appointments booked for them.
class TestClientDetailPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<SchedulingFixture> m_f;

    Appointment book(const QDate &day, const QString &hhmm, const Id &service,
                     AppointmentStatus status)
    {
        BookingRequest r;
        r.locationId = m_f->location;
        r.clientId = m_f->client;
        r.startsAtMsecs = m_f->at(day, hhmm);
        r.lines = { BookingLine { service, m_f->ana, Id(), std::nullopt } };
        auto booked = AppointmentBook(m_store->store()).book(r);
        if (!booked)
            qFatal("book: %s", qPrintable(booked.error().message));
        AppointmentBook appointments(m_store->store());
        if (status == AppointmentStatus::Cancelled)
            (void)appointments.cancel(booked->id, QStringLiteral("Rain"));
        else if (status != AppointmentStatus::Booked)
            (void)appointments.setStatus(booked->id, status);
        return *booked;
    }

private slots:
    void initTestCase() { useEnglishTexts(); }

    void init()
    {
        // Friday 20 March 2026, noon in São Paulo.
        m_store = std::make_unique<TestStore>(
            QDateTime(QDate(2026, 3, 20), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        m_f = std::make_unique<SchedulingFixture>(m_store->store());
        ClientDraft more;
        more.tags = QStringList { QStringLiteral("curly hair"), QStringLiteral("loyalty") };
        more.vip = true;
        more.birthday = QStringLiteral("1990-05-17");
        more.notes = QStringLiteral("Prefers mornings.");
        QVERIFY(ClientService(m_store->store()).update(m_f->client, more));
        // Three visits two weeks apart, on Mondays in the morning...
        book(QDate(2026, 2, 2), QStringLiteral("10:00"), m_f->cut, AppointmentStatus::Completed);
        book(QDate(2026, 2, 16), QStringLiteral("10:00"), m_f->cut, AppointmentStatus::Completed);
        book(QDate(2026, 3, 2), QStringLiteral("09:00"), m_f->colour, AppointmentStatus::Completed);
        // ... a no-show, a cancellation and one still to come.
        book(QDate(2026, 3, 9), QStringLiteral("10:00"), m_f->cut, AppointmentStatus::NoShow);
        book(QDate(2026, 3, 16), QStringLiteral("10:00"), m_f->cut, AppointmentStatus::Cancelled);
        book(QDate(2026, 3, 25), QStringLiteral("14:00"), m_f->cut, AppointmentStatus::Booked);
    }

    void cleanup()
    {
        m_f.reset();
        m_store.reset();
    }

    void testShowsMetricsComputedFromTheHistory()
    {
        ClientDetailPanel panel(m_store->store(), ClientDetailPanel::Layout::Wide);
        panel.setTimeZone(m_f->zone);
        panel.setClient(m_f->client);
        panel.resize(1000, 700);
        panel.show();

        QCOMPARE(panel.metric(QStringLiteral("total")), QStringLiteral("6"));
        QCOMPARE(panel.metric(QStringLiteral("completed")), QStringLiteral("3"));
        QCOMPARE(panel.metric(QStringLiteral("cancelled")), QStringLiteral("1"));
        QCOMPARE(panel.metric(QStringLiteral("noShows")), QStringLiteral("1"));
        QCOMPARE(panel.metric(QStringLiteral("firstVisit")), QStringLiteral("2 Feb 2026"));
        QCOMPARE(panel.metric(QStringLiteral("lastVisit")), QStringLiteral("2 Mar 2026"));
        QCOMPARE(panel.metric(QStringLiteral("nextAppointment")), QStringLiteral("25 Mar 2026"));
        QCOMPARE(panel.metric(QStringLiteral("averageDays")), QStringLiteral("14.0 days"));
        // March: the visit, the no-show and the booking (not the cancellation).
        QCOMPARE(panel.metric(QStringLiteral("thisMonth")), QStringLiteral("3"));
        QCOMPARE(panel.metric(QStringLiteral("lastMonth")), QStringLiteral("2"));
        QCOMPARE(panel.metric(QStringLiteral("services")),
                 QStringLiteral("Corte (2), Coloração (1)"));
        QCOMPARE(panel.metric(QStringLiteral("weekdays")), QStringLiteral("Monday (3)"));
        QCOMPARE(panel.metric(QStringLiteral("timeOfDay")), QStringLiteral("Morning"));
        // The same score core computes from the same facts.
        const ClientMetrics computed
            = *ClientMetrics::compute(m_store->store(), m_f->client, m_f->zone);
        QVERIFY(computed.frequencyScore > 0);
        QCOMPARE(panel.metric(QStringLiteral("frequency")),
                 QStringLiteral("%1 / 100").arg(computed.frequencyScore));
        // No purchase yet: nothing spent, no ticket to average.
        QCOMPARE(panel.metric(QStringLiteral("totalSpent")),
                 computed.totalSpent->toDisplayString());
        QCOMPARE(computed.totalSpent->minorUnits(), 0);
        QCOMPARE(panel.metric(QStringLiteral("averageTicket")), QStringLiteral("—"));

        // Contact and the rest of the record.
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("clientName"))->text(),
                 QStringLiteral("Joana Silva"));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("clientVip"))->isVisible());
        const QString contact = panel.findChild<QLabel *>(QStringLiteral("clientContact"))->text();
        QVERIFY2(contact.contains(PhoneNumber::display(
                     ClientService(m_store->store()).find(m_f->client)->phone)),
                 qPrintable(contact));
        QVERIFY2(contact.contains(QStringLiteral("17 May 1990")), qPrintable(contact));
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("clientTags"))->text(),
                 QStringLiteral("curly hair · loyalty"));

        // The history, newest first, the coming one in bold.
        ClientHistoryModel *history = panel.history();
        QAbstractItemModelTester tester(history,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(history->rowCount(), 6);
        QVERIFY(history->index(0, ClientHistoryModel::WhenColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("25 Mar 2026")));
        QVERIFY(history->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!history->index(1, 0).data(Qt::FontRole).isValid());
        QCOMPARE(history->index(1, ClientHistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("Cancelled"));
        QCOMPARE(history->index(1, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Cancelled because: Rain"));
        QCOMPARE(history->index(3, ClientHistoryModel::ServicesColumn).data().toString(),
                 QStringLiteral("Coloração"));
        QCOMPARE(history->index(3, ClientHistoryModel::StaffColumn).data().toString(),
                 QStringLiteral("Ana"));
    }

    void testAMetricFollowsANewBooking()
    {
        ClientDetailPanel panel(m_store->store(), ClientDetailPanel::Layout::Compact);
        panel.setTimeZone(m_f->zone);
        panel.setClient(m_f->client);
        QCOMPARE(panel.metric(QStringLiteral("total")), QStringLiteral("6"));
        book(QDate(2026, 3, 27), QStringLiteral("10:00"), m_f->cut, AppointmentStatus::Booked);
        panel.reload();
        QCOMPARE(panel.metric(QStringLiteral("total")), QStringLiteral("7"));
        QCOMPARE(panel.metric(QStringLiteral("thisMonth")), QStringLiteral("4"));
    }

    void testBookAgainAsksForTheLastVisit()
    {
        ClientDetailPanel panel(m_store->store(), ClientDetailPanel::Layout::Compact);
        panel.setClient(m_f->client);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy asked(&panel, &ClientDetailPanel::bookingRequested);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("bookAgainButton")),
                          Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        const auto prefill = asked.first().first().value<BookingPrefill>();
        QCOMPARE(prefill.clientId, m_f->client);
        // The last visit that happened was the colour with Ana.
        QCOMPARE(prefill.serviceIds, QList<Id> { m_f->colour });
        QCOMPARE(prefill.staffId, m_f->ana);
        QVERIFY(!prefill.findNextSlot);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("clientNextSlotButton")),
                          Qt::LeftButton);
        QVERIFY(asked.last().first().value<BookingPrefill>().findNextSlot);
    }

    void testTheClientsPageOpensTheClientsPage()
    {
        ClientsPage page(m_store->store());
        page.resize(1100, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("clientTable"));
        const int row = page.model()->rowOf(m_f->client);
        QVERIFY(row >= 0);
        table->setFocus();
        table->setCurrentIndex(page.model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(page.isShowingClientPage());
        QCOMPARE(page.clientPanel()->client(), m_f->client);
        QCOMPARE(page.clientPanel()->metric(QStringLiteral("completed")), QStringLiteral("3"));
        QSignalSpy asked(&page, &ClientsPage::bookingRequested);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("bookAgainButton")),
                          Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        // Esc goes back to the list with the client still selected.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!page.isShowingClientPage());
        QCOMPARE(page.editedClient(), m_f->client);
    }
};

QTEST_MAIN(TestClientDetailPanel)
#include "TestClientDetailPanel.moc"
