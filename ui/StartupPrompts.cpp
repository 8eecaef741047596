// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupPrompts.h"

#include "security/PassphraseDialog.h"
#include "security/SignInDialog.h"
#include "setup/FirstRunWizard.h"

#include <QMessageBox>

namespace Balcao {

DialogPrompts::DialogPrompts(LanguageSwitcher *languages, QWidget *parent)
    : m_languages(languages)
    , m_parent(parent)
{ }

std::optional<FirstRunAnswers> DialogPrompts::askFirstRun(const JoinBusiness &join)
{
    FirstRunWizard wizard(m_languages, m_parent);
    wizard.setJoinBusiness(join);
    if (wizard.exec() != QDialog::Accepted)
        return std::nullopt;
    if (wizard.joinedExistingBusiness())
        return FirstRunAnswers { {}, false, true };
    return FirstRunAnswers { wizard.profile(), wizard.addSampleClients(), false };
}

std::optional<QString> DialogPrompts::askPassphrase(const QString &databasePath,
                                                    const PassphraseCheck &check)
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock, m_parent);
    dialog.setDatabasePath(databasePath);
    dialog.setCheck(check);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

std::optional<QString> DialogPrompts::choosePassphrase(const QString &databasePath,
                                                       const QString &reason)
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Choose, m_parent);
    dialog.setDatabasePath(databasePath);
    dialog.setExplanation(reason);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

std::optional<UserAccount> DialogPrompts::signIn(const StaffService &staff,
                                                 const QString &businessName)
{
    SignInDialog dialog(staff, m_parent);
    dialog.setBusinessName(businessName);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.account();
}

void DialogPrompts::showError(const QString &message)
{
    QMessageBox box(QMessageBox::Critical, tr("Balcão"), message, QMessageBox::Ok, m_parent);
    box.setObjectName(QStringLiteral("startupError"));
    box.exec();
}

} // namespace Balcao
