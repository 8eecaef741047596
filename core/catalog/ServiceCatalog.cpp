// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceCatalog.h"

#include "TaxClass.h"
#include "settings/BusinessSettings.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Balcao {

namespace {

const QString kServices = QStringLiteral("services");
const QString kCategories = QStringLiteral("service_categories");
const QString kServiceStaff = QStringLiteral("service_staff");

// Selected from `services s` everywhere, so list() can join categories.
const QString kServiceColumns = QStringLiteral(
    "s.id, s.category_id, s.name, s.description, s.kind, s.duration_minutes, s.price_minor,"
    " s.currency, s.buffer_before_minutes, s.buffer_after_minutes, s.resource_kind, s.color,"
    " s.active, s.deleted, s.tax_class_id");

Service serviceFrom(const QSqlQuery &q)
{
    Service s;
    s.id = Id::fromString(q.value(0).toString());
    s.categoryId = Id::fromString(q.value(1).toString());
    s.name = q.value(2).toString();
    s.description = q.value(3).toString();
    s.kind = q.value(4).toString();
    s.durationMinutes = q.value(5).toInt();
    s.price = moneyFromColumns(q.value(6), q.value(7));
    s.bufferBeforeMinutes = q.value(8).toInt();
    s.bufferAfterMinutes = q.value(9).toInt();
    s.resourceKind = q.value(10).toString();
    s.color = q.value(11).toString();
    s.active = q.value(12).toInt() != 0;
    s.taxClassId = Id::fromString(q.value(14).toString());
    return s;
}

// Derived ids live in their own namespace so they never collide with the
// ids of other derived rows.
const QUuid kServiceStaffNamespace(QStringLiteral("{6f0b5c1e-3d0f-4c55-9a37-5a4e7d0c2b11}"));

} // namespace

ServiceCatalog::ServiceCatalog(LocalStore &store)
    : m_store(store)
{ }

Id ServiceCatalog::serviceStaffId(const Id &serviceId, const Id &staffId)
{
    return Id::nameBased(kServiceStaffNamespace,
                         QString(serviceId.toString() + QLatin1Char('/') + staffId.toString()));
}

Result<ServiceCategory> ServiceCatalog::addCategory(const QString &name, int position)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty() || cleaned.size() > kMaxNameLength)
        return Error::invalid(
            QStringLiteral("category.nameRequired"),
            tr("A category needs a name of 1 to %1 characters.").arg(kMaxNameLength));
    const auto existing = categories();
    if (!existing)
        return existing.error();
    for (const ServiceCategory &other : *existing) {
        if (other.name.compare(cleaned, Qt::CaseInsensitive) == 0)
            return Error::conflict(QStringLiteral("category.nameTaken"),
                                   tr("There is already a category named \"%1\".").arg(cleaned));
    }
    const Id id = Id::generate(m_store.clock());
    auto written = m_store.transact([&] {
        return m_store.writer().writeRecord(kCategories, id,
                                            { { QStringLiteral("name"), cleaned },
                                              { QStringLiteral("position"), position },
                                              { QStringLiteral("deleted"), 0 } });
    });
    if (!written)
        return written.error();
    return ServiceCategory { id, cleaned, position };
}

Result<ServiceCategory> ServiceCatalog::renameCategory(const Id &id, const QString &name)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty() || cleaned.size() > kMaxNameLength)
        return Error::invalid(
            QStringLiteral("category.nameRequired"),
            tr("A category needs a name of 1 to %1 characters.").arg(kMaxNameLength));
    const auto all = categories();
    if (!all)
        return all.error();
    auto it = std::find_if(all->begin(), all->end(), [&](const auto &c) { return c.id == id; });
    if (it == all->end())
        return Error::notFound(QStringLiteral("category.notFound"),
                               tr("There is no category with id %1.").arg(id.toString()));
    auto written = m_store.transact([&] {
        return m_store.writer().writeRecord(kCategories, id,
                                            { { QStringLiteral("name"), cleaned } });
    });
    if (!written)
        return written.error();
    return ServiceCategory { id, cleaned, it->position };
}

Result<void> ServiceCatalog::removeCategory(const Id &id)
{
    const auto services = list(false);
    if (!services)
        return services.error();
    for (const Service &service : *services) {
        if (service.categoryId == id)
            return Error::conflict(
                QStringLiteral("category.notEmpty"),
                tr("The category still has services (\"%1\"); move or delete them first.")
                    .arg(service.name));
    }
    return m_store.transact([&]() -> Result<void> {
        if (auto written = m_store.writer().deleteRecord(kCategories, id); !written)
            return written.error();
        return {};
    });
}

Result<QList<ServiceCategory>> ServiceCatalog::categories() const
{
    QList<ServiceCategory> out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, position FROM service_categories WHERE deleted = 0"
                             " ORDER BY position, name COLLATE NOCASE, id"));
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << ServiceCategory { Id::fromString(q.value(0).toString()), q.value(1).toString(),
                                 q.value(2).toInt() };
    return out;
}

