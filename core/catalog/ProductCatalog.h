// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Product.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// The products a business sells. A barcode is one synced row per (product,
// code), so adding a code is a field-level change like any other; a code
// already on another live product is refused here, and the same code given
// to two products on two offline terminals shows up in both lookups.
class ProductCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ProductCatalog)
public:
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxSkuLength = 64;
    static constexpr int kMaxBarcodes = 20;

    explicit ProductCatalog(LocalStore &store);

    Result<Product> create(const ProductDraft &draft);
    Result<Product> update(const Id &id, const ProductDraft &draft);
    Result<void> remove(const Id &id);
    Result<Product> find(const Id &id, bool includeDeleted = false) const;
    // Exact SKU, any case.
    Result<Product> findBySku(const QString &sku) const;
    // The live product a scanned code belongs to.
    Result<Product> findByBarcode(const QString &code) const;
    // By id, barcode, SKU or exact name: for the CLI and the checkout's
    // search box when Enter is pressed.
    Result<Product> findByAnyCode(const QString &text) const;
    // Name or SKU containing `text`, or a barcode equal to it; active only,
    // by name. An empty text lists them all.
    Result<QList<Product>> search(const QString &text, int limit, bool activeOnly = true) const;
    Result<QStringList> categories() const;
    // Whether sales and returns of the product move its stock. A product not
    // here (yet: sync may bring it) keeps none; one that cannot be read is an
    // error, never "not tracked".
    Result<bool> tracksStock(const Id &productId) const;

    static Id barcodeRowId(const Id &productId, const QString &code);

private:
    // `current`: the product's currency, for an edit.
    Result<QVariantMap> validatedFields(const ProductDraft &draft, const Id &self,
                                        const Currency &current) const;
    Result<QStringList> validatedBarcodes(const QStringList &codes, const Id &self) const;
    Result<void> writeBarcodes(const Id &productId, const QStringList &codes);
    Result<QStringList> barcodesOf(const Id &productId) const;
    Result<QList<Product>> query(const QString &where, const QVariantList &values, int limit) const;
    LocalStore &m_store;
};

} // namespace Balcao
