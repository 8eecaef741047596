// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Balcao {

// The rules of the client fields beyond name, phone and e-mail: tags,
// birthday and communication preference. Each clean*() returns the value as
// stored, or a translated error; ClientService, the CSV import and the UI
// share them.
class ClientFields
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ClientFields)
public:
    static constexpr int kMaxTags = 30;
    static constexpr int kMaxTagLength = 40;

    // Trimmed (inner spaces collapsed), empty ones dropped, duplicates ignoring
    // case removed (the first spelling wins), sorted ignoring case.
    static Result<QStringList> cleanTags(const QStringList &tags);
    // "vip, loira; manhã" -> the parts; ',' and ';' separate tags in CSV
    // files and on the command line, so a tag cannot contain them.
    static QStringList splitTags(const QString &text);
    // The stored form: a JSON array text, or empty for no tags.
    static QString tagsToJson(const QStringList &tags);
    static QStringList tagsFromJson(const QString &json);

    // "YYYY-MM-DD", or "--MM-DD" when the year is not known (ISO 8601).
    // Also accepts the day-first forms people type and spreadsheets export
    // ("31/12/1990", "31/12", "31.12.1990"). A birthday after `today` (when
    // given) or before 1900 is refused. Empty stays empty.
    static Result<QString> cleanBirthday(const QString &text, const QDate &today = {});
    // Month and day of a stored birthday; invalid date for none.
    static QDate birthdayInYear(const QString &stored, int year);

    static QStringList communicationPreferences(); // whatsapp, sms, email, phone, none
    // Case-insensitive, with the Portuguese names spreadsheets use ("telefone",
    // "nenhum", "e-mail"); empty stays empty (no preference recorded).
    static Result<QString> cleanCommunicationPreference(const QString &text);
};

} // namespace Balcao
