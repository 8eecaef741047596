// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogSearch.h"

#include "catalog/ProductCatalog.h"
#include "catalog/ServiceCatalog.h"
#include "inventory/StockLedger.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Balcao {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
enum class Kind { Product, Service };

// "Coloração" is found by "coloracao": the front desk types without accents.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.toCaseFolded();
}

} // namespace

CatalogSearch::CatalogSearch(LocalStore &store, const Id &locationId, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_locationId(locationId)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    m_field->setObjectName(QStringLiteral("checkoutSearch"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    // The focus stays in the field; the list only shows the highlight.
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setUniformItemSizes(true);
    m_results->setVisible(false);
    // As tall as what it shows, never more: the cart below takes the rest.
    m_results->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_field, &QLineEdit::textChanged, this, &CatalogSearch::refresh);
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_results->setCurrentItem(item);
        choose();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_results);
    retranslate();
}

void CatalogSearch::retranslate()
{
    m_field->setPlaceholderText(
        tr("Scan a barcode, or type a product or service (name, SKU, code)"));
    m_field->setAccessibleName(tr("Scan or search"));
    m_results->setAccessibleName(tr("Products and services found"));
    refresh();
}

void CatalogSearch::clear()
{
    m_field->clear();
}

void CatalogSearch::refresh()
{
    m_results->clear();
    const QString text = m_field->text().simplified();
    if (text.isEmpty()) {
        m_results->setVisible(false);
        return;
    }
    StockLedger stock(m_store);
    auto products = ProductCatalog(m_store).search(text, kMaxResults);
    if (!products) {
        m_results->setVisible(false);
        emit notFound(products.error().message);
        return;
    }
    for (const Product &product : std::as_const(*products)) {
        QStringList parts { product.name };
        if (!product.sku.isEmpty())
            parts << product.sku;
        parts << product.price.toDisplayString();
        if (product.trackStock) {
            auto onHand = stock.onHand(product.id, m_locationId);
            if (!onHand) {
                m_results->setVisible(false);
                emit notFound(onHand.error().message);
                return;
            }
            parts << tr("%1 in stock").arg(QLocale().toString(*onHand));
        }
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_results);
        item->setData(kKindRole, static_cast<int>(Kind::Product));
        item->setData(kIdRole, QVariant::fromValue(product.id));
    }
    const QString wanted = folded(text);
    const auto services = ServiceCatalog(m_store).list();
    if (!services) {
        m_results->setVisible(false);
        emit notFound(services.error().message);
        return;
    }
    for (const Service &service : *services) {
        if (m_results->count() >= kMaxResults)
            break;
        if (!folded(service.name).contains(wanted))
            continue;
        auto *item = new QListWidgetItem(tr("%1 · service · %2 min · %3")
                                             .arg(service.name,
                                                  QLocale().toString(service.durationMinutes),
                                                  service.price.toDisplayString()),
                                         m_results);
        item->setData(kKindRole, static_cast<int>(Kind::Service));
        item->setData(kIdRole, QVariant::fromValue(service.id));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_results->setVisible(m_results->count() > 0);
    m_results->setFixedHeight(m_results->count() * m_results->sizeHintForRow(0)
                              + 2 * m_results->frameWidth());
}

void CatalogSearch::moveHighlight(int delta)
{
    const int row = std::clamp(m_results->currentRow() + delta, 0, m_results->count() - 1);
    m_results->setCurrentRow(row);
}

void CatalogSearch::choose()
{
    const QString text = m_field->text().simplified();
    if (text.isEmpty())
        return;
    if (QListWidgetItem *item = m_results->currentItem()) {
        const Id id = item->data(kIdRole).value<Id>();
        const auto kind = static_cast<Kind>(item->data(kKindRole).toInt());
        clear();
        if (kind == Kind::Product)
            emit productChosen(id);
        else
            emit serviceChosen(id);
        return;
    }
    // Nothing listed: a code typed in full (a barcode read off a damaged
    // label, the SKU) still finds its product.
    auto product = ProductCatalog(m_store).findByAnyCode(text);
    if (!product) {
        emit notFound(product.error().message);
        return;
    }
    clear();
    emit productChosen(product->id);
}

bool CatalogSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            if (m_results->count() == 0)
                emit leaveDown();
            else
                moveHighlight(1);
            return true;
        case Qt::Key_Up:
            moveHighlight(-1);
            return true;
        case Qt::Key_PageDown:
            moveHighlight(kMaxResults);
            return true;
        case Qt::Key_PageUp:
            moveHighlight(-kMaxResults);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier)
                break; // Ctrl+Enter is Pay
            if (m_field->text().simplified().isEmpty())
                break;
            choose();
            return true;
        case Qt::Key_Escape:
            if (m_field->text().isEmpty())
                break;
            clear();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Balcao
