// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusBarIndicators.h"

#include "ChangeOutbox.h"
#include "SyncEngine.h"
#include "storage/LocalStore.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace Balcao {

StatusBarIndicators::StatusBarIndicators(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_database(new QLabel(this))
    , m_sync(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_conflicts(new QToolButton(this))
    , m_user(new QLabel(this))
{
    setObjectName(QStringLiteral("statusIndicators"));
    m_database->setObjectName(QStringLiteral("databaseState"));
    m_sync->setObjectName(QStringLiteral("syncState"));
    m_pendingLabel->setObjectName(QStringLiteral("pendingChanges"));
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_conflicts->setObjectName(QStringLiteral("openConflicts"));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setCursor(Qt::PointingHandCursor);
    m_user->setObjectName(QStringLiteral("signedInUser"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(24);
    layout->addWidget(m_database);
    layout->addWidget(m_sync);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_conflicts);
    layout->addStretch(1);
    layout->addWidget(m_user);
    connect(m_conflicts, &QToolButton::clicked, this, &StatusBarIndicators::conflictsClicked);
    refresh();
}

StatusBarIndicators::~StatusBarIndicators() = default;

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
    QStringList parts { m_sync->text(), m_pendingLabel->text() };
    if (!m_lastSync->isHidden())
        parts << m_lastSync->text();
    return parts.join(QStringLiteral(" · "));
}

QString StatusBarIndicators::conflictsText() const
{
    return m_conflicts->isHidden() ? QString() : m_conflicts->text();
}

void StatusBarIndicators::setSyncStatus(const SyncStatus &status)
{
    m_status = std::make_unique<SyncStatus>(status);
    m_pending = status.pendingChanges;
    retranslateSync();
}

void StatusBarIndicators::setNotConnected()
{
    m_status.reset();
    refresh();
}

void StatusBarIndicators::refresh()
{
    // The widgets' own count is the freshest after a local save; the
    // engine's arrives with its next report.
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
    m_user->setText(m_login.isEmpty() ? QString() : tr("Signed in as %1").arg(m_login));
    m_user->setVisible(!m_login.isEmpty());
    retranslateSync();
}

void StatusBarIndicators::retranslateSync()
{
    if (!m_status) {
        m_sync->setText(tr("Not connected to a server"));
        m_sync->setToolTip(tr("Changes are kept on this computer until it is connected to a server "
                              "(File > Connect to server)."));
        m_pendingLabel->setText(tr("%n change(s) waiting to sync", nullptr, m_pending));
        m_lastSync->hide();
        m_conflicts->hide();
        return;
    }

    const SyncStatus &status = *m_status;
    switch (status.state) {
    case SyncStatus::State::Idle:
        m_sync->setText(tr("Online"));
        m_sync->setToolTip(tr("Connected to the server; changes are sent as they are made."));
        break;
    case SyncStatus::State::Syncing:
        m_sync->setText(tr("Syncing…"));
        m_sync->setToolTip(QString());
        break;
    case SyncStatus::State::Offline: {
        // Rounded up: "retrying in 0 s" while a wait is still running reads wrong.
        const int seconds = static_cast<int>((status.nextAttemptInMsecs + 999) / 1000);
        m_sync->setText(status.nextAttemptInMsecs >= 0
                            ? tr("Offline · retrying in %n s", nullptr, seconds)
                            : tr("Offline"));
        m_sync->setToolTip(status.lastError);
        break;
    }
    case SyncStatus::State::Rejected:
        m_sync->setText(tr("Sync refused: %1").arg(status.lastError));
        m_sync->setToolTip(status.lastError);
        break;
    }

    m_pendingLabel->setText(m_pending == 0
                                ? tr("All changes synced")
                                : tr("%n change(s) waiting to sync", nullptr, m_pending));

    m_lastSync->setVisible(status.lastSuccess.isValid());
    if (status.lastSuccess.isValid()) {
        const QDateTime local = status.lastSuccess.toLocalTime();
        const QLocale locale;
        // The time alone for today: the status bar has little room.
        const QString when = local.date() == QDate::currentDate()
            ? locale.toString(local.time(), QLocale::ShortFormat)
            : locale.toString(local, QLocale::ShortFormat);
        m_lastSync->setText(tr("Last sync %1").arg(when));
        m_lastSync->setToolTip(locale.toString(local, QLocale::LongFormat));
    }

    m_conflicts->setVisible(status.openConflicts > 0);
    m_conflicts->setText(tr("%n conflict(s) to resolve", nullptr, status.openConflicts));
    m_conflicts->setToolTip(tr("Open the Conflicts page"));
}

} // namespace Balcao
