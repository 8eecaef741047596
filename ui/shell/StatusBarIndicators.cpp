// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusBarIndicators.h"

#include "ChangeOutbox.h"
#include "storage/LocalStore.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>

namespace Balcao {

StatusBarIndicators::StatusBarIndicators(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_database(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_user(new QLabel(this))
{
    setObjectName(QStringLiteral("statusIndicators"));
    m_database->setObjectName(QStringLiteral("databaseState"));
    m_sync->setObjectName(QStringLiteral("syncState"));
    m_user->setObjectName(QStringLiteral("signedInUser"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(24);
    layout->addWidget(m_database);
    layout->addWidget(m_sync);
    layout->addWidget(m_user);
    refresh();
}

void StatusBarIndicators::setSignedInUser(const QString &login)
{
    m_login = login;
    retranslate();
}

QString StatusBarIndicators::databaseText() const
{
    return m_database->text();
}

QString StatusBarIndicators::syncText() const
{
    return m_sync->text();
}

void StatusBarIndicators::refresh()
{
    m_pending = ChangeOutbox(m_store).pendingCount();
    retranslate();
}

void StatusBarIndicators::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatusBarIndicators::retranslate()
{
    const QString path = m_store.database().path();
    // The version proves SQLCipher (not plain SQLite) is doing the work.
    const QString version = m_store.database().cipherVersion().section(QLatin1Char(' '), 0, 0);
    m_database->setText(
        tr("%1 · Encrypted (SQLCipher %2)").arg(QFileInfo(path).fileName(), version));
    m_database->setToolTip(QFileInfo(path).absoluteFilePath());
    m_sync->setText(
        tr("Not connected to a server · %n change(s) waiting to sync", nullptr, m_pending));
    m_sync->setToolTip(tr("Changes are kept on this computer until a server is set up."));
    m_user->setText(m_login.isEmpty() ? QString() : tr("Signed in as %1").arg(m_login));
    m_user->setVisible(!m_login.isEmpty());
}

} // namespace Balcao
