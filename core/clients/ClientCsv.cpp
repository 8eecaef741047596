// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientCsv.h"

#include "ClientFields.h"
#include "ClientRow.h"
#include "ClientService.h"
#include "DuplicateFinder.h"
#include "audit/AuditTrail.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Balcao {

namespace {

// Progress of a preview in thousandths: reading the text, then checking rows.
constexpr qint64 kProgressScale = 1000;
constexpr int kRowsPerReport = 100;

const QList<std::pair<ClientCsv::Column, QStringList>> &headerNames()
{
    using C = ClientCsv::Column;
    // Compared after folding case, accents, '-' and '_' (see headerKey()).
    static const QList<std::pair<C, QStringList>> names {
        { C::Id, { QStringLiteral("id") } },
        { C::Name,
          { QStringLiteral("name"), QStringLiteral("nome"), QStringLiteral("nome completo"),
            QStringLiteral("full name"), QStringLiteral("cliente"), QStringLiteral("client") } },
        { C::Phone,
          { QStringLiteral("phone"), QStringLiteral("telefone"), QStringLiteral("celular"),
            QStringLiteral("fone"), QStringLiteral("tel"), QStringLiteral("mobile"),
            QStringLiteral("phone number"), QStringLiteral("whatsapp") } },
        { C::Email,
          { QStringLiteral("email"), QStringLiteral("e mail"), QStringLiteral("mail"),
            QStringLiteral("email address") } },
        { C::Notes,
          { QStringLiteral("notes"), QStringLiteral("note"), QStringLiteral("observacoes"),
            QStringLiteral("observacao"), QStringLiteral("obs"), QStringLiteral("notas"),
            QStringLiteral("anotacoes") } },
        { C::Tags,
          { QStringLiteral("tags"), QStringLiteral("tag"), QStringLiteral("etiquetas"),
            QStringLiteral("marcadores") } },
        { C::Vip, { QStringLiteral("vip") } },
        { C::Birthday,
          { QStringLiteral("birthday"), QStringLiteral("aniversario"),
            QStringLiteral("data de nascimento"), QStringLiteral("nascimento"),
            QStringLiteral("date of birth"), QStringLiteral("birth date") } },
        { C::Preference,
          { QStringLiteral("communication preference"), QStringLiteral("preference"),
            QStringLiteral("preferencia"), QStringLiteral("preferencia de contato"),
            QStringLiteral("preferencia de comunicacao"), QStringLiteral("contato preferido") } },
        { C::Consent,
          { QStringLiteral("marketing consent"), QStringLiteral("consent"),
            QStringLiteral("consentimento"), QStringLiteral("consentimento de marketing"),
            QStringLiteral("aceita marketing"), QStringLiteral("marketing") } },
        { C::CreatedAt,
          { QStringLiteral("created at"), QStringLiteral("criado em"),
            QStringLiteral("data de cadastro"), QStringLiteral("cadastro") } },
    };
    return names;
}

QString headerKey(const QString &header)
{
    QString key = DuplicateFinder::nameKey(header);
    key.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return key.simplified();
}

bool looksLikeFormula(const QString &text)
{
    return !text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-'
            || text.front() == u'@');
}

Result<bool> parseYesNo(const QString &text)
{
    static const QStringList yes { QStringLiteral("1"),   QStringLiteral("true"),
                                   QStringLiteral("yes"), QStringLiteral("y"),
                                   QStringLiteral("sim"), QStringLiteral("s"),
                                   QStringLiteral("x") };
    static const QStringList no { QStringLiteral("0"),   QStringLiteral("false"),
                                  QStringLiteral("no"),  QStringLiteral("n"),
                                  QStringLiteral("nao"), QStringLiteral("não") };
    const QString value = text.trimmed().toLower();
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return Error::invalid(QStringLiteral("client.yesNoInvalid"),
                          ClientCsv::tr("\"%1\" is not yes or no (1/0, sim/não).").arg(text));
}

} // namespace

int ClientCsv::Preview::validCount() const
{
    int n = 0;
    for (const Row &r : rows)
        n += r.isValid();
    return n;
}

int ClientCsv::Preview::invalidCount() const
{
    return static_cast<int>(rows.size()) - validCount();
}

int ClientCsv::Preview::duplicateCount() const
{
    int n = 0;
    for (const Row &r : rows)
        n += r.isValid() && r.isDuplicate();
    return n;
}

ClientCsv::ClientCsv(LocalStore &store)
    : m_store(store)
{ }

std::optional<ClientCsv::Column> ClientCsv::columnFor(const QString &header)
{
    const QString key = headerKey(header);
    for (const auto &[column, names] : headerNames()) {
        if (names.contains(key))
            return column;
    }
    return std::nullopt;
}

