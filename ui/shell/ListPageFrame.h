// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QLabel;
class QTableView;
class QWidget;

class QHBoxLayout;

namespace Balcao {

// The top of every page: the title with a line under it (a count, the
// period shown) on the left; the page adds its actions on the right,
// aligned with that line.
QHBoxLayout *pageHeader(QLabel *title, QLabel *subtitle);

// The frame the list pages share (clients, products, sales): a title with a
// count under it and the page's main action beside them; below, the list,
// with what narrows it above and a hint under it, and beside the list the
// panel of what is selected.
class ListPageFrame
{
public:
    // The title, the count and the hint are children of `page`.
    explicit ListPageFrame(QWidget *page);

    QLabel *title() const { return m_title; }
    QLabel *subtitle() const { return m_subtitle; }
    // Why the list is empty or cut short; hidden when there is nothing to say.
    void setHint(const QString &hint);

    struct Parts
    {
        QWidget *action = nullptr;
        QList<QWidget *> aboveList; // the search or filters, a message
        QTableView *list = nullptr;
        QWidget *panel = nullptr;
        int listStretch = 1;
        int panelStretch = 0;
    };
    // Lays the frame out on `host`: the page, or the view of it that shows the list.
    void layOut(QWidget *host, const Parts &parts) const;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_hint;
};

} // namespace Balcao
