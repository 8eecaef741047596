// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductsPage.h"

#include "ProductForm.h"
#include "ProductListModel.h"
#include "StockActionDialog.h"
#include "StockMovementsModel.h"
#include "agenda/TerminalLocation.h"
#include "catalog/Barcode.h"
#include "catalog/ProductCatalog.h"
#include "inventory/StockLedger.h"
#include "shell/FormMessage.h"
#include "shell/ListTable.h"
#include "shell/SearchListKeys.h"

#include <QEvent>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Balcao {

namespace { } // namespace

ProductsPage::ProductsPage(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_frame(this)
{
    setObjectName(QStringLiteral("productsPage"));
    const auto location = terminalLocation(store);
    if (location)
        m_location = location->id;
    m_model = new ProductListModel(store, m_location, this);
    m_movements = new StockMovementsModel(store, this);
    buildLayout();
    retranslate();
    m_model->refresh(QString());
    updateCounts();
    newProduct();
    // Before set-up there is no location; a store that cannot say is another matter.
    if (!location && location.error().kind != Error::Kind::NotFound)
        m_stockMessage->showError(location.error().message);
}

void ProductsPage::buildLayout()
{
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newProductButton"));
    connect(m_new, &QPushButton::clicked, this, &ProductsPage::newProduct);

    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("productSearch"));
    connect(m_search, &SearchField::typingPaused, this, &ProductsPage::applySearch);
    connect(m_search, &QLineEdit::returnPressed, this, &ProductsPage::lookUpScanned);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("productTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(32);
    stretchColumn(m_table, ProductListModel::NameColumn);
    new SearchListKeys(
        m_search, m_table,
        [this] {
            m_form->nameField()->setFocus();
            m_form->nameField()->selectAll();
        },
        this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsPage::showSelected);

    // The right-hand panel: the form, then the stock here.
    auto *panel = new QScrollArea(this);
    panel->setObjectName(QStringLiteral("editorPanel"));
    panel->setWidgetResizable(true);
    panel->setFixedWidth(600);
    panel->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(panel);
    m_form = new ProductForm(m_store, content);
    m_form->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_form, &ProductForm::saved, this, [this](const Product &product, bool) {
        m_model->reload();
        select(product.id);
        showStock();
        updateCounts();
        emit productsChanged();
    });
    m_stockTitle = new QLabel(content);
    m_stockTitle->setObjectName(QStringLiteral("editorTitle"));
    m_onHand = new QLabel(content);
    m_onHand->setObjectName(QStringLiteral("onHand"));
    m_receive = new QPushButton(content);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_count = new QPushButton(content);
    m_count->setObjectName(QStringLiteral("countButton"));
    m_writeOff = new QPushButton(content);
    m_writeOff->setObjectName(QStringLiteral("writeOffButton"));
    for (QPushButton *button : { m_receive, m_count, m_writeOff })
        button->setAutoDefault(false);
    connect(m_receive, &QPushButton::clicked, this, &ProductsPage::receive);
    connect(m_count, &QPushButton::clicked, this, &ProductsPage::count);
    connect(m_writeOff, &QPushButton::clicked, this, &ProductsPage::writeOff);
    m_stockMessage = new FormMessage(content);
    m_stockMessage->setObjectName(QStringLiteral("stockPageMessage"));
    m_movementsTitle = new QLabel(content);
    m_movementsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_movementsView = new QTableView(content);
    m_movementsView->setObjectName(QStringLiteral("movementsTable"));
    m_movementsView->setModel(m_movements);
    setUpListTable(m_movementsView);
    m_movementsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_movementsView->verticalHeader()->setDefaultSectionSize(26);
    // The reason takes what the other columns leave; no sideways scrolling.
    stretchColumn(m_movementsView, StockMovementsModel::ReasonColumn);
    m_movementsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_movementsView->setMinimumHeight(170);

    auto *stockButtons = new QHBoxLayout;
    stockButtons->addWidget(m_receive);
    stockButtons->addWidget(m_count);
    stockButtons->addWidget(m_writeOff);
    stockButtons->addStretch(1);
    auto *panelLayout = new QVBoxLayout(content);
    panelLayout->setContentsMargins(20, 18, 20, 18);
    panelLayout->setSpacing(10);
    panelLayout->addWidget(m_form);
    panelLayout->addSpacing(8);
    panelLayout->addWidget(m_stockTitle);
    panelLayout->addWidget(m_onHand);
    panelLayout->addLayout(stockButtons);
    panelLayout->addWidget(m_stockMessage);
    panelLayout->addWidget(m_movementsTitle);
    panelLayout->addWidget(m_movementsView, 1);
    // Takes the spare height while there are no movements to show, so the
    // form keeps its shape.
    panelLayout->addStretch(0);
    panel->setWidget(content);

    m_frame.layOut(this, { m_new, { m_search }, m_table, panel });

    // Window-wide, as on the clients page: a hidden page's shortcuts are
    // inactive, so pages share the keys.
    auto *find = new QShortcut(QKeySequence::Find, this, this, &ProductsPage::focusSearch);
    auto *create = new QShortcut(QKeySequence::New, this, this, &ProductsPage::newProduct);
    auto *save = new QShortcut(QKeySequence::Save, this, m_form, &ProductForm::save);
    for (QShortcut *shortcut : { find, create, save })
        shortcut->setContext(Qt::WindowShortcut);
    // Tab reads the page as it is laid out: search, list, form, stock.
    QList<QWidget *> chain { m_search, m_table };
    chain << m_form->tabChain() << m_receive << m_count << m_writeOff << m_new;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void ProductsPage::retranslate()
{
    m_frame.title()->setText(tr("Products and stock"));
    m_new->setText(tr("&New product"));
    m_new->setToolTip(tr("Start a new product (%1)")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_search->setPlaceholderText(
        tr("Search by name, SKU or barcode – or scan (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search products"));
    m_table->setAccessibleName(tr("Products"));
    m_stockTitle->setText(tr("Stock here"));
    m_receive->setText(tr("Recei&ve…"));
    m_receive->setToolTip(tr("Goods in: quantity, lot, expiry, cost"));
    m_count->setText(tr("C&ount…"));
    m_count->setToolTip(tr("Record what is on the shelf; the difference becomes an adjustment"));
    m_writeOff->setText(tr("&Write off…"));
    m_writeOff->setToolTip(tr("Take damaged, expired or lost units out of stock"));
    m_movementsTitle->setText(tr("Latest movements"));
    m_model->retranslate();
    m_movements->retranslate();
    updateCounts();
    showStock();
}

void ProductsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProductsPage::showEvent(QShowEvent *event)
{
    // Stock moved at the checkout since the page was last seen.
    reload();
    QWidget::showEvent(event);
}

void ProductsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProductsPage::newProduct()
{
    select(Id());
    m_form->newProduct();
    showStock();
    m_form->nameField()->setFocus(Qt::ShortcutFocusReason);
}

void ProductsPage::reload()
{
    const Id keep = m_form->editedProduct();
    m_model->reload();
    if (!keep.isNull())
        select(keep);
    m_form->reloadChoices();
    showStock();
    updateCounts();
}

void ProductsPage::applySearch()
{
    m_search->cancelPending();
    const Id keep = m_form->editedProduct();
    m_model->refresh(m_search->text());
    if (!keep.isNull())
        select(keep);
    updateCounts();
}

void ProductsPage::lookUpScanned()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    applySearch();
    ProductCatalog catalog(m_store);
    if (auto product = catalog.findByAnyCode(text)) {
        showProduct(product->id);
        m_table->setFocus();
        return;
    }
    // One match by name or SKU is as good as a code.
    if (m_model->rowCount() == 1) {
        showProduct(m_model->productAt(0).id);
        m_table->setFocus();
        return;
    }
    // A code no product has: offer to create one with it (a new delivery).
    // Words typed in search of a name are not offered as codes.
    auto code = Barcode::normalized(text);
    const bool looksScanned = !text.contains(QLatin1Char(' '))
        && std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    if (!code || !looksScanned || m_model->rowCount() > 0)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Unknown barcode"),
                    tr("No product has the barcode %1. Create a product with it?").arg(*code),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("unknownBarcode"));
    QPushButton *create = ask.addButton(tr("&Create product"), QMessageBox::AcceptRole);
    QPushButton *cancel = ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(create);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != create)
        return;
    select(Id());
    m_form->newProduct(*code);
    showStock();
    m_form->nameField()->setFocus(Qt::OtherFocusReason);
}

