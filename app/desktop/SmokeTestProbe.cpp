// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmokeTestProbe.h"

#include "MainWindow.h"
#include "agenda/AgendaModel.h"
#include "agenda/AgendaPage.h"
#include "setup/FirstRunWizard.h"
#include "shell/NavigationBar.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Balcao {

SmokeTestProbe::SmokeTestProbe(QString screenshotPath, QObject *parent)
    : QObject(parent)
    , m_screenshotPath(std::move(screenshotPath))
{
    qApp->installEventFilter(this);
    // A deadline, not a wait: a run that reaches nothing (a hang, a prompt
    // nobody answers) ends on its own instead of holding the test.
    QTimer::singleShot(kDeadlineMsecs, this, [this] {
        if (m_reached)
            return;
        report(QStringLiteral("nothing reached in %1 s").arg(kDeadlineMsecs / 1000));
        std::fflush(stdout);
        std::_Exit(kNotReached);
    });
}

bool SmokeTestProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && !m_decided) {
        auto *widget = qobject_cast<QWidget *>(watched);
        // Windows and dialogs only: not a tooltip, menu or pop-up.
        const bool window = widget && widget->isWindow()
            && (widget->windowType() == Qt::Window || widget->windowType() == Qt::Dialog);
        if (window) {
            m_decided = true;
            // After the show has been handled, so the window is complete.
            QMetaObject::invokeMethod(
                this,
                [this, window = QPointer<QWidget>(widget)] {
                    if (window)
                        windowShown(window);
                },
                Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

void SmokeTestProbe::windowShown(QWidget *window)
{
    if (auto *wizard = qobject_cast<FirstRunWizard *>(window)) {
        reached(wizard, QStringLiteral("first-run wizard"));
        wizard->reject();
        return;
    }
    if (auto *main = qobject_cast<MainWindow *>(window)) {
        watchAgenda(main);
        return;
    }
    report(QStringLiteral("stopped at %1 \"%2\"")
               .arg(QString::fromLatin1(window->metaObject()->className()), window->windowTitle()));
    window->close();
}

void SmokeTestProbe::watchAgenda(MainWindow *window)
{
    m_mainWindow = window;
    AgendaPage *agenda = window->agendaPage();
    AgendaModel *model = agenda->model();
    const auto done = [this, model] {
        if (m_agendaShown || !m_mainWindow)
            return;
        m_agendaShown = true; // once: later reloads change nothing
        reached(m_mainWindow,
                QStringLiteral("agenda, %1 appointments").arg(model->appointments().size()));
        // As File ▸ Quit: every window closes, then the event loop ends.
        QTimer::singleShot(0, qApp, &QApplication::closeAllWindows);
    };
    connect(model, &AgendaModel::reloaded, this, done);
    connect(model, &AgendaModel::readFailed, this, [this](const QString &message) {
        report(QStringLiteral("the agenda could not be read: %1").arg(message));
        QTimer::singleShot(0, qApp, &QApplication::closeAllWindows);
    });
    window->navigation()->select(NavigationBar::Area::Agenda);
    // The page asked for its week when it was made; when that answer is in
    // already, ask again so that "reached" follows a read of the shown page.
    if (!model->isLoading())
        agenda->reload();
}

void SmokeTestProbe::reached(QWidget *window, const QString &what)
{
    if (!m_screenshotPath.isEmpty() && !window->grab().save(m_screenshotPath, "PNG")) {
        report(QStringLiteral("could not write %1").arg(m_screenshotPath));
        return;
    }
    m_reached = true;
    report(what);
}

void SmokeTestProbe::report(const QString &line)
{
    std::fprintf(stdout, "smoke-test: %s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

} // namespace Balcao
