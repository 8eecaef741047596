// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/BusinessSetup.h"
#include "setup/JoinAnswers.h"
#include "staff/StaffService.h"

#include <functional>
#include <optional>

class QWidget;

namespace Balcao {

class LanguageSwitcher;

struct FirstRunAnswers
{
    BusinessProfile profile;
    bool sampleClients = false;
    // The person joined an existing business with the given JoinBusiness
    // instead: its database exists already and there is nothing to set up.
    bool joined = false;
};

// Everything AppStartup needs to ask a person. The app answers with dialogs
// (DialogPrompts); tests answer with a script, so the whole start-up flow -
// keychain failures, wrong passphrases, cancelled wizards - is tested
// without a window. An empty optional means the person cancelled.
class StartupPrompts
{
public:
    using PassphraseCheck = std::function<Result<void>(const QString &passphrase)>;

    virtual ~StartupPrompts() = default;
    // With `join`, joining an existing business is offered too, and run
    // through it; without, only a new business can be set up.
    virtual std::optional<FirstRunAnswers> askFirstRun(const JoinBusiness &join) = 0;
    // Asks until `check` accepts a passphrase (it opens the database) or the
    // person cancels; each refusal's message is shown before asking again.
    virtual std::optional<QString> askPassphrase(const QString &databasePath,
                                                 const PassphraseCheck &check)
        = 0;
    // A new passphrase for a new database; `reason` says why the keychain
    // cannot keep the key.
    virtual std::optional<QString> choosePassphrase(const QString &databasePath,
                                                    const QString &reason)
        = 0;
    virtual std::optional<UserAccount> signIn(const StaffService &staff,
                                              const QString &businessName)
        = 0;
    virtual void showError(const QString &message) = 0;
};

// The real prompts: the first-run wizard, the passphrase and sign-in
// dialogs, and message boxes.
class DialogPrompts final : public StartupPrompts
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::DialogPrompts)
public:
    explicit DialogPrompts(LanguageSwitcher *languages, QWidget *parent = nullptr);

    std::optional<FirstRunAnswers> askFirstRun(const JoinBusiness &join) override;
    std::optional<QString> askPassphrase(const QString &databasePath,
                                         const PassphraseCheck &check) override;
    std::optional<QString> choosePassphrase(const QString &databasePath,
                                            const QString &reason) override;
    std::optional<UserAccount> signIn(const StaffService &staff,
                                      const QString &businessName) override;
    void showError(const QString &message) override;

private:
    LanguageSwitcher *m_languages;
    QWidget *m_parent;
};

} // namespace Balcao
