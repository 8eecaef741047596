// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clients/Client.h"

#include <QAbstractTableModel>
#include <QList>

namespace Balcao {

class LocalStore;

// The clients matching a search, as a table (name, phone, e-mail), read
// through ClientService. Holds at most limit() rows: a search box is how
// people find one client among tens of thousands, so the list never has to.
class ClientListModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The headers are translated text; views re-read them on this.
    void retranslate();

private:
    LocalStore &m_store;
    QString m_region; // the business's, for showing phone numbers
    QList<Client> m_clients;
    QString m_search;
    int m_limit = kDefaultLimit;
    bool m_truncated = false;
};

} // namespace Balcao
