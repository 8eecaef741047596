// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

namespace Balcao::Test {

// Reads what a child process writes to the channel it reads (its standard
// output, or both when merged) into `output` until `pattern` matches it,
// the process ends, or `deadlineMsecs` pass: a poll with a deadline, for a
// line such as "listening on ...:<port>" that a server prints once ready.
inline QRegularExpressionMatch readUntil(QProcess &process, const QRegularExpression &pattern,
                                         QByteArray &output, int deadlineMsecs = 60000)
{
    const QDeadlineTimer deadline(deadlineMsecs);
    QRegularExpressionMatch match = pattern.match(QString::fromUtf8(output));
    while (!match.hasMatch() && !deadline.hasExpired()) {
        if (!process.waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)))
            && process.state() == QProcess::NotRunning)
            break;
        output += process.readAll();
        match = pattern.match(QString::fromUtf8(output));
    }
    output += process.readAll();
    return match;
}

} // namespace Balcao::Test
