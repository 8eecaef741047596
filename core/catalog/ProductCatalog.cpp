// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductCatalog.h"

#include "Barcode.h"
#include "TaxClass.h"
#include "common/Money.h"
#include "settings/BusinessSettings.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QSqlQuery>
#include <QUuid>

namespace Balcao {

namespace {

const QString kProducts = QStringLiteral("products");
const QString kBarcodes = QStringLiteral("product_barcodes");
const QString kColumns = QStringLiteral(
    "p.id, p.sku, p.name, p.category, p.description, p.price_minor, p.cost_minor, p.currency,"
    " p.tax_class_id, p.track_stock, p.active, p.deleted");

Product productFrom(const QSqlQuery &q)
{
    Product p;
    p.id = Id::fromString(q.value(0).toString());
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.category = q.value(3).toString();
    p.description = q.value(4).toString();
    p.price = moneyFromColumns(q.value(5), q.value(7));
    p.cost = moneyFromColumns(q.value(6), q.value(7));
    p.taxClassId = Id::fromString(q.value(8).toString());
    p.trackStock = q.value(9).toInt() != 0;
    p.active = q.value(10).toInt() != 0;
    return p;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QUuid kBarcodeNamespace(QStringLiteral("{0d7c9a4e-8b1f-4f57-a3d2-6c5e1b9f0a21}"));

} // namespace

ProductCatalog::ProductCatalog(LocalStore &store)
    : m_store(store)
{ }

Id ProductCatalog::barcodeRowId(const Id &productId, const QString &code)
{
    return Id::nameBased(kBarcodeNamespace, productId.toString() + QLatin1Char('/') + code);
}

Result<QVariantMap> ProductCatalog::validatedFields(const ProductDraft &draft, const Id &self,
                                                    const Currency &current) const
{
    QVariantMap fields;
    const bool creating = self.isNull();
    if (creating && !draft.name)
        return Error::invalid(QStringLiteral("product.nameRequired"),
                              tr("The product needs a name."));
    if (draft.name) {
        const QString name = draft.name->simplified();
        if (name.isEmpty())
            return Error::invalid(QStringLiteral("product.nameRequired"),
                                  tr("The product needs a name."));
        if (name.size() > kMaxNameLength)
            return Error::invalid(
                QStringLiteral("product.nameTooLong"),
                tr("The name is too long (at most %1 characters).").arg(kMaxNameLength));
        fields.insert(QStringLiteral("name"), name);
    }
    if (draft.sku) {
        const QString sku = draft.sku->simplified();
        if (sku.size() > kMaxSkuLength)
            return Error::invalid(QStringLiteral("product.skuTooLong"),
                                  tr("A SKU has at most %1 characters.").arg(kMaxSkuLength));
        if (!sku.isEmpty()) {
            if (auto other = findBySku(sku); other && other->id != self)
                return Error::conflict(
                    QStringLiteral("product.skuTaken"),
                    tr("The SKU %1 already belongs to \"%2\".").arg(sku, other->name));
        }
        fields.insert(QStringLiteral("sku"), textOrNull(sku));
    }
    if (draft.category)
        fields.insert(QStringLiteral("category"), textOrNull(draft.category->simplified()));
    if (draft.description)
        fields.insert(QStringLiteral("description"), textOrNull(draft.description->trimmed()));
    if (draft.price && draft.price->isNegative())
        return Error::invalid(QStringLiteral("product.priceNegative"),
                              tr("The price cannot be negative."));
    if (draft.cost && draft.cost->isNegative())
        return Error::invalid(QStringLiteral("product.costNegative"),
                              tr("The cost cannot be negative."));
    for (const std::optional<Money> &amount : { draft.price, draft.cost }) {
        if (!amount)
            continue;
        if (!amount->hasCurrency())
            return Error::invalid(QStringLiteral("product.amountNoCurrency"),
                                  tr("The price and the cost need a currency."));
        const QString code = amount->currency().code();
        if (fields.contains(QStringLiteral("currency"))
            && fields.value(QStringLiteral("currency")).toString() != code)
            return Error::invalid(QStringLiteral("product.currencyMismatch"),
                                  tr("The price and the cost must be in the same currency."));
        // One amount alone may not move the product to another currency:
        // the other would then be read in a currency it was not set in.
        if (!creating && (!draft.price || !draft.cost) && code != current.code())
            return Error::invalid(
                QStringLiteral("product.currencyMismatch"),
                tr("The product is priced in %1; to change its currency give the price and "
                   "the cost.")
                    .arg(current.code()));
        fields.insert(QStringLiteral("currency"), code);
    }
    if (draft.price)
        fields.insert(QStringLiteral("price_minor"), draft.price->minorUnits());
    if (draft.cost)
        fields.insert(QStringLiteral("cost_minor"), draft.cost->minorUnits());
    if (draft.taxClassId) {
        if (!draft.taxClassId->isNull()) {
            if (auto taxClass = TaxClasses(m_store).find(*draft.taxClassId); !taxClass)
                return taxClass.error();
        }
        fields.insert(QStringLiteral("tax_class_id"), idOrNull(*draft.taxClassId));
    }
    if (draft.trackStock)
        fields.insert(QStringLiteral("track_stock"), *draft.trackStock ? 1 : 0);
    if (draft.active)
        fields.insert(QStringLiteral("active"), *draft.active ? 1 : 0);
    return fields;
}

Result<QStringList> ProductCatalog::validatedBarcodes(const QStringList &codes,
                                                      const Id &self) const
{
    QStringList out;
    for (const QString &text : codes) {
        auto code = Barcode::normalized(text);
        if (!code)
            return code.error();
        if (out.contains(*code))
            continue;
        auto owner = findByBarcode(*code);
        if (owner && owner->id != self)
            return Error::conflict(
                QStringLiteral("product.barcodeTaken"),
                tr("The barcode %1 already belongs to \"%2\".").arg(*code, owner->name));
        if (!owner && owner.error().kind != Error::Kind::NotFound)
            return owner.error();
        out << *code;
    }
    if (out.size() > kMaxBarcodes)
        return Error::invalid(QStringLiteral("product.tooManyBarcodes"),
                              tr("A product has at most %1 barcodes.").arg(kMaxBarcodes));
    out.sort();
    return out;
}

Result<void> ProductCatalog::writeBarcodes(const Id &productId, const QStringList &codes)
{
    auto before = barcodesOf(productId);
    if (!before)
        return before.error();
    for (const QString &old : std::as_const(*before)) {
        if (!codes.contains(old)) {
            if (auto r = m_store.writer().deleteRecord(kBarcodes, barcodeRowId(productId, old)); !r)
                return r.error();
        }
    }
    for (const QString &code : codes) {
        if (auto r
            = m_store.writer().writeRecord(kBarcodes, barcodeRowId(productId, code),
                                           { { QStringLiteral("product_id"), productId.toString() },
                                             { QStringLiteral("barcode"), code },
                                             { QStringLiteral("deleted"), 0 } });
            !r)
            return r.error();
    }
    return {};
}

Result<Product> ProductCatalog::create(const ProductDraft &draft)
{
    auto fields = validatedFields(draft, {}, {});
    if (!fields)
        return fields.error();
    if (!fields->contains(QStringLiteral("currency"))) {
        // Left to the column's default, a shop that sells in dollars would
        // price its products in reais.
        auto currency = BusinessSettings(m_store).currency();
        if (!currency)
            return currency.error();
        fields->insert(QStringLiteral("currency"), currency->code());
    }
    const Id id = Id::generate(m_store.clock());
    auto codes = validatedBarcodes(draft.barcodes.value_or(QStringList {}), id);
    if (!codes)
        return codes.error();
    fields->insert(QStringLiteral("deleted"), 0);
    return m_store.transact([&]() -> Result<Product> {
        if (auto written = m_store.writer().writeRecord(kProducts, id, *fields); !written)
            return written.error();
        if (auto written = writeBarcodes(id, *codes); !written)
            return written.error();
        return find(id);
    });
}

Result<Product> ProductCatalog::update(const Id &id, const ProductDraft &draft)
{
    auto existing = find(id);
    if (!existing)
        return existing.error();
    auto fields = validatedFields(draft, id, existing->price.currency());
    if (!fields)
        return fields.error();
    std::optional<QStringList> codes;
    if (draft.barcodes) {
        auto checked = validatedBarcodes(*draft.barcodes, id);
        if (!checked)
            return checked.error();
        codes = *checked;
    }
    return m_store.transact([&]() -> Result<Product> {
        if (!fields->isEmpty()) {
            if (auto written = m_store.writer().writeRecord(kProducts, id, *fields); !written)
                return written.error();
        }
        if (codes) {
            if (auto written = writeBarcodes(id, *codes); !written)
                return written.error();
        }
        return find(id);
    });
}

Result<void> ProductCatalog::remove(const Id &id)
{
    if (auto existing = find(id); !existing)
        return existing.error();
    return m_store.transact([&]() -> Result<void> {
        // The codes go with it, so they can be given to another product.
        if (auto written = writeBarcodes(id, {}); !written)
            return written.error();
        if (auto written = m_store.writer().deleteRecord(kProducts, id); !written)
            return written.error();
        return {};
    });
}

Result<QStringList> ProductCatalog::barcodesOf(const Id &productId) const
{
    QStringList out;
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT barcode FROM product_barcodes WHERE product_id = ?"
                             " AND deleted = 0 ORDER BY barcode"));
    q.addBindValue(productId.toString());
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<Product>> ProductCatalog::query(const QString &where, const QVariantList &values,
                                             int limit) const
{
    QList<Product> out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM products p WHERE %2 ORDER BY p.name COLLATE NOCASE,"
                             " p.id LIMIT %3")
                  .arg(kColumns, where)
                  .arg(limit));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << productFrom(q);
    for (Product &product : out) {
        auto codes = barcodesOf(product.id);
        if (!codes)
            return codes.error();
        product.barcodes = *codes;
    }
    return out;
}

