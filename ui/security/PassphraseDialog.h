// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace Balcao {

class FormMessage;

// Asks for the passphrase that protects a database: to unlock an existing
// one, or to choose one (typed twice) for a new one when the system keychain
// does not answer. A check given with setCheck runs when the user confirms;
// if it fails (a wrong passphrase, say) its message appears in the dialog and
// the user can try again without starting over.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Unlock, Choose };
    using Check = std::function<Result<void>(const QString &passphrase)>;

    explicit PassphraseDialog(Mode mode, QWidget *parent = nullptr);

    // Extra context above the fields, e.g. why the keychain could not be used.
    void setExplanation(const QString &text);
    void setDatabasePath(const QString &path);
    void setCheck(Check check) { m_check = std::move(check); }
    QString passphrase() const;
    void showError(const QString &text);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Mode m_mode;
    Check m_check;
    QString m_databasePath;
    QLabel *m_intro = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    FormMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Balcao
