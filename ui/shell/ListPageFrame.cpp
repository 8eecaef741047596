// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPageFrame.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Balcao {

QHBoxLayout *pageHeader(QLabel *title, QLabel *subtitle)
{
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    return header;
}

ListPageFrame::ListPageFrame(QWidget *page)
    : m_title(new QLabel(page))
    , m_subtitle(new QLabel(page))
    , m_hint(new QLabel(page))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_hint->setObjectName(QStringLiteral("listHint"));
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
}

void ListPageFrame::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void ListPageFrame::layOut(QWidget *host, const Parts &parts) const
{
    QHBoxLayout *header = pageHeader(m_title, m_subtitle);
    header->addWidget(parts.action, 0, Qt::AlignBottom);

    auto *listColumn = new QVBoxLayout;
    listColumn->setSpacing(10);
    for (QWidget *widget : parts.aboveList)
        listColumn->addWidget(widget);
    listColumn->addWidget(parts.list, 1);
    listColumn->addWidget(m_hint);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addLayout(listColumn, parts.listStretch);
    body->addWidget(parts.panel, parts.panelStretch);

    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(28, 22, 28, 20);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addLayout(body, 1);
}

} // namespace Balcao
