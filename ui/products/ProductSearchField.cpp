// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductSearchField.h"

#include "catalog/ProductCatalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

namespace Balcao {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

ProductSearchField::ProductSearchField(LocalStore &store, QWidget *parent)
    : QLineEdit(parent)
    , m_store(store)
    , m_matches(new QStandardItemModel(this))
{
    setClearButtonEnabled(true);
    m_completer = new QCompleter(m_matches, this);
    // The catalog already chose the matches (by name, SKU or barcode): the
    // completer shows them as they are instead of filtering them again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kMaxMatches);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &ProductSearchField::refreshMatches);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                // The completer writes the pick's text and passes the Enter
                // on after this: neither may pick again, so the field is
                // cleared once they are through.
                m_justPicked = true;
                QTimer::singleShot(0, this, [this] {
                    m_justPicked = false;
                    clear();
                });
                pick(Id::fromString(index.data(kIdRole).toString()));
            });
    connect(this, &QLineEdit::returnPressed, this, &ProductSearchField::lookUp);
}

void ProductSearchField::refreshMatches(const QString &text)
{
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    const auto found = ProductCatalog(m_store).search(text, kMaxMatches, !m_includeInactive);
    if (!found) {
        emit notFound(found.error().message);
        return;
    }
    for (const Product &product : std::as_const(*found)) {
        QString label = product.name;
        if (!product.sku.isEmpty())
            label += QStringLiteral(" · ") + product.sku;
        label += QStringLiteral(" · ") + product.price.toDisplayString();
        auto *item = new QStandardItem(label);
        item->setData(product.id.toString(), kIdRole);
        m_matches->appendRow(item);
    }
    if (!found->isEmpty())
        m_completer->complete();
}

void ProductSearchField::pick(const Id &productId)
{
    auto product = ProductCatalog(m_store).find(productId);
    if (!product) {
        emit notFound(product.error().message);
        return;
    }
    m_completer->popup()->hide();
    m_matches->clear();
    if (!m_justPicked)
        clear(); // ready for the next scan at once
    emit productPicked(*product);
}

void ProductSearchField::lookUp()
{
    if (m_justPicked)
        return;
    const QString text = this->text().trimmed();
    if (text.isEmpty())
        return;
    ProductCatalog catalog(m_store);
    auto product = catalog.findByAnyCode(text);
    if (!product) {
        // A few letters that match one product only are as good as its code.
        const auto found = product.error().kind == Error::Kind::Storage
            ? Result<QList<Product>>(product.error())
            : catalog.search(text, 2, !m_includeInactive);
        if (!found) {
            emit notFound(found.error().message);
            selectAll();
            return;
        }
        if (found->size() == 1) {
            pick(found->first().id);
            return;
        }
        emit notFound(product.error().message);
        selectAll();
        return;
    }
    pick(product->id);
}

} // namespace Balcao
