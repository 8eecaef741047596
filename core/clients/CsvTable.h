// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace Balcao {

// Comma-separated values as RFC 4180 writes them and spreadsheets produce
// them: fields in double quotes may hold separators, line breaks and doubled
// quotes; records end with CRLF, LF or CR. Brazilian Excel separates with
// ';', so the separator is detected from the header line.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::CsvTable)
public:
    struct Record
    {
        int line = 0; // the file line the record starts on, from 1
        QStringList fields;
    };
    // Called now and then with (characters read, total); false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // UTF-8 (with or without a byte order mark); text that is not valid
    // UTF-8 is read as Latin-1, as older spreadsheets save it.
    static QString decode(const QByteArray &bytes);
    // The most frequent of ',', ';' and tab outside quotes on the first line.
    static QChar detectSeparator(const QString &text);
    // Every record, blank lines left out.
    static Result<QList<Record>> parse(const QString &text, QChar separator,
                                       const Progress &progress = {});

    // A field as written: quoted when it holds the separator, a quote, a line
    // break, or leading or trailing spaces.
    static QString quote(const QString &field, QChar separator);
    // One record with its CRLF.
    static QString line(const QStringList &fields, QChar separator);
};

} // namespace Balcao