void ProductsPage::showSelected()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_form->loadProduct(m_model->productAt(current.row()));
    showStock();
}

void ProductsPage::showProduct(const Id &productId)
{
    auto product = ProductCatalog(m_store).find(productId);
    if (!product)
        return;
    if (m_model->rowOf(productId) < 0) {
        // Not in the current search: clear it so the product shows.
        const QSignalBlocker quiet(m_search);
        m_search->clear();
        m_model->refresh(QString());
        updateCounts();
    }
    select(productId);
    m_form->loadProduct(*product);
    showStock();
}

void ProductsPage::select(const Id &productId)
{
    const int row = productId.isNull() ? -1 : m_model->rowOf(productId);
    m_selecting = true;
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }
    m_selecting = false;
}

void ProductsPage::showStock()
{
    const Id productId = m_form->editedProduct();
    auto product
        = productId.isNull() ? Result<Product>(Error()) : ProductCatalog(m_store).find(productId);
    const bool tracked = product && product->trackStock;
    for (QPushButton *button : { m_receive, m_count, m_writeOff })
        button->setEnabled(tracked);
    if (!product) {
        m_onHand->setText(product.error().kind == Error::Kind::Storage
                              ? product.error().message
                              : tr("Save the product to receive and count its stock."));
        m_movements->clear();
    } else if (!tracked) {
        m_onHand->setText(tr("This product does not keep stock."));
        m_movements->clear();
    } else {
        auto units = StockLedger(m_store).onHand(productId, m_location);
        auto loaded = m_movements->load(productId, m_location);
        if (!units)
            m_onHand->setText(units.error().message);
        else if (!loaded)
            m_onHand->setText(loaded.error().message);
        else
            m_onHand->setText(tr("%Ln unit(s) on hand", nullptr, static_cast<int>(*units)));
    }
    m_movementsTitle->setVisible(tracked);
    m_movementsView->setVisible(tracked);
}

