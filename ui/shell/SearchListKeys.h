// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;
class QLineEdit;

namespace Balcao {

// The keys between a page's search field and its list, as on every list
// page: Down in the search goes to the list (on its first row when none is
// current yet), Enter in the list does what the page says (to the form, to
// the sale's actions). Owned by the page.
class SearchListKeys : public QObject
{
    Q_OBJECT
public:
    SearchListKeys(QLineEdit *search, QAbstractItemView *list, std::function<void()> onEnter,
                   QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_search;
    QAbstractItemView *m_list;
    std::function<void()> m_onEnter;
};

} // namespace Balcao
