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
    : TitledTableModel(ColumnCount, parent)
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
        auto zone = LocationService(m_store).timeZoneOf(locationId);
        if (!zone)
            return zone.error();
        m_zone = *zone;
        auto logins = StaffService(m_store).loginsById();
        if (!logins)
            return logins.error();
        auto movements = StockLedger(m_store).movements(productId, locationId, kDefaultLimit);
        if (!movements)
            return movements.error();
        SalesJournal journal(m_store);
        for (const StockMovement &m : std::as_const(*movements)) {
            Row row { m, logins->value(m.userId.toString()), QString() };
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

QVariant StockMovementsModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
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

QString StockMovementsModel::columnTitle(int column) const
{
    switch (column) {
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

Qt::Alignment StockMovementsModel::titleAlignment(int column) const
{
    return (column == QuantityColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

} // namespace Balcao
