// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clients/ClientHistory.h"
#include "shell/TitledTableModel.h"

#include <QHash>
#include <QTimeZone>

namespace Balcao {

class LocalStore;

// A client's appointments, past and future, newest first (ClientHistory),
// as a table: when (in the location's zone), services, with whom, status.
// Appointments still to come are shown in bold.
class ClientHistoryModel : public TitledTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ServicesColumn, StaffColumn, StatusColumn, ColumnCount };
    static constexpr int kAppointmentIdRole = Qt::UserRole + 1;
    static constexpr int kDefaultLimit = 200;

    explicit ClientHistoryModel(LocalStore &store, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // A store that cannot be read leaves the list empty and says why.
    Result<void> load(const Id &clientId);
    void clear();
    const QList<ClientVisit> &visits() const { return m_visits; }
    const ClientVisit &visitAt(int row) const { return m_visits.at(row); }
    // True when the client has more appointments than are shown.
    bool isTruncated() const { return m_truncated; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int rowsHeld() const override { return static_cast<int>(m_visits.size()); }
    QString columnTitle(int column) const override;

    LocalStore &m_store;
    QTimeZone m_zone = QTimeZone::utc();
    QList<ClientVisit> m_visits;
    QHash<Id, QString> m_staffNames;
    qint64 m_now = 0;
    bool m_truncated = false;
};

} // namespace Balcao
