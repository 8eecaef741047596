// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullPageReader.h"

#include "storage/ChangeWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <optional>

namespace Balcao {

namespace {

// Reads the body of a pull answer straight from its UTF-8 text into Changes.
// Building the QJsonDocument first and then looking every key up in it cost
// about as much as applying the changes (docs/performance.md). The reader
// knows the page balcaod writes and gives up (nullopt) on anything it is not
// sure to read exactly as QJsonDocument would: invalid JSON, values of an
// unexpected type, duplicate or escaped keys, nested values in fields. The
// caller then reads that body through QJsonDocument as before, so the result
// never depends on which way a page was read.
class DirectReader
{
public:
    explicit DirectReader(QByteArrayView text)
        : m_text(text)
        , m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    std::optional<Result<PullPage>> read()
    {
        // QJsonDocument refuses invalid UTF-8; outside strings the reader
        // accepts ASCII only, so this one check covers the strings.
        if (!m_text.isValidUtf8())
            return std::nullopt;
        PullPage page;
        std::optional<Error> firstError;
        QJsonValue cursor(QJsonValue::Undefined);
        bool hasMore = false;
        bool seenChanges = false;
        bool seenCursor = false;
        bool seenMore = false;
        if (!consume('{'))
            return std::nullopt;
        if (!consume('}')) {
            do {
                QByteArrayView key;
                if (!readRawString(&key) || !consume(':'))
                    return std::nullopt;
                if (key == "changes") {
                    if (std::exchange(seenChanges, true) || !consume('['))
                        return std::nullopt;
                    if (consume(']'))
                        continue;
                    do {
                        Change change;
                        QString kind;
                        bool hasFields = false;
                        if (!readChange(change, kind, hasFields))
                            return std::nullopt;
                        // As QJsonDocument's reader: the first bad change is
                        // the answer, once the whole text has proved valid.
                        if (firstError)
                            continue;
                        auto checked = Change::checked(std::move(change), kind, hasFields);
                        if (checked)
                            page.changes << std::move(*checked);
                        else
                            firstError = checked.error();
                    } while (consume(','));
                    if (!consume(']'))
                        return std::nullopt;
                } else if (key == "next_cursor") {
                    if (std::exchange(seenCursor, true))
                        return std::nullopt;
                    QString text;
                    if (peek('"')) {
                        if (!readString(&text))
                            return std::nullopt;
                        cursor = QJsonValue(text);
                    } else if (!readNumber(&cursor)) {
                        return std::nullopt;
                    }
                } else if (key == "has_more") {
                    if (std::exchange(seenMore, true) || !readBool(&hasMore))
                        return std::nullopt;
                } else if (!skipValue(1)) {
                    return std::nullopt;
                }
            } while (consume(','));
            if (!consume('}'))
                return std::nullopt;
        }
        skipSpace();
        if (m_p != m_end)
            return std::nullopt;
        if (firstError)
            return Result<PullPage>(*firstError);
        page.nextCursor
            = cursor.isString() ? cursor.toString() : QString::number(cursor.toInteger());
        page.hasMore = hasMore;
        return Result<PullPage>(std::move(page));
    }

private:
    static constexpr int kMaxDepth = 64;

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static int hexDigit(char c)
    {
        if (isDigit(c))
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    bool consume(char c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }
    bool consumeWord(QByteArrayView word)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    // A string without escapes, as its raw bytes (valid UTF-8, checked
    // above). False on escapes or control characters: the caller gives up.
    bool readRawString(QByteArrayView *raw)
    {
        if (!consume('"'))
            return false;
        const char *start = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                *raw = QByteArrayView(start, m_p - start);
                ++m_p;
                return true;
            }
            if (c == '\\' || c < 0x20)
                return false;
            ++m_p;
        }
        return false;
    }