Result<QVariantMap> ServiceCatalog::validatedFields(const ServiceDraft &draft, bool creating) const
{
    QVariantMap fields;
    if (creating && !draft.name)
        return Error::invalid(QStringLiteral("service.nameRequired"),
                              tr("The service needs a name."));
    if (draft.name) {
        const QString name = draft.name->simplified();
        if (name.isEmpty())
            return Error::invalid(QStringLiteral("service.nameRequired"),
                                  tr("The service needs a name."));
        if (name.size() > kMaxNameLength)
            return Error::invalid(
                QStringLiteral("service.nameTooLong"),
                tr("The name is too long (at most %1 characters).").arg(kMaxNameLength));
        fields.insert(QStringLiteral("name"), name);
    }
    if (draft.categoryId) {
        if (!draft.categoryId->isNull()) {
            const auto all = categories();
            if (!all)
                return all.error();
            if (std::none_of(all->begin(), all->end(),
                             [&](const auto &c) { return c.id == *draft.categoryId; }))
                return Error::notFound(
                    QStringLiteral("category.notFound"),
                    tr("There is no category with id %1.").arg(draft.categoryId->toString()));
        }
        fields.insert(QStringLiteral("category_id"), idOrNull(*draft.categoryId));
    }
    if (draft.description)
        fields.insert(QStringLiteral("description"), textOrNull(draft.description->trimmed()));
    if (draft.kind)
        fields.insert(QStringLiteral("kind"), textOrNull(draft.kind->simplified()));
    if (draft.durationMinutes) {
        if (*draft.durationMinutes < 1 || *draft.durationMinutes > kMaxDurationMinutes)
            return Error::invalid(
                QStringLiteral("service.durationInvalid"),
                tr("The duration must be between 1 and %1 minutes.").arg(kMaxDurationMinutes));
        fields.insert(QStringLiteral("duration_minutes"), *draft.durationMinutes);
    }
    for (const auto &[value, column] :
         { std::pair { draft.bufferBeforeMinutes, QStringLiteral("buffer_before_minutes") },
           std::pair { draft.bufferAfterMinutes, QStringLiteral("buffer_after_minutes") } }) {
        if (!value)
            continue;
        if (*value < 0 || *value > kMaxBufferMinutes)
            return Error::invalid(
                QStringLiteral("service.bufferInvalid"),
                tr("A buffer must be between 0 and %1 minutes.").arg(kMaxBufferMinutes));
        fields.insert(column, *value);
    }
    if (draft.price) {
        if (draft.price->isNegative())
            return Error::invalid(QStringLiteral("service.priceNegative"),
                                  tr("The price cannot be negative."));
        if (!draft.price->hasCurrency())
            return Error::invalid(QStringLiteral("service.priceNoCurrency"),
                                  tr("The price has no currency."));
        fields.insert(QStringLiteral("price_minor"), draft.price->minorUnits());
        fields.insert(QStringLiteral("currency"), draft.price->currency().code());
    }
    if (draft.resourceKind)
        fields.insert(QStringLiteral("resource_kind"),
                      textOrNull(draft.resourceKind->simplified().toLower()));
    if (draft.color) {
        static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        const QString color = draft.color->trimmed();
        if (!color.isEmpty() && !hex.match(color).hasMatch())
            return Error::invalid(
                QStringLiteral("service.colorInvalid"),
                tr("\"%1\" is not a colour; use the form #RRGGBB.").arg(*draft.color));
        fields.insert(QStringLiteral("color"), textOrNull(color.toLower()));
    }
    if (draft.active)
        fields.insert(QStringLiteral("active"), *draft.active ? 1 : 0);
    if (draft.taxClassId) {
        if (!draft.taxClassId->isNull()) {
            if (auto taxClass = TaxClasses(m_store).find(*draft.taxClassId); !taxClass)
                return taxClass.error();
        }
        fields.insert(QStringLiteral("tax_class_id"), idOrNull(*draft.taxClassId));
    }
    if (draft.staffIds) {
        QSqlQuery q(m_store.database().connection());
        q.prepare(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND deleted = 0"));
        for (const Id &staffId : *draft.staffIds) {
            q.addBindValue(staffId.toString());
            auto found = firstValue(q);
            if (!found)
                return found.error();
            if (!found->has_value())
                return Error::notFound(
                    QStringLiteral("staff.notFound"),
                    tr("There is no staff member with id %1.").arg(staffId.toString()));
        }
    }
    return fields;
}

Result<void> ServiceCatalog::writeStaff(const Id &serviceId, const QList<Id> &staffIds)
{
    // Rows for staff no longer listed are tombstoned, new ones written live;
    // a granted pair that is granted again is an unchanged row and costs
    // nothing.
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT staff_id FROM service_staff WHERE service_id = ?"
                             " AND deleted = 0"));
    q.addBindValue(serviceId.toString());
    auto current = idsQuery(q);
    if (!current)
        return current.error();
    for (const Id &staffId : std::as_const(*current)) {
        if (!staffIds.contains(staffId)) {
            if (auto r
                = m_store.writer().deleteRecord(kServiceStaff, serviceStaffId(serviceId, staffId));
                !r)
                return r.error();
        }
    }
    for (const Id &staffId : staffIds) {
        if (auto r
            = m_store.writer().writeRecord(kServiceStaff, serviceStaffId(serviceId, staffId),
                                           { { QStringLiteral("service_id"), serviceId.toString() },
                                             { QStringLiteral("staff_id"), staffId.toString() },
                                             { QStringLiteral("deleted"), 0 } });
            !r)
            return r.error();
    }
    return {};
}

