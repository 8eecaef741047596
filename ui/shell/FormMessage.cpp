// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormMessage.h"

#include <QAccessible>
#include <QStyle>

namespace Balcao {

FormMessage::FormMessage(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("formMessage"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Padding in code, not in the style sheet: a style sheet's padding is
    // not counted in a word-wrapped label's height, which clips the text.
    setContentsMargins(8, 6, 8, 6);
    setVisible(false);
}

void FormMessage::showError(const QString &text)
{
    show(Kind::Error, text);
}

void FormMessage::showSuccess(const QString &text)
{
    show(Kind::Success, text);
}

void FormMessage::clear()
{
    show(Kind::None, QString());
}

void FormMessage::show(Kind kind, const QString &text)
{
    m_kind = kind;
    setText(text);
    setProperty("kind",
                kind == Kind::Error         ? QStringLiteral("error")
                    : kind == Kind::Success ? QStringLiteral("success")
                                            : QString());
    // A dynamic property only restyles after the style is re-applied, and
    // the new padding changes the size the layout must give.
    style()->unpolish(this);
    style()->polish(this);
    updateGeometry();
    setVisible(kind != Kind::None && !text.isEmpty());
    // Screen readers announce the message like a status line.
    if (isVisible()) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace Balcao
