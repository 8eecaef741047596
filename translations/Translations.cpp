// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace Balcao {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("balcao_");

// The translators live as long as the application; a switch removes the old
// ones first so that a stale catalogue can never answer a lookup.
struct Installed
{
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> ours;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    Installed &current = installed();
    if (current.qt)
        app.removeTranslator(current.qt.get());
    if (current.ours)
        app.removeTranslator(current.ours.get());
    current.qt.reset();
    current.ours.reset();

    // Qt ships no English catalogue (its sources are English), so a missing
    // one is normal; for other languages it only means standard buttons stay
    // in English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt.get());
        current.qt = std::move(qt);
    }

    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(locale, QStringLiteral("balcao"), QStringLiteral("_"), kResourceDir))
        return false;
    app.installTranslator(ours.get());
    current.ours = std::move(ours);
    return true;
}

QStringList availableTranslations()
{
    QStringList names;
    const QStringList files
        = QDir(kResourceDir)
              .entryList({ kPrefix + QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.mid(kPrefix.size()).chopped(3); // "pt_BR" from "balcao_pt_BR.qm"
        if (QLocale(name).language() == QLocale::English)
            names.prepend(name);
        else
            names.append(name);
    }
    return names;
}

QString bestTranslation(const QLocale &wanted)
{
    const QStringList available = availableTranslations();
    for (const QString &name : available) {
        if (QLocale(name) == wanted)
            return name;
    }
    for (const QString &name : available) {
        if (QLocale(name).language() == wanted.language())
            return name;
    }
    return QStringLiteral("en");
}

} // namespace Balcao