    // Decodes as QJsonDocument does: \uXXXX is one UTF-16 code unit, so a
    // surrogate pair written as two escapes becomes that pair.
    bool readString(QString *out)
    {
        if (!consume('"'))
            return false;
        const char *run = m_p;
        QString text;
        bool escaped = false;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (!escaped) {
                    *out = QString::fromUtf8(run, m_p - run);
                } else {
                    text += QString::fromUtf8(run, m_p - run);
                    *out = std::move(text);
                }
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\') {
                ++m_p;
                continue;
            }
            escaped = true;
            text += QString::fromUtf8(run, m_p - run);
            if (m_end - m_p < 2)
                return false;
            const char kind = m_p[1];
            m_p += 2;
            switch (kind) {
            case '"':
            case '\\':
            case '/':
                text += QLatin1Char(kind);
                break;
            case 'b':
                text += QChar(0x08);
                break;
            case 'f':
                text += QChar(0x0c);
                break;
            case 'n':
                text += QChar(0x0a);
                break;
            case 'r':
                text += QChar(0x0d);
                break;
            case 't':
                text += QChar(0x09);
                break;
            case 'u': {
                if (m_end - m_p < 4)
                    return false;
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexDigit(m_p[i]);
                    if (digit < 0)
                        return false;
                    unit = static_cast<char16_t>((unit << 4) | digit);
                }
                m_p += 4;
                text += QChar(unit);
                break;
            }
            default:
                return false; // QJsonDocument reads unknown escapes leniently: let it
            }
            run = m_p;
        }
        return false;
    }

    // The same text, and for the same text the same QJsonValue, as
    // QJsonDocument's reader: an integer when it is written as one (a
    // fraction of zeros counts) and fits in 64 bits, otherwise a double.
    bool readNumber(QJsonValue *out)
    {
        skipSpace();
        const char *start = m_p;
        bool isInt = true;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            while (m_p < m_end && isDigit(*m_p)) {
                isInt = isInt && *m_p == '0';
                ++m_p;
            }
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            isInt = false;
            ++m_p;
            if (m_p < m_end && (*m_p == '-' || *m_p == '+'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        const QByteArray number = QByteArray::fromRawData(start, m_p - start);
        bool ok = false;
        if (isInt) {
            const qlonglong n = number.toLongLong(&ok);
            if (ok) {
                *out = QJsonValue(n);
                return true;
            }
        }
        const double d = number.toDouble(&ok);
        if (!ok || !qIsFinite(d))
            return false;
        *out = QJsonValue(d);
        return true;
    }

    bool readBool(bool *out)
    {
        skipSpace();
        if (consumeWord("true"))
            *out = true;
        else if (consumeWord("false"))
            *out = false;
        else
            return false;
        return true;
    }

    // Checks and skips a value the page does not use.
    bool skipValue(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"': {
            QString ignored;
            return readString(&ignored);
        }
        case '{':
            ++m_p;
            if (consume('}'))
                return true;
            do {
                QString key;
                if (!readString(&key) || !consume(':') || !skipValue(depth + 1))
                    return false;
            } while (consume(','));
            return consume('}');
        case '[':
            ++m_p;
            if (consume(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (consume(','));
            return consume(']');
        case 't':
            return consumeWord("true");
        case 'f':
            return consumeWord("false");
        case 'n':
            return consumeWord("null");
        default: {
            QJsonValue ignored;
            return readNumber(&ignored);
        }
        }
    }

    // Table names, kinds, device ids and field names repeat on every change:
    // one QString each, shared.
    bool readShared(QString *out)
    {
        skipSpace();
        const char *start = m_p;
        QByteArrayView raw;
        if (!readRawString(&raw)) {
            m_p = start;
            return readString(out); // escapes: not shared
        }
        for (const auto &[bytes, text] : m_shared) {
            if (bytes == raw) {
                *out = text;
                return true;
            }
        }
        *out = QString::fromUtf8(raw);
        if (m_shared.size() < 64)
            m_shared.append({ raw, *out });
        return true;
    }

    bool readFields(QVariantMap &fields)
    {
        if (!consume('{'))
            return false;
        if (consume('}'))
            return true;
        do {
            QString name;
            if (!readShared(&name) || !consume(':') || fields.contains(name))
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            QVariant value;
            switch (*m_p) {
            case '"': {
                QString text;
                if (!readString(&text))
                    return false;
                value = QVariant(text);
                break;
            }
            case 't':
            case 'f': {
                bool flag = false;
                if (!readBool(&flag))
                    return false;
                value = ChangeWriter::fromJson(QJsonValue(flag));
                break;
            }
            case 'n':
                if (!consumeWord("null"))
                    return false;
                break;
            default: {
                QJsonValue number;
                if (!readNumber(&number))
                    return false;
                value = ChangeWriter::fromJson(number);
            }
            }
            fields.insert(name, value);
        } while (consume(','));
        return consume('}');
    }

    bool readChange(Change &change, QString &kind, bool &hasFields)
    {
        static const std::array<QByteArrayView, 8> kKeys { "change_id", "table", "row_id",
                                                           "kind",      "hlc",   "device_id",
                                                           "seq",       "fields" };
        if (!consume('{'))
            return false;
        if (consume('}'))
            return true;
        unsigned seen = 0;
        do {
            QByteArrayView key;
            if (!readRawString(&key) || !consume(':'))
                return false;
            const auto known = std::find(kKeys.begin(), kKeys.end(), key);
            const auto index = static_cast<unsigned>(known - kKeys.begin());
            if (known != kKeys.end() && std::exchange(seen, seen | (1u << index)) & (1u << index))
                return false; // a repeated key
            QString hlc;
            QJsonValue seq;
            bool ok = true;
            switch (index) {
            case 0:
                ok = readString(&change.changeId);
                break;
            case 1:
                ok = readShared(&change.table);
                break;
            case 2:
                ok = readString(&change.rowId);
                break;
            case 3:
                ok = readShared(&kind);
                break;
            case 4:
                ok = readString(&hlc);
                change.hlc = Hlc::fromString(hlc);
                break;
            case 5:
                ok = readShared(&change.deviceId);
                break;
            case 6:
                ok = readNumber(&seq);
                change.seq = seq.toInteger();
                break;
            case 7:
                hasFields = true;
                ok = readFields(change.fields);
                break;
            default:
                ok = skipValue(2);
            }
            if (!ok)
                return false;
        } while (consume(','));
        return consume('}');
    }

    QByteArrayView m_text;
    const char *m_p;
    const char *m_end;
    QList<std::pair<QByteArrayView, QString>> m_shared;
};

// The way every pull page was read before DirectReader, and still is when
// that reader gives up.
Result<PullPage> pullPageFromDocument(const QJsonObject &body)
{
    PullPage page;
    const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
    page.changes.reserve(changes.size());
    for (const QJsonValue &value : changes) {
        auto change = Change::fromJson(value.toObject());
        if (!change)
            return change.error();
        page.changes << *change;
    }
    const QJsonValue next = body.value(QStringLiteral("next_cursor"));
    page.nextCursor = next.isString() ? next.toString() : QString::number(next.toInteger());
    page.hasMore = body.value(QStringLiteral("has_more")).toBool();
    return page;
}

} // namespace

Result<PullPage> PullPageReader::read(const QByteArray &body, bool *direct)
{
    std::optional<Result<PullPage>> page = DirectReader(body).read();
    if (direct)
        *direct = page.has_value();
    if (page)
        return std::move(*page);
    return pullPageFromDocument(QJsonDocument::fromJson(body).object());
}

} // namespace Balcao
