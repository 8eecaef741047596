// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaDemo.h"
#include "MainWindow.h"
#include "TestStore.h"
#include "WidgetTestHelpers.h"
#include "agenda/AgendaModel.h"
#include "agenda/AgendaPage.h"
#include "agenda/AgendaView.h"
#include "agenda/BookingDialog.h"
#include "catalog/ServiceCatalog.h"
#include "clients/ClientDetailPanel.h"
#include "clients/ClientsPage.h"
#include "locations/LocationService.h"
#include "shell/AppStyle.h"
#include "shell/LanguageSwitcher.h"
#include "shell/NavigationBar.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

// The demo week in the real main window. With BALCAO_SCREENSHOT_DIR set
// (e.g. docs/screenshots) it saves the week view and a client's page in
// English and Portuguese; without, it checks the demo shows as expected.
class TestAgendaScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void testDemoWeek_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("suffix");
        QTest::addRow("English") << QStringLiteral("en") << QStringLiteral("en");
        QTest::addRow("Portuguese") << QStringLiteral("pt_BR") << QStringLiteral("pt");
    }

    void testDemoWeek()
    {
        QFETCH(QString, language);
        QFETCH(QString, suffix);
        applyAppStyle(*qApp); // as the app looks
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        LanguageSwitcher languages(settings);
        QVERIFY(languages.switchTo(language, false));

        TestStore store(AgendaDemo::kNowMsecs);
        store.initialiseBusiness(QStringLiteral("Studio Bella"));
        const AgendaDemo demo(*store);
        UserAccount user;
        user.login = QStringLiteral("maria");
        MainWindow window(*store, languages, user);
        window.resize(1600, 960);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.navigation()->select(NavigationBar::Area::Agenda);
        AgendaPage *agenda = window.agendaPage();
        QVERIFY(agenda->isVisible());
        // The agenda reads on its own thread.
        QTRY_VERIFY_WITH_TIMEOUT(!agenda->model()->isLoading(), 10'000);
        QVERIFY(agenda->model()->days().contains(demo.monday));
        int blocks = 0;
        for (const AgendaBlock &b : agenda->model()->blocks())
            blocks += b.movesStaff ? 1 : 0;
        QCOMPARE(blocks, demo.bookedThisWeek);
        QCOMPARE(agenda->model()->columns().size(), 3);
        saveScreenshot(window, QStringLiteral("agenda-week"), suffix);
        QVERIFY2(clippedButtons(window).isEmpty(), qPrintable(clippedButtons(window).join(u'\n')));

        // Her visit in progress, selected: the side panel with its actions
        // and the client, in the day view.
        agenda->setSpan(AgendaModel::Span::Day);
        agenda->showAppointment(demo.regularVisitToday);
        QTRY_VERIFY_WITH_TIMEOUT(!agenda->model()->isLoading(), 10'000);
        agenda->openAppointment(demo.regularVisitToday);
        QCOMPARE(agenda->view()->selectedAppointment(), demo.regularVisitToday);
        QCOMPARE(agenda->clientPanel()->client(), demo.regularClient);
        saveScreenshot(window, QStringLiteral("agenda-day"), suffix);
        QVERIFY2(clippedButtons(window).isEmpty(), qPrintable(clippedButtons(window).join(u'\n')));
        // Still fits a 1366-pixel laptop screen with the panel open.
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));

        // Booking her again on Thursday at 10:00, when Bianca is still busy:
        // the dialog shows the plan and its warning before anything is saved.
        BookingPrefill prefill = agenda->clientPanel()->bookAgainPrefill();
        prefill.startsAtMsecs
            = QDateTime(demo.monday.addDays(3), QTime(10, 0), agenda->model()->timeZone())
                  .toMSecsSinceEpoch();
        BookingDialog dialog(*store, agenda->model()->location(), prefill, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.updatePlan();
        QCOMPARE(dialog.planIssues().size(), 1);
        saveScreenshot(dialog, QStringLiteral("booking-dialog"), suffix);
        dialog.reject();

        // From the side panel to the client's own page.
        window.resize(1400, 900);
        emit agenda->clientPageRequested(demo.regularClient);
        QVERIFY(window.clientsPage()->isShowingClientPage());
        QCOMPARE(window.clientsPage()->clientPanel()->client(), demo.regularClient);
        QCOMPARE(window.clientsPage()->clientPanel()->metric(QStringLiteral("completed")),
                 QStringLiteral("5"));
        saveScreenshot(window, QStringLiteral("client-detail"), suffix);
        QVERIFY2(clippedButtons(window).isEmpty(), qPrintable(clippedButtons(window).join(u'\n')));
        languages.switchTo(QStringLiteral("en"), false);
    }
};

QTEST_MAIN(TestAgendaScreenshots)
#include "TestAgendaScreenshots.moc"
