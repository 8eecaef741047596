// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTransport.h"

#include <QByteArray>

#include <memory>

namespace Balcao {

// Reads the body of a successful /v1/pull answer into its changes, cursor
// and has_more, with the answer QJsonDocument's reading gives for the same
// body (the reading every page had before, kept in TestPullPageReader as the
// reference): the same changes, cursor and errors, also for damaged bodies.
//
// simdjson (its DOM API) reads every page balcaod writes. A body simdjson
// refuses, or one whose answer simdjson cannot tell, goes through
// QJsonDocument instead, because Qt's reader takes texts that strict JSON
// does not: a lone UTF-16 surrogate written as an escape ("\ud800", which
// Qt's own writer, and so balcaod, emits for a string holding one), raw
// control characters in strings, unknown escapes, numbers such as "1." or
// ".5" or integers beyond 64 bits, a byte order mark. And it refuses numbers
// that underflow to zero ("1e-400"), which simdjson reads as 0 and which the
// DOM cannot tell from "0.0": a page with a zero written as a fraction or
// exponent goes through QJsonDocument too. Neither ever comes from balcaod,
// which writes zero as "0".
//
// One reader per thread; it keeps simdjson's buffers between pages.
class PullPageReader
{
public:
    // simdjson reads up to this many bytes past a body's end. A body whose
    // QByteArray has that much spare capacity is parsed where it is (a body
    // from QIODevice::readAll() usually has); any other is copied once into
    // the parser's own buffer, which is kept for the next page.
    static constexpr qsizetype kPadding = 64;

    enum class Reading {
        Simdjson,
        QJsonDocument, // simdjson refused the text, or cannot tell its answer
    };
    // How the last page was read: by whom, and whether its text was copied.
    struct LastRead
    {
        Reading reading = Reading::Simdjson;
        bool copied = false;
    };

    PullPageReader();
    ~PullPageReader();
    PullPageReader(const PullPageReader &) = delete;
    PullPageReader &operator=(const PullPageReader &) = delete;

    Result<PullPage> read(const QByteArray &body);
    const LastRead &lastRead() const { return m_last; }

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser;
    LastRead m_last;
};

} // namespace Balcao
