// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QTimer>

namespace Balcao::Test {

// What has the focus in a dialog a test is answering: keys go there, as they
// would from the keyboard. qWaitForWindowActive() is satisfied while the
// parent window is still the active one; shortcuts need the dialog itself.
inline QWidget *focusIn(QWidget *dialog)
{
    if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
        qWarning("%s is not active", qPrintable(dialog->objectName()));
    return dialog->focusWidget() ? dialog->focusWidget() : dialog;
}

// A key for a dialog once the current answer has returned. A key that opens
// another modal dialog must be pressed this way: ModalAnswerer cannot answer
// a dialog opened from inside one of its own answers (its timer does not
// fire again until the answer returns).
inline void pressLater(QWidget *dialog, Qt::Key key)
{
    QTimer::singleShot(0, dialog, [dialog, key] { QTest::keyClick(focusIn(dialog), key); });
}

inline void clickNamed(QWidget *dialog, const QString &objectName)
{
    auto *button = dialog->findChild<QAbstractButton *>(objectName);
    if (!button)
        qFatal("no button %s", qPrintable(objectName));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace Balcao::Test
