// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTest>

namespace Balcao::Test {

// English texts with British formats for the whole test process: what the
// widget tests that read labels and amounts assert against.
inline void useEnglishTexts()
{
    installTranslations(*QCoreApplication::instance(), QLocale(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
}

// Clicks the button of that object name inside `in`, as a person would; the
// test fails when it is missing or disabled.
inline void clickButton(QWidget *in, const QString &objectName)
{
    auto *button = in->findChild<QPushButton *>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    QVERIFY2(button->isEnabled(), qPrintable(objectName));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Types into a field as a barcode scanner does: the characters, then Enter.
// While a completer's list is up, Enter goes to the list, as a real key
// press would.
inline void scan(QLineEdit *field, const QString &code)
{
    field->setFocus();
    QTest::keyClicks(field, code);
    QWidget *popup = field->completer() ? field->completer()->popup() : nullptr;
    QTest::keyClick(popup && popup->isVisible() ? popup : static_cast<QWidget *>(field),
                    Qt::Key_Return);
}

// The visible buttons under `root` too narrow for their text (a layout that
// squeezes them cuts the words), as "objectName: text"; empty when all fit.
inline QStringList clippedButtons(const QWidget &root)
{
    QStringList clipped;
    const auto buttons = root.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->isVisible() && !button->text().isEmpty()
            && button->width() < button->sizeHint().width())
            clipped << button->objectName() + QStringLiteral(": ") + button->text();
    }
    return clipped;
}

// Runs the event loop until the widgets under `root` stop moving: layouts
// settle over several passes (a list that just appeared resizes its parent,
// then the page; a language switch rewraps labels). Two passes in a row that
// move nothing end it. A poll with a deadline, not a fixed wait; false when
// the deadline passed with widgets still moving.
inline bool waitForLayoutsSettled(QWidget &root, int timeoutMsecs = 10000)
{
    const auto geometries = [&root] {
        QList<QRect> all { root.geometry() };
        const auto children = root.findChildren<QWidget *>();
        for (const QWidget *child : children)
            all << (child->isVisible() ? child->geometry() : QRect());
        return all;
    };
    const QDeadlineTimer deadline(timeoutMsecs);
    QList<QRect> before = geometries();
    for (int still = 0; still < 2;) {
        QCoreApplication::sendPostedEvents(); // layout requests, resizes
        QCoreApplication::processEvents();
        const QList<QRect> after = geometries();
        still = after == before ? still + 1 : 0;
        before = after;
        if (still < 2 && deadline.hasExpired())
            return false;
    }
    return true;
}

// With BALCAO_SCREENSHOT_DIR set (e.g. docs/screenshots), saves the widget
// as <dir>/<name>-<language>.png; without, does nothing.
inline void saveScreenshot(QWidget &widget, const QString &name, const QString &language)
{
    // Laid out and painted either way, so the checks that follow (sizes that
    // fit a screen) see the same widgets with or without the pictures.
    QCoreApplication::processEvents();
    const QPixmap picture = widget.grab();
    const QString dir = qEnvironmentVariable("BALCAO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(picture.save(dir + QLatin1Char('/') + name + QLatin1Char('-') + language
                         + QStringLiteral(".png")));
}

} // namespace Balcao::Test
