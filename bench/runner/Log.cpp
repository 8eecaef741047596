// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace Balcao::Bench {

void logLine(const QString &line)
{
    static QElapsedTimer sinceStart = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    static QTextStream err(stderr);
    err << QStringLiteral("[%1 s] ").arg(static_cast<double>(sinceStart.elapsed()) / 1000.0, 7, 'f',
                                         1)
        << line << Qt::endl;
}

} // namespace Balcao::Bench