QString ClientCsv::headerOf(Column column)
{
    switch (column) {
    case Column::Id:
        return QStringLiteral("id");
    case Column::Name:
        return QStringLiteral("name");
    case Column::Phone:
        return QStringLiteral("phone");
    case Column::Email:
        return QStringLiteral("email");
    case Column::Notes:
        return QStringLiteral("notes");
    case Column::Tags:
        return QStringLiteral("tags");
    case Column::Vip:
        return QStringLiteral("vip");
    case Column::Birthday:
        return QStringLiteral("birthday");
    case Column::Preference:
        return QStringLiteral("communication_preference");
    case Column::Consent:
        return QStringLiteral("marketing_consent");
    case Column::CreatedAt:
        return QStringLiteral("created_at");
    }
    return {};
}

Result<int> ClientCsv::exportTo(QIODevice &device, const ExportOptions &options,
                                const Progress &progress) const
{
    const QList<Column> columns { Column::Id,      Column::Name,     Column::Phone,
                                  Column::Email,   Column::Notes,    Column::Tags,
                                  Column::Vip,     Column::Birthday, Column::Preference,
                                  Column::Consent, Column::CreatedAt };
    const auto writeFailed = [&] {
        return Error::storage(QStringLiteral("csv.writeFailed"),
                              tr("Could not write the file: %1").arg(device.errorString()));
    };
    const auto write = [&](const QString &text) { return device.write(text.toUtf8()) >= 0; };

    QSqlQuery count(m_store.database().connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM clients WHERE deleted = 0"));
    const auto counted = scalarQuery<qint64>(count);
    if (!counted)
        return counted.error();
    const qint64 total = *counted;
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM clients WHERE deleted = 0"
                                   " ORDER BY name COLLATE NOCASE, id")
                        .arg(ClientRow::columns())))
        return Error::storage(QStringLiteral("storage.readFailed"), query.lastError().text());

    if (options.byteOrderMark && device.write("\xEF\xBB\xBF") < 0)
        return writeFailed();
    QStringList header;
    for (const Column c : columns)
        header << headerOf(c);
    if (!write(CsvTable::line(header, options.separator)))
        return writeFailed();
    int written = 0;
    QString chunk;
    while (query.next()) {
        const Client c = ClientRow::fromQuery(query);
        QStringList fields {
            c.id.toString(),
            c.name,
            c.phone,
            c.email,
            c.notes,
            c.tags.join(QStringLiteral(", ")),
            c.vip ? QStringLiteral("1") : QStringLiteral("0"),
            c.birthday,
            c.communicationPreference,
            c.marketingConsent ? QStringLiteral("1") : QStringLiteral("0"),
            QDateTime::fromMSecsSinceEpoch(c.createdAtMsecs, Qt::UTC).toString(Qt::ISODate),
        };
        if (options.byteOrderMark) {
            for (QString &f : fields) {
                if (looksLikeFormula(f))
                    f.prepend(QLatin1Char('\''));
            }
        }
        chunk += CsvTable::line(fields, options.separator);
        ++written;
        if (written % kRowsPerReport == 0) {
            if (!write(chunk))
                return writeFailed();
            chunk.clear();
            if (progress && !progress(written, total))
                return Error::invalid(QStringLiteral("export.cancelled"),
                                      tr("The export was cancelled."));
        }
    }
    if (!chunk.isEmpty() && !write(chunk))
        return writeFailed();
    if (progress)
        progress(written, total);
    return written;
}

