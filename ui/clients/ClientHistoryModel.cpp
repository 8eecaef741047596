// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientHistoryModel.h"

#include "agenda/AppointmentWording.h"
#include "staff/StaffService.h"
#include "storage/LocalStore.h"

#include <QFont>

namespace Balcao {

ClientHistoryModel::ClientHistoryModel(LocalStore &store, QObject *parent)
    : TitledTableModel(ColumnCount, parent)
    , m_store(store)
{ }

Result<void> ClientHistoryModel::load(const Id &clientId)
{
    beginResetModel();
    m_staffNames.clear();
    for (const StaffMember &member : StaffService(m_store).members())
        m_staffNames.insert(member.id, member.displayName);
    m_now = m_store.clock().nowMsecsSinceEpoch();
    // One more than shown tells whether there are more.
    auto visits = ClientHistory(m_store).visits(clientId, kDefaultLimit + 1);
    m_visits = visits ? *visits : QList<ClientVisit>();
    m_truncated = m_visits.size() > kDefaultLimit;
    if (m_truncated)
        m_visits.resize(kDefaultLimit);
    endResetModel();
    if (!visits)
        return visits.error();
    return {};
}

void ClientHistoryModel::clear()
{
    beginResetModel();
    m_visits.clear();
    m_truncated = false;
    endResetModel();
}

QVariant ClientHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const ClientVisit &visit = m_visits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return tr("%1, %2").arg(
                AppointmentWording::date(visit.startsAtMsecs, m_zone),
                AppointmentWording::timeRange(visit.startsAtMsecs, visit.endsAtMsecs, m_zone));
        case ServicesColumn: {
            QStringList names;
            for (const ClientVisit::Item &item : visit.items)
                names << (item.serviceName.isEmpty() ? tr("Unknown service") : item.serviceName);
            return names.join(tr(" + ", "between the services of one visit"));
        }
        case StaffColumn: {
            QStringList names;
            for (const ClientVisit::Item &item : visit.items) {
                const QString name = m_staffNames.value(item.staffId);
                if (!name.isEmpty() && !names.contains(name))
                    names << name;
            }
            return names.join(QStringLiteral(", "));
        }
        case StatusColumn:
            return AppointmentWording::status(visit.status);
        }
        return {};
    case Qt::ToolTipRole:
        if (!visit.cancelReason.isEmpty())
            return tr("Cancelled because: %1").arg(visit.cancelReason);
        return visit.notes.isEmpty() ? QVariant() : QVariant(visit.notes);
    case Qt::FontRole:
        if (visit.startsAtMsecs > m_now) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case kAppointmentIdRole:
        return QVariant::fromValue(visit.appointmentId);
    default:
        return {};
    }
}

QString ClientHistoryModel::columnTitle(int column) const
{
    switch (column) {
    case WhenColumn:
        return tr("When");
    case ServicesColumn:
        return tr("Services");
    case StaffColumn:
        return tr("With");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace Balcao
