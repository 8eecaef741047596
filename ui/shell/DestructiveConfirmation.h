// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Balcao {

// The question asked before something that cannot be undone (a deletion, a
// removal, a merge). The destructive answer is never the default: Enter and
// Esc both keep everything.
class DestructiveConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::DestructiveConfirmation)
public:
    QString title;
    QString question;
    QString confirmButton; // says what happens ("Delete", "Remove")
    QString details; // under the question; may be empty

    // True when the user confirmed. `objectName` names the box, for tests.
    bool ask(QWidget *parent, const QString &objectName) const;
};

} // namespace Balcao
