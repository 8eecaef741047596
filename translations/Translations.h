// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace Balcao {

// Installs the translations for `locale`: Qt's own (qtbase, for standard
// buttons and dialogs) when the system has them, and Balcão's embedded
// catalogue. Replaces whatever an earlier call installed, so calling it again
// switches the language live (Qt then sends QEvent::LanguageChange).
// Returns false when Balcão has no catalogue for the locale; the texts then
// stay in English.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

// The catalogues Balcão has, as locale names ("en", "pt_BR"), English first.
QStringList availableTranslations();

// The best of availableTranslations() for `wanted`: same language and
// territory, else same language, else English.
QString bestTranslation(const QLocale &wanted);

} // namespace Balcao
