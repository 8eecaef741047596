// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientListModel.h"

#include "clients/ClientService.h"
#include "clients/PhoneNumber.h"

namespace Balcao {

ClientListModel::ClientListModel(LocalStore &store, QObject *parent)
    : TitledTableModel(ColumnCount, parent)
    , m_store(store)
    , m_region(ClientService::phoneRegion(store))
{ }

void ClientListModel::refresh(const QString &search)
{
    beginResetModel();
    m_search = search;
    // One more than shown tells whether there are more.
    m_clients = ClientService(m_store).list(search, m_limit + 1);
    m_truncated = m_clients.size() > m_limit;
    if (m_truncated)
        m_clients.resize(m_limit);
    endResetModel();
}

int ClientListModel::rowOf(const Id &id) const
{
    for (int row = 0; row < m_clients.size(); ++row) {
        if (m_clients.at(row).id == id)
            return row;
    }
    return -1;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Client &client = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return client.name;
        case PhoneColumn:
            return PhoneNumber::display(client.phone, m_region);
        case EmailColumn:
            return client.email;
        }
        return {};
    case Qt::ToolTipRole:
        // The notes are what front-desk staff need at a glance (allergies,
        // preferences) without opening the client.
        return index.column() == NameColumn && !client.notes.isEmpty() ? QVariant(client.notes)
                                                                       : QVariant();
    case kIdRole:
        return client.id.toString();
    default:
        return {};
    }
}

QString ClientListModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    }
    return {};
}

} // namespace Balcao