Result<Product> ProductCatalog::find(const Id &id, bool includeDeleted) const
{
    const auto found = query(includeDeleted ? QStringLiteral("p.id = ?")
                                            : QStringLiteral("p.id = ? AND p.deleted = 0"),
                             { id.toString() }, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("product.notFound"),
                               tr("There is no product with id %1.").arg(id.toString()));
    return found->first();
}

Result<Product> ProductCatalog::findBySku(const QString &sku) const
{
    const auto found = query(QStringLiteral("p.deleted = 0 AND p.sku = ? COLLATE NOCASE"),
                             { sku.simplified() }, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("product.notFound"),
                               tr("There is no product with SKU %1.").arg(sku.simplified()));
    return found->first();
}

Result<Product> ProductCatalog::findByBarcode(const QString &text) const
{
    auto code = Barcode::normalized(text);
    if (!code)
        return code.error();
    // The most recently created live owner wins if two terminals gave one
    // code to two products; the catalog refuses that locally.
    const auto found
        = query(QStringLiteral("p.deleted = 0 AND p.id IN (SELECT product_id FROM product_barcodes"
                               " WHERE barcode = ? AND deleted = 0)"),
                { *code }, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("product.barcodeUnknown"),
                               tr("No product has the barcode %1.").arg(*code));
    return found->first();
}

