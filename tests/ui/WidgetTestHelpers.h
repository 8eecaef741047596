// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace Balcao::Test {

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

// With BALCAO_SCREENSHOT_DIR set (e.g. docs/screenshots), saves the widget
// as <dir>/<name>-<language>.png; without, does nothing.
inline void saveScreenshot(QWidget &widget, const QString &name, const QString &language)
{
    const QString dir = qEnvironmentVariable("BALCAO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name + QLatin1Char('-') + language
                               + QStringLiteral(".png")));
}

} // namespace Balcao::Test
