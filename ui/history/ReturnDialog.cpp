// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReturnDialog.h"

#include "ExchangeCartModel.h"
#include "ExchangePanel.h"
#include "RefundPreviewText.h"
#include "ReturnLineDelegate.h"
#include "ReturnLinesModel.h"
#include "SaleDetailText.h"
#include "TenderEntry.h"
#include "agenda/ClientPicker.h"
#include "agenda/ManagerApprovalDialog.h"
#include "catalog/Product.h"
#include "clients/ClientService.h"
#include "locations/LocationService.h"
#include "products/ProductSearchField.h"
#include "sales/ExchangeService.h"
#include "sales/ReturnService.h"
#include "sales/SalesJournal.h"
#include "sales/SalesSettings.h"
#include "settings/BusinessSettings.h"
#include "shell/BusyCursor.h"
#include "shell/FormMessage.h"
#include "shell/ListTable.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Balcao {

namespace {

// Spin box clicks come in bursts; one preview after the last is enough.
constexpr int kPreviewDelayMsecs = 60;

} // namespace

ReturnDialog::ReturnDialog(LocalStore &store, const ReturnContext &context, const Id &saleId,
                           QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_context(context)
    , m_saleId(saleId)
    , m_lines(new ReturnLinesModel(this))
{
    setObjectName(QStringLiteral("returnDialog"));
    if (auto currency = BusinessSettings(store).currency())
        m_currency = *currency;
    m_previewDelay = new QTimer(this);
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(kPreviewDelayMsecs);
    connect(m_previewDelay, &QTimer::timeout, this, &ReturnDialog::updatePreview);
    buildLayout();
    retranslate();
    if (withReceipt())
        loadSale();
    updatePreview();
    resize(1240, 560);
}

void ReturnDialog::buildLayout()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("editorTitle"));
    m_heading->setWordWrap(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("fieldHint"));
    m_hint->setWordWrap(true);

    m_search = new ProductSearchField(m_store, this);
    m_search->setObjectName(QStringLiteral("returnProductSearch"));
    m_search->setIncludeInactive(true);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &ProductSearchField::productPicked, this, &ReturnDialog::addProduct);
    connect(m_search, &ProductSearchField::notFound, this,
            [this](const QString &why) { m_message->showError(why); });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("returnLines"));
    m_table->setModel(m_lines);
    m_table->setItemDelegate(new ReturnLineDelegate(m_table));
    setUpListTable(m_table);
    // Moving onto a line's quantity, condition or reason edits it.
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(38);
    // The item and the reason share what the numbers and editors leave.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(ReturnLinesModel::ItemColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ReturnLinesModel::ReasonColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ReturnLinesModel::QuantityColumn, QHeaderView::Fixed);
    columns->setSectionResizeMode(ReturnLinesModel::DispositionColumn, QHeaderView::Fixed);
    columns->resizeSection(ReturnLinesModel::QuantityColumn, 80);
    columns->resizeSection(ReturnLinesModel::DispositionColumn, 150);
    m_table->installEventFilter(this);
    connect(m_lines, &QAbstractItemModel::dataChanged, m_previewDelay, qOverload<>(&QTimer::start));
    connect(m_lines, &QAbstractItemModel::rowsRemoved, m_previewDelay, qOverload<>(&QTimer::start));
    // The editors are always there, as a form is: a spin box per line.
    const auto openEditors = [this](int first, int last) {
        for (int row = first; row <= last; ++row) {
            if (!(m_lines->flags(m_lines->index(row, ReturnLinesModel::QuantityColumn))
                  & Qt::ItemIsEditable))
                continue;
            for (int column :
                 { ReturnLinesModel::QuantityColumn, ReturnLinesModel::DispositionColumn,
                   ReturnLinesModel::ReasonColumn })
                m_table->openPersistentEditor(m_lines->index(row, column));
        }
    };
    connect(m_lines, &QAbstractItemModel::modelReset, this,
            [this, openEditors] { openEditors(0, m_lines->rowCount() - 1); });
    connect(m_lines, &QAbstractItemModel::rowsInserted, this,
            [this, openEditors](const QModelIndex &, int first, int last) {
                openEditors(first, last);
                m_previewDelay->start();
            });

    m_refundLabel = new QLabel(this);
    m_refundLabel->setObjectName(QStringLiteral("sectionTitle"));
    m_original = new QRadioButton(this);
    m_original->setObjectName(QStringLiteral("refundOriginal"));
    m_original->setChecked(true);
    m_credit = new QRadioButton(this);
    m_credit->setObjectName(QStringLiteral("refundStoreCredit"));
    auto *methods = new QButtonGroup(this);
    methods->addButton(m_original);
    methods->addButton(m_credit);
    connect(methods, &QButtonGroup::buttonToggled, m_previewDelay, qOverload<>(&QTimer::start));
    m_client = new ClientPicker(m_store, this);
    m_client->setNewClientAllowed(false);
    // Without a receipt, store credit asks whose: straight to the search.
    connect(m_credit, &QRadioButton::toggled, this, [this](bool on) {
        if (!on || withReceipt())
            return;
        m_client->setVisible(true);
        m_client->searchField()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_client, &ClientPicker::changed, m_previewDelay, qOverload<>(&QTimer::start));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("returnReasonField"));
    m_reason->setMaxLength(500);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);

    m_exchange = new ExchangePanel(m_store, this);
    m_exchange->setVisible(false);
    connect(m_exchange, &ExchangePanel::changed, m_previewDelay, qOverload<>(&QTimer::start));

    auto *previewBox = new QWidget(this);
    previewBox->setObjectName(QStringLiteral("editorPanel"));
    previewBox->setAttribute(Qt::WA_StyledBackground);
    previewBox->setFixedWidth(320);
    m_previewTitle = new QLabel(previewBox);
    m_previewTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_previewText = new QLabel(previewBox);
    m_previewText->setObjectName(QStringLiteral("refundPreview"));
    m_previewText->setWordWrap(true);
    m_previewText->setTextFormat(Qt::RichText);
    m_previewText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message = new FormMessage(previewBox);
    m_message->setObjectName(QStringLiteral("returnMessage"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(16, 14, 16, 14);
    previewLayout->setSpacing(8);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_previewText, 1);
    previewLayout->addWidget(m_message);

    m_exchangeButton = new QPushButton(this);
    m_exchangeButton->setObjectName(QStringLiteral("startExchange"));
    m_exchangeButton->setAutoDefault(false);
    connect(m_exchangeButton, &QPushButton::clicked, this, &ReturnDialog::startExchange);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelReturn"));
    m_commit = new QPushButton(this);
    m_commit->setObjectName(QStringLiteral("commitReturn"));
    // No default button: Enter in a spin box or a field must not refund by
    // accident. The refund is a click, or Alt and its letter, on purpose.
    m_commit->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    connect(m_commit, &QPushButton::clicked, this, &ReturnDialog::commit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *refundRow = new QHBoxLayout;
    refundRow->addWidget(m_refundLabel);
    refundRow->addWidget(m_original);
    refundRow->addWidget(m_credit);
    refundRow->addStretch(1);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(m_heading);
    left->addWidget(m_hint);
    left->addWidget(m_searchLabel);
    left->addWidget(m_search);
    left->addWidget(m_table, 2);
    left->addLayout(refundRow);
    left->addWidget(m_client);
    left->addLayout(reasonRow);
    left->addWidget(m_exchange, 2);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addLayout(left, 1);
    body->addWidget(previewBox);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_exchangeButton);
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_commit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(body, 1);
    layout->addLayout(bottom);

    const bool noReceipt = !withReceipt();
    // Without a receipt there is no sale to count against.
    for (int column : { ReturnLinesModel::SoldColumn, ReturnLinesModel::ReturnedColumn,
                        ReturnLinesModel::ReturnableColumn })
        m_table->setColumnHidden(column, noReceipt);
    m_searchLabel->setVisible(noReceipt);
    m_search->setVisible(noReceipt);
    m_client->setVisible(false); // only for store credit without a receipt
    if (noReceipt)
        m_search->setFocus();
    else
        m_table->setFocus();
}