Result<Product> ProductCatalog::findByAnyCode(const QString &text) const
{
    const QString cleaned = text.simplified();
    const Id id = Id::fromString(cleaned);
    if (!id.isNull())
        return find(id);
    // Not found goes on to the next kind of code; a storage error stops.
    auto byCode = findByBarcode(cleaned);
    if (byCode || byCode.error().kind == Error::Kind::Storage)
        return byCode;
    auto bySku = findBySku(cleaned);
    if (bySku || bySku.error().kind == Error::Kind::Storage)
        return bySku;
    const auto byName
        = query(QStringLiteral("p.deleted = 0 AND p.name = ? COLLATE NOCASE"), { cleaned }, 1);
    if (!byName)
        return byName.error();
    if (!byName->isEmpty())
        return byName->first();
    return Error::notFound(QStringLiteral("product.notFound"),
                           tr("There is no product with the code or name \"%1\".").arg(cleaned));
}

Result<QList<Product>> ProductCatalog::search(const QString &text, int limit, bool activeOnly) const
{
    QString where = QStringLiteral("p.deleted = 0");
    if (activeOnly)
        where += QStringLiteral(" AND p.active = 1");
    const QString cleaned = text.simplified();
    if (cleaned.isEmpty())
        return query(where, {}, limit);
    where += QStringLiteral(" AND (p.name LIKE ? ESCAPE '\\' OR p.sku LIKE ? ESCAPE '\\'"
                            " OR p.id IN (SELECT product_id FROM product_barcodes WHERE"
                            " barcode = ? AND deleted = 0))");
    const QString pattern = likePattern(cleaned);
    return query(where, { pattern, pattern, cleaned.toUpper() }, limit);
}

Result<QStringList> ProductCatalog::categories() const
{
    QStringList out;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT category FROM products WHERE deleted = 0 AND"
                             " category IS NOT NULL ORDER BY category COLLATE NOCASE"));
    if (auto ran = execQuery(q); !ran)
        return ran.error();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<bool> ProductCatalog::tracksStock(const Id &productId) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(QStringLiteral("SELECT track_stock FROM products WHERE id = ?"));
    q.addBindValue(productId.toString());
    auto tracked = firstValue(q);
    if (!tracked)
        return tracked.error();
    return tracked->has_value() && (*tracked)->toInt() != 0;
}

} // namespace Balcao
