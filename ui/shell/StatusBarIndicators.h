// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Balcao {

class LocalStore;

// The permanent part of the status bar: which database is open and that it is
// encrypted, and the sync state. Sync does not exist yet, so that part says
// "not connected" and counts the changes waiting in the outbox; the sync
// issue replaces the placeholder with the engine's real state.
class StatusBarIndicators : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBarIndicators(LocalStore &store, QWidget *parent = nullptr);

    void setSignedInUser(const QString &login);
    QString databaseText() const;
    QString syncText() const;

public slots:
    // Re-reads what can change while the app runs (the pending changes).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    LocalStore &m_store;
    QLabel *m_database = nullptr;
    QLabel *m_sync = nullptr;
    QLabel *m_user = nullptr;
    QString m_login;
    int m_pending = 0;
};

} // namespace Balcao
