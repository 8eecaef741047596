// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullPageReader.h"

#include "storage/ChangeWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace Balcao {

static_assert(PullPageReader::kPadding == simdjson::SIMDJSON_PADDING);

namespace {

using simdjson::SUCCESS;
namespace dom = simdjson::dom;

// Deeper bodies go to QJsonDocument, whose own limit (1,024) simdjson's
// default equals: well below it, the two never disagree on where it lies.
constexpr size_t kMaxDepth = 64;

// A body that parses but is no page (no object, or without its changes,
// cursor or flag, or with one of another type) is refused: reading it as an
// empty page would move the terminal's cursor back to "0".
Error notAPage()
{
    return Error::invalid(
        QStringLiteral("sync.badPullPage"),
        QCoreApplication::translate("Balcao::PullPageReader",
                                    "The server's answer is not a page of changes."));
}

// The answer of one page read with simdjson, as QJsonDocument's reading
// (pageFromDocument below) would give it: the keys it looks up, looked up
// the same way (the last of repeated keys wins, as in a QJsonObject; a value
// of another type reads as Qt's toString(), toInteger() and toBool() read
// it), the first bad change the answer. Numbers become the QJsonValue Qt's
// reader makes of their text: an integer when it fits 64 bits, else a
// double. One thing the DOM cannot tell: whether a double read as zero was
// written "0.0" (Qt takes it) or underflowed ("1e-400", Qt refuses the
// whole text). Every value of the text is looked at for that, and such a
// page is left to QJsonDocument.
class PageWalker
{
public:
    std::optional<Result<PullPage>> read(dom::element root)
    {
        PullPage page;
        dom::object top;
        if (root.get(top) != SUCCESS) {
            inspect(root);
            if (m_ambiguousZero)
                return std::nullopt;
            return Result<PullPage>(notAPage());
        }
        std::optional<dom::element> changes;
        std::optional<dom::element> cursor;
        std::optional<dom::element> more;
        for (const dom::key_value_pair field : top) {
            if (field.key == "changes")
                keepLast(changes, field.value);
            else if (field.key == "next_cursor")
                keepLast(cursor, field.value);
            else if (field.key == "has_more")
                keepLast(more, field.value);
            else
                inspect(field.value);
        }
        if (!changes || !changes->is_array() || !cursor
            || !(cursor->is_string() || cursor->is_number()) || !more || !more->is_bool()) {
            for (const auto *value : { &changes, &cursor, &more }) {
                if (*value)
                    inspect(**value);
            }
            if (m_ambiguousZero)
                return std::nullopt;
            return Result<PullPage>(notAPage());
        }
        std::optional<Error> firstError;
        dom::array array;
        if (changes->get(array) == SUCCESS) {
            page.changes.reserve(static_cast<qsizetype>(array.size()));
            for (const dom::element value : array) {
                // The first bad change is the answer, once the whole text
                // has proved to read as Qt reads it.
                if (firstError) {
                    inspect(value);
                    continue;
                }
                auto change = readChange(value);
                if (change)
                    page.changes << std::move(*change);
                else
                    firstError = change.error();
            }
        }
        const QJsonValue next = json(*cursor);
        const bool hasMore = more->get_bool().value_unsafe();
        if (m_ambiguousZero)
            return std::nullopt;
        if (firstError)
            return Result<PullPage>(*firstError);
        page.nextCursor = next.isString() ? next.toString() : QString::number(next.toInteger());
        page.hasMore = hasMore;
        return Result<PullPage>(std::move(page));
    }

private:
    // A repeated key: the earlier value is dropped, as Qt drops it, but its
    // numbers still count for the zero check.
    void keepLast(std::optional<dom::element> &slot, dom::element value)
    {
        if (slot)
            inspect(*slot);
        slot = value;
    }

    // Looks at every number of a value the answer does not use.
    void inspect(dom::element value)
    {
        switch (value.type()) {
        case dom::element_type::DOUBLE:
            noteDouble(value.get_double().value_unsafe());
            break;
        case dom::element_type::ARRAY: {
            const dom::array array = value.get_array().value_unsafe();
            for (const dom::element item : array)
                inspect(item);
            break;
        }
        case dom::element_type::OBJECT: {
            const dom::object object = value.get_object().value_unsafe();
            for (const dom::key_value_pair field : object)
                inspect(field.value);
            break;
        }
        default:
            break;
        }
    }

    void noteDouble(double d)
    {
        if (d == 0.0)
            m_ambiguousZero = true;
    }

    // The QJsonValue Qt's reader makes of the same text.
    QJsonValue json(dom::element value)
    {
        switch (value.type()) {
        case dom::element_type::INT64:
            return QJsonValue(static_cast<qint64>(value.get_int64().value_unsafe()));
        case dom::element_type::UINT64: // only above INT64_MAX: a double for Qt
            return QJsonValue(static_cast<double>(value.get_uint64().value_unsafe()));
        case dom::element_type::DOUBLE: {
            const double d = value.get_double().value_unsafe();
            noteDouble(d);
            return QJsonValue(d);
        }
        case dom::element_type::STRING:
            return QJsonValue(text(value));
        case dom::element_type::BOOL:
            return QJsonValue(value.get_bool().value_unsafe());
        case dom::element_type::NULL_VALUE:
            return QJsonValue(QJsonValue::Null);
        case dom::element_type::ARRAY: {
            QJsonArray array;
            const dom::array items = value.get_array().value_unsafe();
            for (const dom::element item : items)
                array.append(json(item));
            return array;
        }
        case dom::element_type::OBJECT: {
            QJsonObject object;
            const dom::object fields = value.get_object().value_unsafe();
            for (const dom::key_value_pair field : fields)
                object.insert(QString::fromUtf8(field.key.data(), qsizetype(field.key.size())),
                              json(field.value));
            return object;
        }
        }
        return {};
    }

