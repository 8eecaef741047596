// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchField.h"

#include <QTimer>

namespace Balcao {

SearchField::SearchField(QWidget *parent, int pauseMsecs)
    : QLineEdit(parent)
    , m_pause(new QTimer(this))
{
    setClearButtonEnabled(true);
    m_pause->setSingleShot(true);
    m_pause->setInterval(pauseMsecs);
    connect(this, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, &SearchField::typingPaused);
}

void SearchField::cancelPending()
{
    m_pause->stop();
}

} // namespace Balcao
