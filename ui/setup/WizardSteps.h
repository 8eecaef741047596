// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Balcao {

// The first-run wizard's left-hand panel: the product's name and the list of
// steps with the current one highlighted, in the main window's navigation
// colours, so set-up and app look like one product.
class WizardSteps : public QWidget
{
    Q_OBJECT
public:
    explicit WizardSteps(QWidget *parent = nullptr);

    void setSteps(const QStringList &names);
    void setCurrent(int index);
    int current() const { return m_current; }

private:
    void restyle();
    QList<QLabel *> m_steps;
    int m_current = 0;
};

} // namespace Balcao