Result<ClientCsv::Preview> ClientCsv::preview(const QByteArray &file,
                                              const Progress &progress) const
{
    const QString text = CsvTable::decode(file);
    Preview out;
    out.separator = CsvTable::detectSeparator(text);
    const Progress reading = progress ? Progress([&](qint64 done, qint64 total) {
        return progress(total > 0 ? done * (kProgressScale / 2) / total : 0, kProgressScale);
    })
                                      : Progress();
    auto records = CsvTable::parse(text, out.separator, reading);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::invalid(QStringLiteral("csv.empty"), tr("The file is empty."));

    const CsvTable::Record &headerRecord = records->first();
    out.columns = headerRecord.fields;
    QHash<Column, qsizetype> at;
    for (qsizetype i = 0; i < headerRecord.fields.size(); ++i) {
        const auto column = columnFor(headerRecord.fields.at(i));
        if (column && !at.contains(*column))
            at.insert(*column, i);
        else if (!headerRecord.fields.at(i).trimmed().isEmpty())
            out.ignoredColumns << headerRecord.fields.at(i);
    }
    if (!at.contains(Column::Name))
        return Error::invalid(QStringLiteral("csv.noNameColumn"),
                              tr("The first line of the file must name the columns, with at "
                                 "least a name column (\"name\" or \"nome\")."));

    ClientService service(m_store);
    DuplicateFinder existing(m_store);
    const auto phoneRegion = ClientService::readPhoneRegion(m_store);
    if (!phoneRegion)
        return phoneRegion.error();
    const QString region = *phoneRegion;
    QHash<QString, int> phoneLines;
    QHash<QString, int> emailLines;
    const qsizetype total = records->size() - 1;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvTable::Record &record = records->at(r);
        const auto value = [&](Column column) -> std::optional<QString> {
            const auto it = at.constFind(column);
            if (it == at.cend())
                return std::nullopt;
            QString v = it.value() < record.fields.size() ? record.fields.at(it.value()).trimmed()
                                                          : QString();
            // What an Excel-safe export wrote as '=... is read back as =...
            if (v.size() > 1 && v.front() == u'\'' && looksLikeFormula(v.mid(1)))
                v.remove(0, 1);
            if (v.isEmpty() && column != Column::Name)
                return std::nullopt;
            return v;
        };
        Row row;
        row.line = record.line;
        row.draft.name = value(Column::Name).value_or(QString());
        row.draft.phone = value(Column::Phone);
        row.draft.email = value(Column::Email);
        row.draft.notes = value(Column::Notes);
        if (const auto tags = value(Column::Tags))
            row.draft.tags = ClientFields::splitTags(*tags);
        row.draft.birthday = value(Column::Birthday);
        row.draft.communicationPreference = value(Column::Preference);
        for (const auto &[column, target] :
             { std::pair { Column::Vip, &row.draft.vip },
               std::pair { Column::Consent, &row.draft.marketingConsent } }) {
            if (const auto v = value(column)) {
                auto yes = parseYesNo(*v);
                if (!yes && !row.error)
                    row.error = yes.error();
                else if (yes)
                    *target = *yes;
            }
        }
        if (!row.error) {
            auto fields = service.validatedFields(row.draft);
            if (!fields) {
                row.error = fields.error();
            } else {
                const QString phone = DuplicateFinder::phoneKey(
                    fields->value(QStringLiteral("phone")).toString(), region);
                const QString email = fields->value(QStringLiteral("email")).toString();
                auto duplicates = existing.matching(phone, email);
                if (!duplicates)
                    return duplicates.error();
                row.duplicateOf = *duplicates;
                if (!phone.isEmpty())
                    row.duplicateOfLine = phoneLines.value(phone);
                if (!email.isEmpty() && row.duplicateOfLine == 0)
                    row.duplicateOfLine = emailLines.value(email);
                if (!phone.isEmpty() && !phoneLines.contains(phone))
                    phoneLines.insert(phone, row.line);
                if (!email.isEmpty() && !emailLines.contains(email))
                    emailLines.insert(email, row.line);
            }
        }
        out.rows << row;
        if (progress && (r % kRowsPerReport == 0 || r == total)
            && !progress(kProgressScale / 2 + r * (kProgressScale / 2) / total, kProgressScale))
            return Error::invalid(QStringLiteral("csv.cancelled"),
                                  tr("Reading the file was cancelled."));
    }
    return out;
}

Result<ClientCsv::ImportResult>
ClientCsv::commit(const Preview &preview, const ImportOptions &options, const Progress &progress)
{
    const int invalid = preview.invalidCount();
    if (invalid > 0 && !options.skipInvalid)
        return Error::invalid(QStringLiteral("import.invalidRows"),
                              tr("%n row(s) of the file have errors, so nothing was imported. "
                                 "Correct them, or choose to skip the invalid rows.",
                                 nullptr, invalid));
    return m_store.transact([&]() -> Result<ImportResult> {
        ImportResult result;
        ClientService service(m_store);
        const qint64 total = preview.rows.size();
        qint64 done = 0;
        for (const Row &row : preview.rows) {
            ++done;
            if (!row.isValid()) {
                ++result.skippedInvalid;
            } else if (options.skipDuplicates && row.isDuplicate()) {
                ++result.skippedDuplicates;
            } else {
                auto created = service.create(row.draft);
                if (!created)
                    return Error { created.error().kind, created.error().code,
                                   tr("Line %1: %2").arg(row.line).arg(created.error().message) };
                ++result.imported;
            }
            if (progress && (done % kRowsPerReport == 0 || done == total) && !progress(done, total))
                return Error::invalid(QStringLiteral("import.cancelled"),
                                      tr("The import was cancelled: nothing was imported."));
        }
        if (result.imported > 0) {
            auto audited = AuditTrail(m_store).record(
                QStringLiteral("client.imported"), ClientRow::table(), Id(),
                QJsonObject { { QStringLiteral("imported"), result.imported },
                              { QStringLiteral("skipped_invalid"), result.skippedInvalid },
                              { QStringLiteral("skipped_duplicates"), result.skippedDuplicates } });
            if (!audited)
                return audited.error();
        }
        return result;
    });
}

} // namespace Balcao
