// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clients/Client.h"
#include "shell/SearchField.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Balcao {

class LocalStore;

// Who an appointment is for: a search that lists matching clients while
// typing (ClientService's search), or a new client made from a name and a
// phone (created with the booking, phone normalised by ClientService), or
// nobody (a walk-in without a record).
// Keyboard: Down from the search goes to the matches, Enter picks one.
class ClientPicker : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxMatches = 8;

    explicit ClientPicker(LocalStore &store, QWidget *parent = nullptr);

    void setClient(const Id &clientId);
    // Off where a client must already exist (store credit for a return).
    void setNewClientAllowed(bool allowed);
    // The chosen existing client; null for a walk-in or a new client.
    Id clientId() const { return m_chosen; }
    bool isNewClient() const;
    ClientDraft newClientDraft() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *matches() const { return m_matches; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void runSearch();
    void pickRow(int row);
    void newClientToggled(bool on);
    void showChosen();
    QString describe(const Client &client) const;

    LocalStore &m_store;
    QString m_region;
    Id m_chosen;
    QString m_chosenText;
    bool m_newClientAllowed = true;
    QLabel *m_searchLabel = nullptr;
    SearchField *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QLabel *m_chosenLabel = nullptr;
    QCheckBox *m_newClient = nullptr;
    QWidget *m_newBox = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newPhone = nullptr;
};

} // namespace Balcao
