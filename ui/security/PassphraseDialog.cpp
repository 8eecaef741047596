// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseDialog.h"

#include "security/PassphraseKey.h"
#include "shell/BusyCursor.h"
#include "shell/FormMessage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

PassphraseDialog::PassphraseDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_intro(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_passphraseLabel(new QLabel(this))
    , m_confirmLabel(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_message(new FormMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    m_intro->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("passphraseExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setVisible(false);
    m_passphrase->setObjectName(QStringLiteral("passphraseField"));
    m_confirm->setObjectName(QStringLiteral("confirmField"));
    for (QLineEdit *field : { m_passphrase, m_confirm }) {
        field->setEchoMode(QLineEdit::Password);
        field->setMinimumWidth(280);
    }
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel->setBuddy(m_confirm);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(m_passphraseLabel, m_passphrase);
    if (mode == Mode::Choose)
        form->addRow(m_confirmLabel, m_confirm);
    m_confirm->setVisible(mode == Mode::Choose);
    m_confirmLabel->setVisible(mode == Mode::Choose);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    retranslate();
}

void PassphraseDialog::setExplanation(const QString &text)
{
    m_explanation->setText(text);
    m_explanation->setVisible(!text.isEmpty());
}

void PassphraseDialog::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    retranslate();
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

void PassphraseDialog::showError(const QString &text)
{
    m_message->showError(text);
    m_passphrase->setFocus();
    m_passphrase->selectAll();
}

void PassphraseDialog::accept()
{
    if (m_mode == Mode::Choose) {
        if (auto strong = PassphraseKey::checkStrength(m_passphrase->text()); !strong) {
            showError(strong.error().message);
            return;
        }
        if (m_confirm->text() != m_passphrase->text()) {
            m_message->showError(
                tr("The two passphrases are different. Type the same passphrase in both fields."));
            m_confirm->setFocus();
            m_confirm->selectAll();
            return;
        }
    }
    if (m_check) {
        Result<void> checked;
        {
            // Deriving a key takes a moment on purpose (it slows guessing).
            BusyCursor busy;
            checked = m_check(m_passphrase->text());
        }
        if (!checked) {
            showError(checked.error().message);
            return;
        }
    }
    m_message->clear();
    QDialog::accept();
}

void PassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslate()
{
    const QString file = QFileInfo(m_databasePath).fileName();
    if (m_mode == Mode::Unlock) {
        setWindowTitle(tr("Unlock database"));
        m_intro->setText(file.isEmpty() ? tr("Enter the passphrase that protects the database.")
                                        : tr("Enter the passphrase that protects %1.").arg(file));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    } else {
        setWindowTitle(tr("Choose a passphrase"));
        m_intro->setText(
            tr("The database will be encrypted with a key made from this passphrase. Nobody can "
               "open it without the passphrase, and it cannot be recovered if it is lost: keep "
               "it somewhere safe."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create database"));
    }
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_confirmLabel->setText(tr("&Repeat passphrase:"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Balcao
