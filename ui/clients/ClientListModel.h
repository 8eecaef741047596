// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clients/Client.h"
#include "shell/TitledTableModel.h"

#include <QList>

namespace Balcao {

class LocalStore;

// The clients matching a search, as a table (name, phone, e-mail), read
// through ClientService. Holds at most limit() rows: a search box is how
// people find one client among tens of thousands, so the list never has to.
class ClientListModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PhoneColumn, EmailColumn, ColumnCount };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kDefaultLimit = 500;

    explicit ClientListModel(LocalStore &store, QObject *parent = nullptr);

    // Reloads the rows for `search` (empty: everyone).
    void refresh(const QString &search);
    // Reloads with the current search, after a change.
    void reload() { refresh(m_search); }
    const QString &search() const { return m_search; }

    void setLimit(int limit) { m_limit = limit; }
    int limit() const { return m_limit; }
    // True when more clients matched than the model holds.
    bool isTruncated() const { return m_truncated; }

    const Client &clientAt(int row) const { return m_clients.at(row); }
    int rowOf(const Id &id) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int rowsHeld() const override { return static_cast<int>(m_clients.size()); }
    QString columnTitle(int column) const override;

    LocalStore &m_store;
    QString m_region; // the business's, for showing phone numbers
    QList<Client> m_clients;
    QString m_search;
    int m_limit = kDefaultLimit;
    bool m_truncated = false;
};

} // namespace Balcao
