// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModalAnswerer.h"
#include "SchedulingFixture.h"
#include "TestStore.h"
#include "Translations.h"
#include "agenda/AgendaEditor.h"
#include "agenda/AgendaPage.h"
#include "agenda/AgendaView.h"
#include "agenda/AppointmentActions.h"
#include "agenda/AppointmentPanel.h"
#include "agenda/BookingDialog.h"
#include "clients/ClientDetailPanel.h"
#include "scheduling/AppointmentBook.h"
#include "shell/FormMessage.h"

#include <QAbstractButton>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Balcao;
using namespace Balcao::Test;

namespace {

void clickButton(QWidget *dialog, const QString &objectName)
{
    auto *button = dialog->findChild<QAbstractButton *>(objectName);
    if (!button)
        qFatal("no button %s", qPrintable(objectName));
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickCancel(QWidget *widget)
{
    auto *box = qobject_cast<QMessageBox *>(widget);
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
}

} // namespace

// The agenda page driven like a person would: dragging blocks with the
// mouse, keys, and the manager override, against a real store.
class TestAgendaPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<SchedulingFixture> m_f;
    std::unique_ptr<AgendaPage> m_page;
    const QDate m_monday { 2026, 3, 9 };
    Appointment m_cut; // Ana, Monday 10:00-11:00, Joana
    Appointment m_busy; // Bruno, Monday 14:00-15:00, Pedro

    Appointment book(const QString &hhmm, const Id &staff, const Id &client, int dayOffset = 0)
    {
        BookingRequest r;
        r.locationId = m_f->location;
        r.clientId = client;
        r.startsAtMsecs = m_f->at(m_monday.addDays(dayOffset), hhmm);
        r.lines = { BookingLine { m_f->cut, staff, Id(), std::nullopt } };
        auto booked = AppointmentBook(m_store->store()).book(r);
        if (!booked)
            qFatal("book: %s", qPrintable(booked.error().message));
        return *booked;
    }
    Appointment stored(const Id &id) { return *AppointmentBook(m_store->store()).find(id); }
    // The model reads on its own thread: the grid shows the period asked
    // for once the answer is in.
    void waitForAgenda()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 10'000);
        QVERIFY(m_page->model()->days().contains(m_page->model()->date()));
    }
    const AgendaBlock &blockOf(const Id &id) const
    {
        return m_page->model()->blocks().at(view()->blockIndexOf(id));
    }
    QUndoStack *undoStack() const { return m_page->editor()->undoStack(); }
    QToolButton *button(const char *name) const
    {
        return m_page->findChild<QToolButton *>(QString::fromLatin1(name));
    }
    AgendaView *view() const { return m_page->view(); }
    int columnOf(const Id &staff) const { return m_page->model()->columnOf(staff); }
    int pendingChanges()
    {
        QSqlQuery q(m_store->store().database().connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM change_log"));
        q.next();
        return q.value(0).toInt();
    }

    // Presses on the block, drags it in steps (as a hand does) and drops it
    // with the same grab point at `target` (a slot's top-left in the grid).
    void drag(const Id &id, int day, int column, int minute, bool bottomEdge = false)
    {
        const QRect rect = view()->blockRect(view()->blockIndexOf(id));
        const QPoint grab = bottomEdge ? QPoint(rect.center().x(), rect.bottom() - 2)
                                       : QPoint(rect.center().x(), rect.top() + 8);
        const AgendaBlock &b = m_page->model()->blocks().at(view()->blockIndexOf(id));
        QPoint target = view()->pointAt(day, column, minute);
        target.setY(
            target.y()
            + (grab.y()
               - view()->pointAt(b.day, b.column, bottomEdge ? b.endMinute : b.startMinute).y()));
        QWidget *viewport = view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, grab);
        const QPoint step = (target - grab) / 4;
        for (int i = 1; i < 4; ++i)
            QTest::mouseMove(viewport, grab + step * i);
        QTest::mouseMove(viewport, target);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);
    }

