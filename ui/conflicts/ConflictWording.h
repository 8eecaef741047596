// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflicts/Conflict.h"

#include <QCoreApplication>

#include <optional>

namespace Balcao {

// A conflict's facts and resolutions in words for the person deciding, from
// what the check recorded (the facts travel with the conflict, so every
// terminal says the same even before it has the rows).
class ConflictWording
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ConflictWording)
public:
    static QString title(const Conflict &conflict);
    static QString details(const Conflict &conflict);
    static QString resolution(const Conflict &conflict, const QString &resolution);

    // What to ask before a resolution that deletes something, naming what it
    // deletes; none for a resolution that deletes nothing.
    struct Confirmation
    {
        QString title;
        QString question;
        QString details;
        QString confirmButton;
    };
    static std::optional<Confirmation> confirmation(const Conflict &conflict,
                                                    const QString &resolution);

private:
    static QString clientName(const Conflict &conflict, const QString &id);
    static QStringList clientNames(const Conflict &conflict);
};

} // namespace Balcao
