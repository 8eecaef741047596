// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace Balcao::Test {

// Answers the modal dialogs a test provokes, in order, as a person would:
// each step waits for the modal widget of a given object name and acts on
// it (clicks a button, types, rejects). Records what it saw; a dialog left
// open after its step is rejected, so a test never hangs.
class ModalAnswerer : public QObject
{
public:
    using Action = std::function<void(QWidget *)>;

    ModalAnswerer()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswerer::poll);
        m_timer.start();
    }

    ModalAnswerer &then(const QString &objectName, Action action)
    {
        m_steps.append({ objectName, std::move(action) });
        return *this;
    }

    // The object names of the modal widgets answered, in order.
    QStringList seen;
    QStringList unexpected;
    bool done() const { return m_next >= m_steps.size(); }

private:
    struct Step
    {
        QString objectName;
        Action action;
    };

    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last) {
            m_waiting.invalidate();
            return;
        }
        if (m_next >= m_steps.size() || modal->objectName() != m_steps.at(m_next).objectName) {
            // Not what the test expects: close it after a while rather than hang.
            if (!m_waiting.isValid())
                m_waiting.start();
            else if (m_waiting.elapsed() > 3000) {
                qWarning("ModalAnswerer: unexpected %s", qPrintable(modal->objectName()));
                unexpected << modal->objectName();
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
                else
                    modal->close();
                m_waiting.invalidate();
            }
            return;
        }
        m_waiting.invalidate();
        const Step step = m_steps.at(m_next);
        m_last = modal;
        ++m_next;
        seen << modal->objectName();
        step.action(modal);
        if (modal->isVisible()) {
            if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && m_next >= m_steps.size())
                dialog->reject();
        }
    }

    QTimer m_timer;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    QPointer<QWidget> m_last;
    QElapsedTimer m_waiting;
};

} // namespace Balcao::Test