void ReturnDialog::retranslate()
{
    setWindowTitle(withReceipt() ? tr("Return") : tr("Return without receipt"));
    if (!withReceipt()) {
        m_heading->setText(tr("Return without a receipt"));
        const auto days = SalesSettings(m_store).noReceiptLookbackDays();
        m_hint->setText(days ? tr("Each product is refunded at the lowest price it sold for here "
                                  "in the last %n day(s), or its catalog price if that is lower. "
                                  "A manager or an admin signs for it.",
                                  nullptr, *days)
                             : days.error().message);
    }
    m_hint->setVisible(!withReceipt());
    m_searchLabel->setText(tr("&Product"));
    m_search->setPlaceholderText(tr("Type a name or SKU, or scan the barcode"));
    m_table->setAccessibleName(tr("What comes back"));
    m_refundLabel->setText(tr("Refund to:"));
    m_original->setText(withReceipt() ? tr("&Original payment methods") : tr("C&ash"));
    m_credit->setText(tr("&Store credit"));
    m_reasonLabel->setText(tr("Reaso&n"));
    m_reason->setPlaceholderText(tr("Why is it coming back? (optional)"));
    m_previewTitle->setText(tr("Refund"));
    m_exchangeButton->setText(tr("E&xchange…"));
    m_cancel->setText(tr("Cancel"));
    m_exchangeButton->setToolTip(tr("Give the client other items instead; the refund pays them"));
    m_lines->retranslate();
    updateCommitButton();
}

void ReturnDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool ReturnDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Delete takes a product picked without receipt off the list.
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete && !withReceipt()
        && m_table->currentIndex().isValid()) {
        m_lines->removeRows(m_table->currentIndex().row(), 1);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ReturnDialog::loadSale()
{
    auto sale = SalesJournal(m_store).find(m_saleId);
    auto lines = ReturnService(m_store).returnable(m_saleId);
    if (!sale || !lines) {
        m_message->showError(!sale ? sale.error().message : lines.error().message);
        m_commit->setEnabled(false);
        return;
    }
    m_saleClient = sale->clientId;
    m_currency = sale->currency();
    QStringList heading { tr("Sale %1").arg(sale->number) };
    auto location = LocationService(m_store).find(sale->locationId);
    heading << SaleDetailText::when(sale->atMsecs,
                                    location ? location->timeZone() : QTimeZone::systemTimeZone());
    if (!sale->clientId.isNull()) {
        if (auto client = ClientService(m_store).find(sale->clientId, true))
            heading << client->name;
    }
    m_heading->setText(heading.join(QStringLiteral(" · ")));
    m_lines->setSaleLines(*lines);
    // Store credit belongs to a client: a sale without one cannot take it.
    m_credit->setEnabled(!sale->clientId.isNull());
    m_credit->setToolTip(sale->clientId.isNull()
                             ? tr("The sale has no client to give store credit to.")
                             : QString());
}

void ReturnDialog::addProduct(const Product &product)
{
    const auto days = SalesSettings(m_store).noReceiptLookbackDays();
    auto price = days
        ? ReturnService(m_store).lowestRecentPrice(product.id, m_context.locationId, *days)
        : Result<Money>(days.error());
    if (!price) {
        m_message->showError(price.error().message);
        return;
    }
    m_message->clear();
    m_lines->addProduct(product, *price);
}

void ReturnDialog::setRefundMethod(RefundMethod method)
{
    (method == RefundMethod::StoreCredit ? m_credit : m_original)->setChecked(true);
}

void ReturnDialog::startExchange()
{
    m_exchanging = true;
    m_exchange->setVisible(true);
    m_exchangeButton->setVisible(false);
    setWindowTitle(tr("Exchange"));
    m_exchange->searchField()->setFocus();
    resize(width(), std::max(height(), 760));
    updatePreview();
}

ReturnRequest ReturnDialog::returnRequest() const
{
    ReturnRequest r;
    r.saleId = m_saleId;
    r.locationId = m_context.locationId;
    r.lines = m_lines->requests();
    r.refundMethod = m_credit->isChecked() ? RefundMethod::StoreCredit : RefundMethod::Original;
    if (!withReceipt())
        r.clientId = m_client->clientId();
    r.reason = m_reason->text().trimmed();
    r.userId = m_context.userId;
    r.drawerId = m_context.drawerId;
    return r;
}

ExchangeRequest ReturnDialog::exchangeRequest(const Id &approvedBy) const
{
    ExchangeRequest exchange;
    exchange.giveBack = returnRequest();
    exchange.giveBack.approvedBy = approvedBy;
    exchange.takeNew.cart = m_exchange->cart()->cart();
    if (!withReceipt())
        exchange.takeNew.cart.clientId = m_client->clientId();
    exchange.takeNew.locationId = m_context.locationId;
    exchange.takeNew.tenders = m_exchange->tenderEntry()->tenders();
    exchange.takeNew.userId = m_context.userId;
    exchange.takeNew.drawerId = m_context.drawerId;
    return exchange;
}

void ReturnDialog::updatePreview()
{
    m_previewDelay->stop();
    m_preview.reset();
    m_client->setVisible(!withReceipt() && m_credit->isChecked());
    // How the refund and the new items settle is core's: ExchangeService
    // for an exchange (the refund pays the new items first), ReturnService
    // for a plain return.
    std::optional<ExchangeSettlement> settlement;
    Result<SaleReturn> preview = Error::invalid({}, {});
    if (m_exchanging) {
        auto settled = ExchangeService(m_store).preview(exchangeRequest({}));
        if (settled) {
            settlement = *settled;
            preview = settled->returned;
        } else {
            preview = settled.error();
        }
    } else {
        preview = ReturnService(m_store).preview(returnRequest());
    }
    if (!preview) {
        const bool nothingYet = preview.error().code == QLatin1String("return.empty");
        m_previewText->setText((nothingYet ? withReceipt()
                                        ? tr("Choose how many units of each line come back.")
                                        : tr("Find the products that come back: type a name or "
                                             "a SKU, or scan them.")
                                           : QString())
                                   .toHtmlEscaped());
        if (nothingYet)
            m_message->clear();
        else
            m_message->showError(preview.error().message);
        m_exchange->setDifference(Money::zero(m_currency));
        updateCommitButton();
        return;
    }
    m_preview = *preview;
    m_message->clear();
    if (settlement) {
        m_previewText->setText(RefundPreviewText::html(*settlement));
        m_exchange->setDifference(settlement->difference);
    } else {
        m_previewText->setText(RefundPreviewText::html(*preview));
    }
    updateCommitButton();
}

void ReturnDialog::updateCommitButton()
{
    const bool ready
        = m_preview.has_value() && (!m_exchanging || m_exchange->cart()->rowCount() > 0);
    m_commit->setEnabled(ready);
    if (!m_exchanging) {
        m_commit->setText(m_preview ? tr("&Refund %1").arg(m_preview->refund.toDisplayString())
                                    : tr("&Refund"));
        return;
    }
    m_commit->setText(tr("Complete &exchange"));
    m_commit->setToolTip(
        m_exchange->cart()->rowCount() == 0 ? tr("Add what the client takes instead.") : QString());
}

Result<void> ReturnDialog::make(const Id &approvedBy)
{
    BusyCursor busy;
    if (!m_exchanging) {
        ReturnRequest request = returnRequest();
        request.approvedBy = approvedBy;
        auto made = ReturnService(m_store).createReturn(request);
        if (!made)
            return made.error();
        m_made = *made;
        return {};
    }
    auto made = ExchangeService(m_store).exchange(exchangeRequest(approvedBy));
    if (!made)
        return made.error();
    m_made = made->returned;
    m_newSale = made->sale;
    return {};
}

void ReturnDialog::commit()
{
    updatePreview(); // what was returned meanwhile, elsewhere, counts
    if (!m_preview)
        return;
    if (!withReceipt()) {
        const QString what
            = tr("Refund %1 without a receipt.").arg(m_preview->refund.toDisplayString());
        ManagerApprovalDialog approval(
            m_store, what, [this](const Id &by) { return make(by); }, this);
        approval.setIntro(tr("A manager or an admin must approve a return without a receipt. "
                             "The approval is recorded with their name."));
        if (approval.exec() != QDialog::Accepted)
            return;
        accept();
        return;
    }
    if (auto made = make({}); !made) {
        m_message->showError(made.error().message);
        return;
    }
    accept();
}

} // namespace Balcao
