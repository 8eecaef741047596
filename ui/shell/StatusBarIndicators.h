// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QToolButton;

namespace Balcao {

class LocalStore;
struct SyncStatus;

// The permanent part of the status bar: which database is open and that it is
// encrypted, and the sync state: online, syncing, offline or refused, the
// changes waiting in the outbox, the last successful sync and the open
// conflicts (a button to the Conflicts page). Until the sync engine reports
// (a terminal not enrolled with a server) it says "not connected".
class StatusBarIndicators : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBarIndicators(LocalStore &store, QWidget *parent = nullptr);
    ~StatusBarIndicators() override;

    void setSignedInUser(const QString &login);
    QString databaseText() const;
    // The sync part as one line, as read out: state · pending · last sync.
    QString syncText() const;
    QString conflictsText() const;

    void setSyncStatus(const SyncStatus &status);
    void setNotConnected();

signals:
    void conflictsClicked();

public slots:
    // Re-reads what can change while the app runs (the pending changes).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void retranslateSync();
    LocalStore &m_store;
    QLabel *m_database = nullptr;
    QLabel *m_sync = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_lastSync = nullptr;
    QToolButton *m_conflicts = nullptr;
    QLabel *m_user = nullptr;
    QString m_login;
    int m_pending = 0;
    // Empty while not connected to a server.
    std::unique_ptr<SyncStatus> m_status;
};

} // namespace Balcao
