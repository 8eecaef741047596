// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchListKeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>

namespace Balcao {

SearchListKeys::SearchListKeys(QLineEdit *search, QAbstractItemView *list,
                               std::function<void()> onEnter, QObject *parent)
    : QObject(parent)
    , m_search(search)
    , m_list(list)
    , m_onEnter(std::move(onEnter))
{
    search->installEventFilter(this);
    list->installEventFilter(this);
}

bool SearchListKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_search && key == Qt::Key_Down && m_list->model()
        && m_list->model()->rowCount() > 0) {
        m_list->setFocus();
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_list->model()->index(0, 0));
        return true;
    }
    if (watched == m_list && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        m_onEnter();
        return true;
    }
    return false;
}

} // namespace Balcao