    // Qt's toString(): the text of a string, null for anything else.
    QString text(dom::element value)
    {
        std::string_view view;
        if (value.get(view) != SUCCESS) {
            inspect(value);
            return {};
        }
        return QString::fromUtf8(view.data(), qsizetype(view.size()));
    }

    // Table names, kinds, device ids and field names repeat on every change:
    // one QString each, shared. The views point into the parser's strings,
    // which live as long as this page.
    QString shared(std::string_view view)
    {
        for (const auto &[bytes, string] : m_shared) {
            if (bytes == view)
                return string;
        }
        QString string = QString::fromUtf8(view.data(), qsizetype(view.size()));
        if (m_shared.size() < 64)
            m_shared.append({ view, string });
        return string;
    }
    QString sharedText(dom::element value)
    {
        std::string_view view;
        if (value.get(view) != SUCCESS) {
            inspect(value);
            return {};
        }
        return shared(view);
    }

    QVariant fieldValue(dom::element value)
    {
        switch (value.type()) {
        case dom::element_type::STRING:
            return QVariant(text(value));
        case dom::element_type::INT64: // what ChangeWriter::fromJson makes of any integer
            return QVariant(static_cast<qlonglong>(value.get_int64().value_unsafe()));
        case dom::element_type::NULL_VALUE:
            return {};
        default:
            return ChangeWriter::fromJson(json(value));
        }
    }

    // As Change::fromJson reads a QJsonObject; Change::checked the same.
    Result<Change> readChange(dom::element value)
    {
        enum Key { ChangeId, Table, RowId, Kind, HlcKey, DeviceId, Seq, Fields, Count };
        static constexpr std::array<std::string_view, Count> kKeys {
            "change_id", "table", "row_id", "kind", "hlc", "device_id", "seq", "fields"
        };
        std::array<std::optional<dom::element>, Count> found;
        dom::object object;
        if (value.get(object) != SUCCESS) {
            inspect(value);
            return Change::checked(Change(), QString(), false); // toObject() is empty
        }
        for (const dom::key_value_pair field : object) {
            const auto known = std::find(kKeys.begin(), kKeys.end(), field.key);
            if (known == kKeys.end())
                inspect(field.value);
            else
                keepLast(found[static_cast<size_t>(known - kKeys.begin())], field.value);
        }
        Change change;
        QString kind;
        if (found[ChangeId])
            change.changeId = text(*found[ChangeId]);
        if (found[Table])
            change.table = sharedText(*found[Table]);
        if (found[RowId])
            change.rowId = text(*found[RowId]);
        if (found[Kind])
            kind = sharedText(*found[Kind]);
        if (found[HlcKey])
            change.hlc = Hlc::fromString(text(*found[HlcKey]));
        if (found[DeviceId])
            change.deviceId = sharedText(*found[DeviceId]);
        if (found[Seq]) {
            int64_t seq = 0;
            change.seq = found[Seq]->get(seq) == SUCCESS ? seq : json(*found[Seq]).toInteger();
        }
        bool hasFields = false;
        dom::object fields;
        if (found[Fields] && found[Fields]->get(fields) == SUCCESS) {
            hasFields = true;
            for (const dom::key_value_pair field : fields)
                change.fields.insert(shared(field.key), fieldValue(field.value));
        } else if (found[Fields]) {
            inspect(*found[Fields]);
        }
        return Change::checked(std::move(change), kind, hasFields);
    }

    QList<std::pair<std::string_view, QString>> m_shared;
    bool m_ambiguousZero = false;
};

// The reading of every page before simdjson (and TestPullPageReader's
// reference), for the bodies simdjson does not serve.
Result<PullPage> pageFromDocument(const QJsonDocument &document)
{
    const QJsonObject body = document.object();
    const QJsonValue next = body.value(QStringLiteral("next_cursor"));
    const QJsonValue more = body.value(QStringLiteral("has_more"));
    if (!document.isObject() || !body.value(QStringLiteral("changes")).isArray()
        || !(next.isString() || next.isDouble()) || !more.isBool())
        return notAPage();
    PullPage page;
    const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
    page.changes.reserve(changes.size());
    for (const QJsonValue &value : changes) {
        auto change = Change::fromJson(value.toObject());
        if (!change)
            return change.error();
        page.changes << *change;
    }
    page.nextCursor = next.isString() ? next.toString() : QString::number(next.toInteger());
    page.hasMore = more.toBool();
    return page;
}

} // namespace

struct PullPageReader::Parser
{
    dom::parser parser;
    bool ready = false;
};

PullPageReader::PullPageReader()
    : m_parser(std::make_unique<Parser>())
{
    // The depth limit is set with the first buffers; later pages grow them
    // (and keep it) as needed.
    m_parser->ready = m_parser->parser.allocate(64 * 1024, kMaxDepth) == SUCCESS;
}

PullPageReader::~PullPageReader() = default;

Result<PullPage> PullPageReader::read(const QByteArray &body)
{
    const bool inPlace = body.capacity() - body.size() >= kPadding;
    m_last = LastRead { Reading::Simdjson, !inPlace };
    if (m_parser->ready) {
        dom::element root;
        if (m_parser->parser.parse(body.constData(), size_t(body.size()), !inPlace).get(root)
            == SUCCESS) {
            if (std::optional<Result<PullPage>> page = PageWalker().read(root))
                return std::move(*page);
        }
    }
    m_last.reading = Reading::QJsonDocument;
    return pageFromDocument(QJsonDocument::fromJson(body));
}

} // namespace Balcao