Result<Service> ServiceCatalog::create(const ServiceDraft &draft)
{
    auto fields = validatedFields(draft, true);
    if (!fields)
        return fields.error();
    if (!draft.price) {
        // Left to the column's default, a business that sells in dollars
        // would price its services in reais.
        auto currency = BusinessSettings(m_store).currency();
        if (!currency)
            return currency.error();
        fields->insert(QStringLiteral("currency"), currency->code());
    }
    fields->insert(QStringLiteral("deleted"), 0);
    const Id id = Id::generate(m_store.clock());
    return m_store.transact([&]() -> Result<Service> {
        if (auto written = m_store.writer().writeRecord(kServices, id, *fields); !written)
            return written.error();
        if (draft.staffIds) {
            if (auto staff = writeStaff(id, *draft.staffIds); !staff)
                return staff.error();
        }
        return find(id);
    });
}

Result<Service> ServiceCatalog::update(const Id &id, const ServiceDraft &draft)
{
    auto fields = validatedFields(draft, false);
    if (!fields)
        return fields.error();
    return m_store.transact([&]() -> Result<Service> {
        if (auto existing = find(id); !existing)
            return existing.error();
        if (auto written = m_store.writer().writeRecord(kServices, id, *fields); !written)
            return written.error();
        if (draft.staffIds) {
            if (auto staff = writeStaff(id, *draft.staffIds); !staff)
                return staff.error();
        }
        return find(id);
    });
}

Result<void> ServiceCatalog::remove(const Id &id)
{
    return m_store.transact([&]() -> Result<void> {
        if (auto existing = find(id); !existing)
            return existing.error();
        if (auto written = m_store.writer().deleteRecord(kServices, id); !written)
            return written.error();
        return {};
    });
}

Result<QList<Id>> ServiceCatalog::staffFor(const Id &serviceId) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT ss.staff_id FROM service_staff ss JOIN staff s ON s.id ="
                             " ss.staff_id WHERE ss.service_id = ? AND ss.deleted = 0"
                             " AND s.deleted = 0 ORDER BY ss.staff_id"));
    q.addBindValue(serviceId.toString());
    return idsQuery(q);
}

Result<Service> ServiceCatalog::find(const Id &id, bool includeDeleted) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM services s WHERE s.id = ?").arg(kServiceColumns));
    q.addBindValue(id.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (!q.next() || (!includeDeleted && q.value(13).toInt() != 0))
        return Error::notFound(QStringLiteral("service.notFound"),
                               tr("There is no service with id %1.").arg(id.toString()));
    Service service = serviceFrom(q);
    auto staff = staffFor(id);
    if (!staff)
        return staff.error();
    service.staffIds = *staff;
    return service;
}

Result<QList<Service>> ServiceCatalog::list(bool activeOnly) const
{
    QList<Service> out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM services s LEFT JOIN service_categories c ON"
                                 " c.id = s.category_id AND c.deleted = 0 WHERE s.deleted = 0")
                      .arg(kServiceColumns);
    if (activeOnly)
        sql += QStringLiteral(" AND s.active = 1");
    sql += QStringLiteral(" ORDER BY c.position IS NULL, c.position, c.name COLLATE NOCASE,"
                          " s.name COLLATE NOCASE, s.id");
    q.prepare(sql);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << serviceFrom(q);
    for (Service &service : out) {
        auto staff = staffFor(service.id);
        if (!staff)
            return staff.error();
        service.staffIds = *staff;
    }
    return out;
}

Result<Service> ServiceCatalog::findByIdOrName(const QString &text) const
{
    const Id id = Id::fromString(text.trimmed());
    if (!id.isNull()) {
        auto found = find(id);
        if (found || found.error().kind != Error::Kind::NotFound)
            return found;
    }
    const auto all = list(false);
    if (!all)
        return all.error();
    for (const Service &service : *all) {
        if (service.name.compare(text.simplified(), Qt::CaseInsensitive) == 0)
            return service;
    }
    return Error::notFound(QStringLiteral("service.notFound"),
                           tr("There is no service called \"%1\".").arg(text));
}

} // namespace Balcao
