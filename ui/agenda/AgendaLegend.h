// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Balcao {

// The key to the agenda's colours: one swatch and name per status.
class AgendaLegend : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaLegend(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QList<QLabel *> m_names;
};

} // namespace Balcao
