// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace Balcao {

class LanguageSwitcher;

// "Language" menu: one checkable entry per available language, each in its
// own name; choosing one switches the whole interface live.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(LanguageSwitcher &switcher, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void markCurrent();
    LanguageSwitcher &m_switcher;
    QActionGroup *m_group = nullptr;
};

} // namespace Balcao
