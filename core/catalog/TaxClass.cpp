// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaxClass.h"

#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>

namespace Balcao {

namespace {

const QString kTable = QStringLiteral("tax_classes");

TaxClass taxClassFrom(const QSqlQuery &q)
{
    return TaxClass { Id::fromString(q.value(0).toString()), q.value(1).toString(),
                      q.value(2).toInt(), q.value(3).toInt() != 0 };
}

} // namespace

TaxClasses::TaxClasses(LocalStore &store)
    : m_store(store)
{ }

Result<void> TaxClasses::validate(const QString &name, int rateBp, const Id &self) const
{
    if (name.isEmpty() || name.size() > kMaxNameLength)
        return Error::invalid(
            QStringLiteral("tax.nameRequired"),
            tr("A tax class needs a name of 1 to %1 characters.").arg(kMaxNameLength));
    if (rateBp < 0 || rateBp > kMaxRateBp)
        return Error::invalid(QStringLiteral("tax.rateInvalid"),
                              tr("A tax rate must be between 0 % and 100 %."));
    const auto all = list();
    if (!all)
        return all.error();
    for (const TaxClass &other : *all) {
        if (other.id != self && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return Error::conflict(QStringLiteral("tax.nameTaken"),
                                   tr("There is already a tax class named \"%1\".").arg(name));
    }
    return {};
}

Result<TaxClass> TaxClasses::create(const QString &name, int rateBp, bool included)
{
    const QString cleaned = name.simplified();
    if (auto valid = validate(cleaned, rateBp, {}); !valid)
        return valid.error();
    const TaxClass created { Id::generate(m_store.clock()), cleaned, rateBp, included };
    auto written = m_store.transact([&] {
        return m_store.writer().writeRecord(kTable, created.id,
                                            { { QStringLiteral("name"), cleaned },
                                              { QStringLiteral("rate_bp"), rateBp },
                                              { QStringLiteral("included"), included ? 1 : 0 },
                                              { QStringLiteral("deleted"), 0 } });
    });
    if (!written)
        return written.error();
    return created;
}

Result<TaxClass> TaxClasses::update(const Id &id, const QString &name, int rateBp, bool included)
{
    const QString cleaned = name.simplified();
    if (auto existing = find(id); !existing)
        return existing.error();
    if (auto valid = validate(cleaned, rateBp, id); !valid)
        return valid.error();
    auto written = m_store.transact([&] {
        return m_store.writer().writeRecord(kTable, id,
                                            { { QStringLiteral("name"), cleaned },
                                              { QStringLiteral("rate_bp"), rateBp },
                                              { QStringLiteral("included"), included ? 1 : 0 } });
    });
    if (!written)
        return written.error();
    return TaxClass { id, cleaned, rateBp, included };
}

Result<void> TaxClasses::remove(const Id &id)
{
    auto existing = find(id);
    if (!existing)
        return existing.error();
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT name FROM products WHERE tax_class_id = ? AND deleted = 0"
                             " UNION ALL SELECT name FROM services WHERE tax_class_id = ?"
                             " AND deleted = 0 LIMIT 1"));
    q.addBindValue(id.toString());
    q.addBindValue(id.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (q.next())
        return Error::conflict(
            QStringLiteral("tax.inUse"),
            tr("Products or services still use \"%1\" (for example \"%2\"); give "
               "them another tax class first.")
                .arg(existing->name, q.value(0).toString()));
    return m_store.transact([&]() -> Result<void> {
        if (auto written = m_store.writer().deleteRecord(kTable, id); !written)
            return written.error();
        return {};
    });
}

Result<TaxClass> TaxClasses::find(const Id &id) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT id, name, rate_bp, included FROM tax_classes WHERE id = ?"
                             " AND deleted = 0"));
    q.addBindValue(id.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("tax.notFound"),
                               tr("There is no tax class with id %1.").arg(id.toString()));
    return taxClassFrom(q);
}

Result<QList<TaxClass>> TaxClasses::list() const
{
    QList<TaxClass> out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, rate_bp, included FROM tax_classes"
                             " WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id"));
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << taxClassFrom(q);
    return out;
}

Result<TaxClass> TaxClasses::findByIdOrName(const QString &text) const
{
    const Id id = Id::fromString(text.trimmed());
    if (!id.isNull())
        return find(id);
    const auto all = list();
    if (!all)
        return all.error();
    for (const TaxClass &taxClass : *all) {
        if (taxClass.name.compare(text.simplified(), Qt::CaseInsensitive) == 0)
            return taxClass;
    }
    return Error::notFound(QStringLiteral("tax.notFound"),
                           tr("There is no tax class called \"%1\".").arg(text));
}

} // namespace Balcao
