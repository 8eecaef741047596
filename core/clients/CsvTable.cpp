// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTable.h"

#include <QStringDecoder>

namespace Balcao {

namespace {

constexpr qsizetype kProgressEvery = 64 * 1024;

} // namespace

QString CsvTable::decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QChar CsvTable::detectSeparator(const QString &text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

Result<QList<CsvTable::Record>> CsvTable::parse(const QString &text, QChar separator,
                                                const Progress &progress)
{
    QList<Record> records;
    Record current { 1, {} };
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasQuotes = false; // "" alone on a line is a record, not a blank line
    int line = 1;
    int quoteLine = 0;
    qsizetype nextReport = kProgressEvery;
    const qsizetype size = text.size();

    const auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank
            = current.fields.size() == 1 && current.fields.first().isEmpty() && !recordHasQuotes;
        if (!blank)
            records << current;
        current = Record { line, {} };
        recordHasQuotes = false;
    };

    for (qsizetype i = 0; i < size; ++i) {
        if (progress && i >= nextReport) {
            nextReport += kProgressEvery;
            if (!progress(i, size))
                return Error::invalid(QStringLiteral("csv.cancelled"),
                                      tr("Reading the file was cancelled."));
        }
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < size && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasQuotes = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            // Text after a closing quote ("a"b) is kept, as spreadsheets do.
            field += c;
        }
    }
    if (inQuotes)
        return Error::invalid(
            QStringLiteral("csv.unclosedQuote"),
            tr("The quoted field that starts on line %1 is never closed.").arg(quoteLine));
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    if (progress)
        progress(size, size);
    return records;
}

QString CsvTable::quote(const QString &field, QChar separator)
{
    const bool needsQuotes = field.contains(separator) || field.contains(u'"')
        || field.contains(u'\n') || field.contains(u'\r')
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvTable::line(const QStringList &fields, QChar separator)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << quote(f, separator);
    return quoted.join(separator) + QStringLiteral("\r\n");
}

} // namespace Balcao
