// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QTimer;

namespace Balcao {

// A search box that searches as people type, once the typing pauses: the
// pause skips the intermediate queries of a fast typist (or of a scanner's
// burst) and is short enough to feel immediate. With a clear button.
class SearchField : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int kDefaultPauseMsecs = 150;

    explicit SearchField(QWidget *parent, int pauseMsecs = kDefaultPauseMsecs);

    // The search runs now (Enter, a reload): the one the pause would start
    // is not needed any more.
    void cancelPending();

signals:
    // The text changed and the typing paused: time to search.
    void typingPaused();

private:
    QTimer *m_pause;
};

} // namespace Balcao
