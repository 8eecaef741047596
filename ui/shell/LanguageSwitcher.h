// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QSettings;

namespace Balcao {

// The user interface language: which catalogues are available, which one is
// in use, and the switch between them. A switch is live (every widget gets
// QEvent::LanguageChange and retranslates itself) and remembered in the
// settings for the next start.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    static inline const QString kSettingsKey = QStringLiteral("ui/language");

    explicit LanguageSwitcher(QSettings &settings, QObject *parent = nullptr);

    // Locale names ("en", "pt_BR"), English first.
    QStringList languages() const;
    // A language's own name ("English", "Português (Brasil)"): people look
    // for their language by the name they know, so it is never translated.
    static QString displayName(const QString &language);

    QString current() const { return m_current; }
    // The remembered language, else the best match for the system's locale.
    QString preferred() const;

    // Installs `language` (one of languages()); `remember` saves it as the
    // preferred one. Numbers, money and dates follow: QLocale's default
    // becomes the system locale when it speaks the same language (keeping
    // e.g. British date order), else the language's own locale.
    bool switchTo(const QString &language, bool remember = true);

signals:
    void languageChanged(const QString &language);

private:
    QSettings &m_settings;
    QString m_current;
};

} // namespace Balcao
