// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Client.h"
#include "CsvTable.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QIODevice>

#include <optional>

namespace Balcao {

class LocalStore;

// Clients to and from CSV files.
//
// Export: every live client, by name, with a header row (English column
// names); optionally with a UTF-8 byte order mark, which Excel needs to read
// accents, and then with formula-looking cells (= + - @) prefixed by ' so
// that Excel shows them as text instead of running them.
//
// Import in two steps. preview() parses and checks every row without writing
// anything: per-row errors with the file line and the reason, and rows that
// would duplicate an existing client (or an earlier row) by phone or e-mail
// flagged. commit() then creates the clients in ONE transaction: all or
// nothing. A file with any invalid row imports nothing unless the caller
// explicitly asks to skip invalid rows. Cancelling (through the progress
// callback) imports nothing.
//
// Headers may be in English or Portuguese ("nome", "telefone", "e-mail",
// "observações", "tags", "aniversário", ...), in any order and case; other
// columns are ignored and reported. Separators ',' and ';' (and tab).
class ClientCsv
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ClientCsv)
public:
    enum class Column {
        Id,
        Name,
        Phone,
        Email,
        Notes,
        Tags,
        Vip,
        Birthday,
        Preference,
        Consent,
        CreatedAt
    };
    using Progress = CsvTable::Progress;

    struct ExportOptions
    {
        QChar separator = u',';
        bool byteOrderMark = false; // for Excel; also guards formula-looking cells
    };

    struct Row
    {
        int line = 0;
        ClientDraft draft;
        std::optional<Error> error; // the first problem of the row
        QList<Id> duplicateOf; // existing live clients with its phone or e-mail
        int duplicateOfLine = 0; // an earlier row of the file with its phone or e-mail
        bool isValid() const { return !error.has_value(); }
        bool isDuplicate() const { return !duplicateOf.isEmpty() || duplicateOfLine > 0; }
    };
    struct Preview
    {
        QChar separator;
        QStringList columns; // the header as written
        QStringList ignoredColumns; // headers not understood
        QList<Row> rows;
        int validCount() const;
        int invalidCount() const;
        int duplicateCount() const; // valid rows flagged as duplicates
    };

    struct ImportOptions
    {
        bool skipInvalid = false; // import the valid rows of a file with invalid ones
        bool skipDuplicates = false; // leave out rows flagged as duplicates
    };
    struct ImportResult
    {
        int imported = 0;
        int skippedInvalid = 0;
        int skippedDuplicates = 0;
    };

    explicit ClientCsv(LocalStore &store);

    // Returns the number of clients written.
    Result<int> exportTo(QIODevice &device, const ExportOptions &options,
                         const Progress &progress = {}) const;
    Result<Preview> preview(const QByteArray &file, const Progress &progress = {}) const;
    Result<ImportResult> commit(const Preview &preview, const ImportOptions &options,
                                const Progress &progress = {});

    // The column a header names, in English or Portuguese.
    static std::optional<Column> columnFor(const QString &header);
    static QString headerOf(Column column);

private:
    LocalStore &m_store;
};

} // namespace Balcao
