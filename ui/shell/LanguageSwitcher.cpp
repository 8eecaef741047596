// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"

#include "Translations.h"

#include <QCoreApplication>
#include <QSettings>

namespace Balcao {

LanguageSwitcher::LanguageSwitcher(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QStringList LanguageSwitcher::languages() const
{
    return availableTranslations();
}

QString LanguageSwitcher::displayName(const QString &language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    if (language.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name;
}

QString LanguageSwitcher::preferred() const
{
    const QString saved = m_settings.value(kSettingsKey).toString();
    if (languages().contains(saved))
        return saved;
    return bestTranslation(QLocale::system());
}

bool LanguageSwitcher::switchTo(const QString &language, bool remember)
{
    if (!languages().contains(language))
        return false;
    if (!installTranslations(*QCoreApplication::instance(), QLocale(language)))
        return false;
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.language() == QLocale(language).language() ? system
                                                                          : QLocale(language));
    if (remember)
        m_settings.setValue(kSettingsKey, language);
    if (language != m_current) {
        m_current = language;
        emit languageChanged(language);
    }
    return true;
}

} // namespace Balcao
