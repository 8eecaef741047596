// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageMenu.h"

#include "LanguageSwitcher.h"

#include <QActionGroup>
#include <QEvent>

namespace Balcao {

LanguageMenu::LanguageMenu(LanguageSwitcher &switcher, QWidget *parent)
    : QMenu(parent)
    , m_switcher(switcher)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString &language : switcher.languages()) {
        QAction *action = addAction(LanguageSwitcher::displayName(language));
        action->setCheckable(true);
        action->setData(language);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *action) { m_switcher.switchTo(action->data().toString()); });
    connect(&m_switcher, &LanguageSwitcher::languageChanged, this, &LanguageMenu::markCurrent);
    markCurrent();
    retranslate();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
}

void LanguageMenu::markCurrent()
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == m_switcher.current());
}

} // namespace Balcao
