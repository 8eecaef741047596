// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Balcao {

namespace {

constexpr int kWidth = 760;

} // namespace

ShortcutsDialog::ShortcutsDialog(const QString &title, const QString &html, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(title);
    m_browser->setObjectName(QStringLiteral("shortcutsList"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    // Wide enough for a key and its words on one line; as tall as the list,
    // up to most of the screen, and the rest scrolls.
    const QRect screen
        = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    const int width = std::min(kWidth, screen.width() * 9 / 10);
    QTextDocument *document = m_browser->document();
    document->setTextWidth(width - 40);
    const int height = static_cast<int>(document->size().height()) + 90;
    resize(width, std::min(height, screen.height() * 8 / 10));
}

} // namespace Balcao
