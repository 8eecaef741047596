// SPDX-License-Identifier: GPL-3.0-or-later
#include "StockMovementsModel.h"

#include "inventory/StockLedger.h"
#include "locations/LocationService.h"
#include "sales/SalesJournal.h"
#include "staff/StaffService.h"

#include <QDateTime>
#include <QLocale>

namespace Balcao {

StockMovementsModel::StockMovementsModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

QString StockMovementsModel::kindText(StockMovementKind kind)
{
    switch (kind) {
    case StockMovementKind::Sale:
        return tr("Sold");
    case StockMovementKind::Return:
        return tr("Returned");
    case StockMovementKind::Receipt:
        return tr("Received");
    case StockMovementKind::Adjustment:
        return tr("Count adjustment");
    case StockMovementKind::Damaged:
        return tr("Written off");
    case StockMovementKind::TransferOut:
        return tr("Sent to another location");
    case StockMovementKind::TransferIn:
        return tr("Received from another location");
    }
    return {};
}

Result<void> StockMovementsModel::load(const Id &productId, const Id &locationId)
{
    const auto read = [&]() -> Result<QList<Row>> {
        QList<Row> rows;
        if (productId.isNull())
            return rows;
        auto location = LocationService(m_store).find(locationId);
        if (!location && location.error().kind != Error::Kind::NotFound)
            return location.error();
        m_zone = location ? location->timeZone() : QTimeZone::systemTimeZone();
        auto users = StaffService(m_store).users();
        if (!users)
            return users.error();
        QHash<QString, QString> logins;
        for (const UserAccount &user : std::as_const(*users))
            logins.insert(user.id.toString(), user.login);
        auto movements = StockLedger(m_store).movements(productId, locationId, kDefaultLimit);
        if (!movements)
            return movements.error();
        SalesJournal journal(m_store);
        for (const StockMovement &m : std::as_const(*movements)) {
            Row row { m, logins.value(m.userId.toString()), QString() };
            if (!m.sourceId.isNull()) {
                auto document = journal.documentNumber(m.sourceId);
                if (!document)
                    return document.error();
                row.document = *document;
            }
            rows << row;
        }
        return rows;
    };
    auto rows = read();
    beginResetModel();
    m_productId = productId;
    m_locationId = locationId;
    m_rows = rows ? *rows : QList<Row> {};
    endResetModel();
    if (!rows)
        return rows.error();
    return {};
}

void StockMovementsModel::clear()
{
    (void)load(Id(), Id());
}

int StockMovementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StockMovementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockMovementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const StockMovement &m = row.movement;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return locale.toString(QDateTime::fromMSecsSinceEpoch(m.atMsecs, m_zone),
                                   QLocale::ShortFormat);
        case KindColumn:
            return kindText(m.kind);
        case QuantityColumn:
            return m.quantity > 0 ? locale.positiveSign() + locale.toString(m.quantity)
                                  : locale.toString(m.quantity);
        case WhoColumn:
            return row.who;
        case DocumentColumn:
            return row.document;
        case ReasonColumn: {
            QStringList parts;
            if (!m.reason.isEmpty())
                parts << m.reason;
            if (!m.lot.isEmpty())
                parts << tr("lot %1").arg(m.lot);
            if (m.expiresOn.isValid())
                parts << tr("expires %1").arg(locale.toString(m.expiresOn, QLocale::ShortFormat));
            return parts.join(QStringLiteral(" · "));
        }
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (index.column() == QuantityColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant StockMovementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == QuantityColumn ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("What");
    case QuantityColumn:
        return tr("Units");
    case WhoColumn:
        return tr("Who");
    case DocumentColumn:
        return tr("Sale / return");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

void StockMovementsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Balcao
