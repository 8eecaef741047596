// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardSteps.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace Balcao {

WizardSteps::WizardSteps(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wizardSteps"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedWidth(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 24, 16, 24);
    layout->setSpacing(10);
    auto *brand
        = new QLabel(QStringLiteral("Balcão"), this); // the product's name, never translated
    brand->setObjectName(QStringLiteral("navigationBrand"));
    layout->addWidget(brand);
    layout->addSpacing(18);
    layout->addStretch(1);
}

void WizardSteps::setSteps(const QStringList &names)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    while (m_steps.size() > names.size())
        delete m_steps.takeLast();
    while (m_steps.size() < names.size()) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("wizardStep"));
        label->setWordWrap(true);
        label->setContentsMargins(8, 6, 8,
                                  6); // see FormMessage: style sheet padding clips wrapped labels
        // Before the stretch, after the brand and its spacing.
        layout->insertWidget(layout->count() - 1, label);
        m_steps << label;
    }
    for (int i = 0; i < names.size(); ++i)
        m_steps.at(i)->setText(QStringLiteral("%1   %2").arg(i + 1).arg(names.at(i)));
    restyle();
}

void WizardSteps::setCurrent(int index)
{
    m_current = index;
    restyle();
}

void WizardSteps::restyle()
{
    for (int i = 0; i < m_steps.size(); ++i) {
        QLabel *label = m_steps.at(i);
        label->setProperty("state",
                           i < m_current        ? QStringLiteral("done")
                               : i == m_current ? QStringLiteral("current")
                                                : QStringLiteral("todo"));
        label->style()->unpolish(label);
        label->style()->polish(label);
    }
}

} // namespace Balcao