private slots:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    }

    void init()
    {
        // Monday 9 March 2026, 08:00 in São Paulo: the week is ahead.
        m_store = std::make_unique<TestStore>(
            QDateTime(QDate(2026, 3, 9), QTime(11, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        m_f = std::make_unique<SchedulingFixture>(m_store->store());
        m_cut = book(QStringLiteral("10:00"), m_f->ana, m_f->client);
        m_busy = book(QStringLiteral("14:00"), m_f->bruno, m_f->otherClient);
        m_page = std::make_unique<AgendaPage>(m_store->store());
        m_page->resize(1500, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        waitForAgenda();
        QCOMPARE(m_page->model()->days().first(), m_monday);
    }

    void cleanup()
    {
        m_page.reset();
        m_f.reset();
        m_store.reset();
    }

    void testDragMovesToAnotherTimeAndStaffAndPersists()
    {
        QSignalSpy changed(m_page.get(), &AgendaPage::changed);
        // Tuesday 15:00 in Bruno's column.
        drag(m_cut.id, 1, columnOf(m_f->bruno), 15 * 60);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_page->message()->kind(), FormMessage::Kind::Success);
        // The grid shows it there, selected.
        const qsizetype index = view()->blockIndexOf(m_cut.id);
        QVERIFY(index >= 0);
        const AgendaBlock &block = m_page->model()->blocks().at(index);
        QCOMPARE(block.day, 1);
        QCOMPARE(block.column, columnOf(m_f->bruno));
        QCOMPARE(block.startMinute, 15 * 60);
        QCOMPARE(view()->selectedAppointment(), m_cut.id);

        // Read back from the database after a restart.
        m_page.reset();
        m_store->reopen();
        const Appointment moved = stored(m_cut.id);
        QCOMPARE(moved.time.from, m_f->at(m_monday.addDays(1), QStringLiteral("15:00")));
        QCOMPARE(moved.time.to, m_f->at(m_monday.addDays(1), QStringLiteral("16:00")));
        QCOMPARE(moved.staffId, m_f->bruno);
        QCOMPARE(moved.items.first().staffId, m_f->bruno);
    }

    void testDragWithinTheColumnKeepsTheStaffMember()
    {
        drag(m_cut.id, 0, columnOf(m_f->ana), 16 * 60 + 30);
        const Appointment moved = stored(m_cut.id);
        QCOMPARE(moved.time.from, m_f->at(m_monday, QStringLiteral("16:30")));
        QCOMPARE(moved.staffId, m_f->ana);
    }

    void testDragTheBottomEdgeResizes()
    {
        drag(m_cut.id, 0, columnOf(m_f->ana), 11 * 60 + 30, true);
        const Appointment resized = stored(m_cut.id);
        QCOMPARE(resized.time.from, m_f->at(m_monday, QStringLiteral("10:00")));
        QCOMPARE(resized.time.to, m_f->at(m_monday, QStringLiteral("11:30")));
    }

    void testEscDropsADrag()
    {
        const QRect rect = view()->blockRect(view()->blockIndexOf(m_cut.id));
        const QPoint grab(rect.center().x(), rect.top() + 8);
        const QPoint target = view()->pointAt(2, columnOf(m_f->bruno), 15 * 60);
        QWidget *viewport = view()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, grab);
        QTest::mouseMove(viewport, (grab + target) / 2);
        QTest::mouseMove(viewport, target);
        QTest::keyClick(view(), Qt::Key_Escape);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);
        QCOMPARE(stored(m_cut.id).time, m_cut.time);
        QCOMPARE(stored(m_cut.id).staffId, m_f->ana);
    }

    void testMoveOntoBusyStaffWarnsAndDecliningChangesNothing_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::addRow("Cancel button") << false;
        QTest::addRow("Esc") << true;
    }

    void testMoveOntoBusyStaffWarnsAndDecliningChangesNothing()
    {
        QFETCH(bool, escape);
        const int changesBefore = pendingChanges();
        QSignalSpy changed(m_page.get(), &AgendaPage::changed);
        QString warning;
        bool cancelIsDefault = false;
        ModalAnswerer answerer;
        answerer.then(QStringLiteral("bookingWarning"), [&](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            warning = box->informativeText();
            cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
            if (escape)
                QTest::keyClick(box, Qt::Key_Escape);
            else
                clickCancel(w);
        });
        // Onto Bruno at 14:00, where Pedro is booked.
        drag(m_cut.id, 0, columnOf(m_f->bruno), 14 * 60);
        QVERIFY(answerer.done());
        QVERIFY(cancelIsDefault);
        QVERIFY2(warning.contains(QStringLiteral("Bruno is already booked")), qPrintable(warning));
        QCOMPARE(m_page->message()->kind(), FormMessage::Kind::Error);
        QCOMPARE(m_page->message()->text(), QStringLiteral("Nothing was changed."));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(pendingChanges(), changesBefore);
        const Appointment same = stored(m_cut.id);
        QCOMPARE(same.time, m_cut.time);
        QCOMPARE(same.staffId, m_f->ana);
        // The block is back where it was.
        const AgendaBlock &block = m_page->model()->blocks().at(view()->blockIndexOf(m_cut.id));
        QCOMPARE(block.column, columnOf(m_f->ana));
        QCOMPARE(block.startMinute, 10 * 60);
    }

    void testManagerOverrideMovesOverTheWarning()
    {
        QString firstError;
        ModalAnswerer answerer;
        answerer
            .then(QStringLiteral("bookingWarning"),
                  [](QWidget *w) { clickButton(w, QStringLiteral("bookAnyway")); })
            .then(QStringLiteral("managerApprovalDialog"), [&](QWidget *w) {
                auto *login = w->findChild<QLineEdit *>(QStringLiteral("approvalLogin"));
                auto *password = w->findChild<QLineEdit *>(QStringLiteral("approvalPassword"));
                // The front desk's own account may not override.
                QTest::keyClicks(login, QStringLiteral("recepcao"));
                QTest::keyClicks(password, QStringLiteral("senha-forte-2"));
                clickButton(w, QStringLiteral("approveButton"));
                firstError = w->findChild<FormMessage *>(QStringLiteral("approvalMessage"))->text();
                QVERIFY(w->isVisible());
                login->clear();
                QTest::keyClicks(login, QStringLiteral("gerente"));
                QTest::keyClicks(password, QStringLiteral("senha-forte-1"));
                clickButton(w, QStringLiteral("approveButton"));
            });
        drag(m_cut.id, 0, columnOf(m_f->bruno), 14 * 60);
        QVERIFY(answerer.done());
        QVERIFY2(firstError.contains(QStringLiteral("manager")), qPrintable(firstError));
        const Appointment moved = stored(m_cut.id);
        QCOMPARE(moved.staffId, m_f->bruno);
        QCOMPARE(moved.time.from, m_f->at(m_monday, QStringLiteral("14:00")));
        // The override is on record with the manager's id.
        QSqlQuery q(m_store->store().database().connection());
        q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = ? AND user_id = ?"));
        q.addBindValue(QStringLiteral("appointment.movedOverConflicts"));
        q.addBindValue(m_f->manager.toString());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void testKeyboardSelectsMovesAndUndoes()
    {
        view()->setFocus();
        // From Monday 10:00 in Ana's column the arrows reach the visit.
        view()->setSlotCursor({ 0, columnOf(m_f->ana), 9 * 60 + 30 });
        QVERIFY(view()->selectedAppointment().isNull());
        QTest::keyClick(view(), Qt::Key_Down);
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(view()->selectedAppointment(), m_cut.id);
        // Enter opens it in the side panel, with its client's metrics; Esc
        // comes back to the grid.
        QVERIFY(!m_page->appointmentPanel()->isVisible());
        QTest::keyClick(view(), Qt::Key_Return);
        QVERIFY(m_page->appointmentPanel()->isVisible());
        QCOMPARE(m_page->clientPanel()->client(), m_f->client);
        QVERIFY(m_page->appointmentPanel()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), view());
        // Alt+Down moves it 15 minutes later; Ctrl+Z moves it back.
        QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(stored(m_cut.id).time.from, m_f->at(m_monday, QStringLiteral("10:15")));
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(m_cut.id).time.from, m_f->at(m_monday, QStringLiteral("10:00")));
        // Alt+Shift+Down makes it 15 minutes longer.
        QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(stored(m_cut.id).time.to, m_f->at(m_monday, QStringLiteral("11:15")));
    }

    void testPeriodKeys()
    {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Right, Qt::ControlModifier);
        waitForAgenda();
        QCOMPARE(m_page->model()->days().first(), m_monday.addDays(7));
        QTest::keyClick(view(), Qt::Key_D);
        QCOMPARE(m_page->model()->span(), AgendaModel::Span::Day);
        waitForAgenda();
        QCOMPARE(m_page->model()->days().size(), 1);
        QTest::keyClick(view(), Qt::Key_Left, Qt::ControlModifier);
        waitForAgenda();
        QCOMPARE(m_page->model()->days().size(), 1);
        QTest::keyClick(view(), Qt::Key_T);
        waitForAgenda();
        QCOMPARE(m_page->model()->days().first(), m_monday);
        QTest::keyClick(view(), Qt::Key_W);
        QCOMPARE(m_page->model()->span(), AgendaModel::Span::Week);
        waitForAgenda();
        QCOMPARE(m_page->model()->days().first(), m_monday);
        // Ctrl+G: a date dialog.
        ModalAnswerer answerer;
        answerer.then(QStringLiteral("dateJumpDialog"), [](QWidget *w) {
            auto *dialog = qobject_cast<QDialog *>(w);
            dialog->findChild<QCalendarWidget *>()->setSelectedDate(QDate(2026, 4, 15));
            dialog->accept();
        });
        QTest::keyClick(view(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(answerer.done());
        waitForAgenda();
        QVERIFY(m_page->model()->days().contains(QDate(2026, 4, 15)));
    }

    void testDeleteCancelsWithAReason()
    {
        view()->setFocus();
        view()->selectAppointment(m_cut.id);
        ModalAnswerer answerer;
        answerer.then(QStringLiteral("cancelAppointmentDialog"), [](QWidget *w) {
            // No reason: core refuses and the dialog says so.
            clickButton(w, QStringLiteral("confirmCancel"));
            QVERIFY(w->isVisible());
            QVERIFY(
                !w->findChild<FormMessage *>(QStringLiteral("cancelMessage"))->text().isEmpty());
            auto *reason = w->findChild<QComboBox *>(QStringLiteral("cancelReason"));
            QTest::keyClicks(reason->lineEdit(), QStringLiteral("Client has the flu"));
            clickButton(w, QStringLiteral("confirmCancel"));
        });
        QTest::keyClick(view(), Qt::Key_Delete);
        QVERIFY(answerer.done());
        const Appointment cancelled = stored(m_cut.id);
        QCOMPARE(cancelled.status, AppointmentStatus::Cancelled);
        QCOMPARE(cancelled.cancelReason, QStringLiteral("Client has the flu"));
    }

    void testStatusActionsFollowTheRules()
    {
        m_page->openAppointment(m_cut.id);
        AppointmentActions *actions = m_page->actions();
        QVERIFY(actions->confirmAction()->isEnabled());
        QVERIFY(!actions->restoreAction()->isEnabled());
        auto *confirm = m_page->findChild<QPushButton *>(QStringLiteral("confirmActionButton"));
        QVERIFY(confirm && confirm->isVisible());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(stored(m_cut.id).status, AppointmentStatus::Confirmed);
        QVERIFY(!actions->confirmAction()->isEnabled()); // already confirmed
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("checkInActionButton")),
                          Qt::LeftButton);
        QCOMPARE(stored(m_cut.id).status, AppointmentStatus::CheckedIn);
        QVERIFY(!actions->noShowAction()->isEnabled()); // they came
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("completeActionButton")),
                          Qt::LeftButton);
        QCOMPARE(stored(m_cut.id).status, AppointmentStatus::Completed);
        QVERIFY(!actions->cancelAction()->isEnabled());
        // A completed visit cannot be dragged: core says so, nothing moves.
        drag(m_cut.id, 0, columnOf(m_f->ana), 16 * 60);
        QCOMPARE(m_page->message()->kind(), FormMessage::Kind::Error);
        QCOMPARE(stored(m_cut.id).time, m_cut.time);
    }

    void testNOpensTheBookingDialogAtTheCursor()
    {
        view()->setFocus();
        view()->setSlotCursor({ 2, columnOf(m_f->bruno), 16 * 60 });
        qint64 start = 0;
        Id staff;
        ModalAnswerer answerer;
        answerer.then(QStringLiteral("bookingDialog"), [&](QWidget *w) {
            auto *dialog = qobject_cast<BookingDialog *>(w);
            start = dialog->startMsecs();
            staff = dialog->staffId();
            dialog->reject();
        });
        QTest::keyClick(view(), Qt::Key_N);
        QVERIFY(answerer.done());
        QCOMPARE(start, m_f->at(m_monday.addDays(2), QStringLiteral("16:00")));
        QCOMPARE(staff, m_f->bruno);
    }

    // Moves and resizes go into a history like the cart's: Ctrl+Z takes
    // them back one by one, Ctrl+Shift+Z makes them again, each through
    // AppointmentBook (a new change each time, synced like any edit).
    void testMultiLevelUndoAndRedo()
    {
        view()->setFocus();
        const int changesBefore = pendingChanges();
        QVERIFY(!button("agendaUndo")->isEnabled());
        QVERIFY(!button("agendaRedo")->isEnabled());
        // 1. To Tuesday 15:00 with Bruno, by mouse.
        drag(m_cut.id, 1, columnOf(m_f->bruno), 15 * 60);
        // 2. A quarter of an hour later, by key.
        view()->selectAppointment(m_cut.id);
        QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier);
        // 3. Longer by a quarter of an hour.
        QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
        // 4. Pedro's visit, an hour earlier.
        view()->selectAppointment(m_busy.id);
        QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(undoStack()->count(), 7);
        QCOMPARE(stored(m_busy.id).time.from, m_f->at(m_monday, QStringLiteral("13:00")));
        const TimeInterval last { m_f->at(m_monday.addDays(1), QStringLiteral("15:15")),
                                  m_f->at(m_monday.addDays(1), QStringLiteral("16:30")) };
        QCOMPARE(stored(m_cut.id).time, last);
        QVERIFY(button("agendaUndo")->isEnabled());
        QVERIFY2(button("agendaUndo")->toolTip().contains(QStringLiteral("Pedro")),
                 qPrintable(button("agendaUndo")->toolTip()));

        // Back through all of it, the last first.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(m_busy.id).time, m_busy.time);
        QCOMPARE(stored(m_cut.id).time, last);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(m_cut.id).time.to, m_f->at(m_monday.addDays(1), QStringLiteral("16:15")));
        QCOMPARE(m_page->message()->kind(), FormMessage::Kind::Success);
        QVERIFY2(m_page->message()->text().startsWith(QStringLiteral("Undone")),
                 qPrintable(m_page->message()->text()));
        QTest::mouseClick(button("agendaUndo"), Qt::LeftButton); // the button does the same
        QCOMPARE(stored(m_cut.id).time.from, m_f->at(m_monday.addDays(1), QStringLiteral("15:00")));
        QCOMPARE(stored(m_cut.id).staffId, m_f->bruno);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        const Appointment back = stored(m_cut.id);
        QCOMPARE(back.time, m_cut.time);
        QCOMPARE(back.staffId, m_f->ana);
        QCOMPARE(back.items.first().staffId, m_f->ana);
        QVERIFY(!button("agendaUndo")->isEnabled());
        QVERIFY(button("agendaRedo")->isEnabled());
        // Nothing more to undo: nothing happens.
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(m_cut.id).time, m_cut.time);
        // The grid shows it back on Monday with Ana.
        waitForAgenda();
        QCOMPARE(blockOf(m_cut.id).day, 0);
        QCOMPARE(blockOf(m_cut.id).column, columnOf(m_f->ana));
        QCOMPARE(blockOf(m_cut.id).startMinute, 10 * 60);

        // And forward again.
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(m_cut.id).staffId, m_f->bruno);
        QCOMPARE(stored(m_cut.id).time.from, m_f->at(m_monday.addDays(1), QStringLiteral("15:00")));
        QTest::mouseClick(button("agendaRedo"), Qt::LeftButton);
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(m_cut.id).time, last);
        QVERIFY2(m_page->message()->text().startsWith(QStringLiteral("Redone")),
                 qPrintable(m_page->message()->text()));
        QCOMPARE(undoStack()->index(), 3);
        QCOMPARE(undoStack()->count(), 7);
        waitForAgenda();
        QCOMPARE(blockOf(m_cut.id).day, 1);
        QCOMPARE(blockOf(m_cut.id).startMinute, 15 * 60 + 15);
        QCOMPARE(blockOf(m_cut.id).endMinute, 16 * 60 + 30);
        // Every step was a change of its own, through core.
        QCOMPARE(pendingChanges() > changesBefore + 10, true);
        // A new edit drops what could be redone.
        view()->selectAppointment(m_cut.id);
        QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(undoStack()->count(), 4);
        QVERIFY(!button("agendaRedo")->isEnabled());
    }

    // An undo or redo finds the appointment changed since, on this terminal
    // or another one (a sync round brought it): it is not overwritten, the
    // translated reason is shown, and that step leaves the history, whose
    // other steps still work.
    void testUndoAfterAChangeElsewhereIsRefused_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("redo");
        QTest::addColumn<QString>("message");
        QTest::addRow("undo, English")
            << QStringLiteral("en") << false
            << QStringLiteral("Not undone: Joana Silva's appointment has changed since, on this "
                              "terminal or another one.");
        QTest::addRow("redo, English")
            << QStringLiteral("en") << true
            << QStringLiteral("Not redone: Joana Silva's appointment has changed since, on this "
                              "terminal or another one.");
        QTest::addRow("undo, Portuguese")
            << QStringLiteral("pt_BR") << false
            << QStringLiteral("Não foi desfeito: o agendamento de Joana Silva mudou desde então, "
                              "neste terminal ou em outro.");
    }

    void testUndoAfterAChangeElsewhereIsRefused()
    {
        QFETCH(QString, language);
        QFETCH(bool, redo);
        QFETCH(QString, message);
        installTranslations(*QCoreApplication::instance(), QLocale(language));
        view()->setFocus();
        // Pedro an hour earlier, then Joana a quarter later.
        view()->selectAppointment(m_busy.id);
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
        view()->selectAppointment(m_cut.id);
        QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(undoStack()->count(), 5);
        if (redo)
            QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(undoStack()->index(), redo ? 4 : 5);
        // Another terminal moves Joana to 16:00; the sync round reloads.
        auto elsewhere = AppointmentBook(m_store->store())
                             .move(m_cut.id, m_f->at(m_monday, QStringLiteral("16:00")), Id(), {});
        QVERIFY(elsewhere);
        m_page->reload();
        waitForAgenda();
        const int changes = pendingChanges();
        if (redo)
            QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        else
            QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
        QCOMPARE(m_page->message()->kind(), FormMessage::Kind::Error);
        QCOMPARE(m_page->message()->text(), message);
        // Nothing written: the other terminal's time stays.
        QCOMPARE(pendingChanges(), changes);
        QCOMPARE(stored(m_cut.id).time, elsewhere->time);
        waitForAgenda();
        QCOMPARE(blockOf(m_cut.id).startMinute, 16 * 60);
        // The step is gone; Pedro's are still there to undo, and work.
        QCOMPARE(undoStack()->count(), 4);
        QCOMPARE(undoStack()->index(), 4);
        QVERIFY(!undoStack()->canRedo());
        QVERIFY(!button("agendaRedo")->isEnabled());
        QVERIFY(button("agendaUndo")->isEnabled());
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(m_busy.id).time, m_busy.time);
        QCOMPARE(stored(m_cut.id).time, elsewhere->time);
        QVERIFY(!undoStack()->canUndo());
    }

    // Undoing into a place taken since goes through the same warnings; the
    // front desk may decline, and then nothing changes.
    void testUndoIntoATakenPlaceWarns()
    {
        view()->setFocus();
        view()->selectAppointment(m_cut.id);
        QTest::keyClick(view(), Qt::Key_Right, Qt::AltModifier); // to Bruno, 10:00
        QCOMPARE(stored(m_cut.id).staffId, m_f->bruno);
        // Meanwhile Ana gets a visit at 10:00.
        const Appointment taken = book(QStringLiteral("10:00"), m_f->ana, m_f->otherClient);
        m_page->reload();
        waitForAgenda();
        QString warning;
        ModalAnswerer answerer;
        answerer.then(QStringLiteral("bookingWarning"), [&](QWidget *w) {
            warning = qobject_cast<QMessageBox *>(w)->informativeText();
            clickCancel(w);
        });
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(answerer.done());
        QVERIFY2(warning.contains(QStringLiteral("Ana is already booked")), qPrintable(warning));
        QCOMPARE(m_page->message()->text(), QStringLiteral("Nothing was changed."));
        QCOMPARE(stored(m_cut.id).staffId, m_f->bruno);
        QCOMPARE(stored(taken.id).staffId, m_f->ana);
        QVERIFY(!undoStack()->canUndo());
    }

    // A change that cannot be undone here (a status, a booking) closes the
    // history: Ctrl+Z never reaches past it.
    void testOtherChangesCloseTheHistory()
    {
        view()->setFocus();
        view()->selectAppointment(m_cut.id);
        QTest::keyClick(view(), Qt::Key_Down, Qt::AltModifier);
        QVERIFY(undoStack()->canUndo());
        m_page->openAppointment(m_cut.id);
        m_page->actions()->confirmAction()->trigger();
        QCOMPARE(stored(m_cut.id).status, AppointmentStatus::Confirmed);
        QVERIFY(!undoStack()->canUndo());
        QVERIFY(!button("agendaUndo")->isEnabled());
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(m_cut.id).time.from, m_f->at(m_monday, QStringLiteral("10:15")));
    }

    // After a sync round (the page's reload) the grid shows what another
    // terminal changed, and paging on and back keeps it.
    void testReloadShowsChangesFromElsewhere()
    {
        auto moved = AppointmentBook(m_store->store())
                         .move(m_cut.id, m_f->at(m_monday.addDays(3), QStringLiteral("11:00")),
                               m_f->bruno, {});
        QVERIFY(moved);
        const Appointment added = book(QStringLiteral("16:00"), m_f->ana, m_f->otherClient, 4);
        // Not yet read: the grid still shows the last answer.
        QCOMPARE(blockOf(m_cut.id).day, 0);
        m_page->reload();
        waitForAgenda();
        QCOMPARE(blockOf(m_cut.id).day, 3);
        QCOMPARE(blockOf(m_cut.id).column, columnOf(m_f->bruno));
        QCOMPARE(blockOf(added.id).day, 4);
        m_page->next();
        m_page->previous();
        waitForAgenda();
        QCOMPARE(blockOf(m_cut.id).startMinute, 11 * 60);
    }
};

QTEST_MAIN(TestAgendaPage)
#include "TestAgendaPage.moc"
