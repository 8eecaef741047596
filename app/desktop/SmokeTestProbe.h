// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace Balcao {

class MainWindow;

// `balcao --smoke-test`: how the package smoke tests (installer/linux/smoke-test)
// and tests/app/TestBalcaoDesktop see that the app they started reached the
// window a person would work in, with nobody at the screen. It watches the
// windows the app shows; the first one ends the run the way a person would:
// - the first-run wizard: prints "smoke-test: first-run wizard", then
//   cancels it (nothing is created);
// - the main window: opens the agenda, waits for its first read, prints
//   "smoke-test: agenda, N appointments", then quits as File ▸ Quit does.
// Any other window first (a passphrase or sign-in prompt, an error) is
// printed as "smoke-test: stopped at <class> \"<title>\"" and closed, and
// the run fails; so does nothing at all within the deadline.
// With a screenshot path, the reached window is saved there first.
class SmokeTestProbe : public QObject
{
    Q_OBJECT
public:
    explicit SmokeTestProbe(QString screenshotPath = {}, QObject *parent = nullptr);

    // The exit code of the run: 0 once a window was reached, otherwise
    // kNotReached.
    int exitCode() const { return m_reached ? 0 : kNotReached; }
    static constexpr int kNotReached = 3;
    static constexpr int kDeadlineMsecs = 60000;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void windowShown(QWidget *window);
    void watchAgenda(MainWindow *window);
    void reached(QWidget *window, const QString &what);
    void report(const QString &line);

    QString m_screenshotPath;
    bool m_decided = false;
    bool m_reached = false;
    bool m_agendaShown = false;
    QPointer<MainWindow> m_mainWindow;
};

} // namespace Balcao