void ProductsPage::receive()
{
    runStockAction(StockActionDialog::Action::Receive);
}

void ProductsPage::count()
{
    runStockAction(StockActionDialog::Action::Count);
}

void ProductsPage::writeOff()
{
    runStockAction(StockActionDialog::Action::WriteOff);
}

void ProductsPage::runStockAction(StockActionDialog::Action action)
{
    auto product = ProductCatalog(m_store).find(m_form->editedProduct());
    if (!product) {
        if (product.error().kind == Error::Kind::Storage)
            m_stockMessage->showError(product.error().message);
        return;
    }
    auto onHand = StockLedger(m_store).onHand(product->id, m_location);
    if (!onHand) {
        m_stockMessage->showError(onHand.error().message);
        return;
    }
    StockActionDialog dialog(m_store, action, *product, m_location, *onHand, m_userId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_stockMessage->showSuccess(dialog.outcome());
    const Id keep = product->id;
    m_model->reload();
    select(keep);
    showStock();
    emit productsChanged();
}

void ProductsPage::updateCounts()
{
    const int shown = m_model->rowCount();
    m_frame.subtitle()->setText(tr("%n product(s) shown", nullptr, shown));
    QString hint;
    if (m_model->loadError())
        hint = m_model->loadError()->message;
    else if (m_model->isTruncated())
        hint = tr("Showing the first %1 matches. Type more of a name or SKU to narrow the list.")
                   .arg(QLocale().toString(m_model->limit()));
    else if (shown == 0 && !m_model->search().isEmpty())
        hint = tr("No product matches “%1”.").arg(m_model->search());
    else if (shown == 0)
        hint = tr("No products yet. Press %1 to add the first one.")
                   .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    m_frame.setHint(hint);
}

} // namespace Balcao
