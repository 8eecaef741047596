// SPDX-License-Identifier: GPL-3.0-or-later
#include "SalesHistoryPage.h"

#include "ReturnDialog.h"
#include "SaleDetailPanel.h"
#include "SalesHistoryFilters.h"
#include "SalesHistoryModel.h"
#include "agenda/TerminalLocation.h"
#include "cash/ShiftService.h"
#include "sales/SalesJournal.h"
#include "shell/FormMessage.h"
#include "shell/ListTable.h"
#include "shell/SearchListKeys.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Balcao {

namespace {

// The drawer cash refunds come out of: the location's drawer whose shift is
// open, else its first one (ReturnService then says to open a shift).
Result<Id> terminalDrawer(LocalStore &store, const Id &locationId)
{
    ShiftService shifts(store);
    const auto drawers = shifts.drawers(locationId);
    if (!drawers)
        return drawers.error();
    for (const CashDrawer &drawer : *drawers) {
        auto open = shifts.openShift(drawer.id);
        if (!open)
            return open.error();
        if (*open)
            return drawer.id;
    }
    return drawers->isEmpty() ? Id() : drawers->first().id;
}

} // namespace

SalesHistoryPage::SalesHistoryPage(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new SalesHistoryModel(store, this))
    , m_frame(this)
{
    setObjectName(QStringLiteral("salesHistoryPage"));
    const auto location = terminalLocation(store);
    if (location)
        m_location = location->id;
    buildLayout();
    retranslate();
    applyFilters();
    // Before set-up there is no location; a store that cannot say is another matter.
    if (!location && location.error().kind != Error::Kind::NotFound)
        m_message->showError(location.error().message);
}

void SalesHistoryPage::buildLayout()
{
    m_noReceipt = new QPushButton(this);
    m_noReceipt->setObjectName(QStringLiteral("returnWithoutReceipt"));
    connect(m_noReceipt, &QPushButton::clicked, this, &SalesHistoryPage::returnWithoutReceipt);

    m_filters = new SalesHistoryFilters(m_store, m_location, this);
    connect(m_filters, &SalesHistoryFilters::changed, this, &SalesHistoryPage::applyFilters);
    connect(m_filters, &SalesHistoryFilters::numberEntered, this, &SalesHistoryPage::findNumber);
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("salesTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(32);
    stretchColumn(m_table, SalesHistoryModel::ClientColumn);
    new SearchListKeys(
        m_filters->searchField(), m_table, [this] { focusActions(); }, this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SalesHistoryPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SalesHistoryPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SalesHistoryPage::updateCount);

    m_detail = new SaleDetailPanel(m_store, this);
    // Wide enough for a receipt's lines; narrower on a laptop's screen so
    // the window still fits 1280 pixels.
    m_detail->setMinimumWidth(400);
    m_detail->setMaximumWidth(540);
    connect(m_detail, &SaleDetailPanel::returnRequested, this, &SalesHistoryPage::startReturn);
    connect(m_detail, &SaleDetailPanel::exchangeRequested, this, &SalesHistoryPage::startExchange);
    connect(m_detail, &SaleDetailPanel::reprintRequested, this,
            &SalesHistoryPage::reprintRequested);
    connect(m_detail, &SaleDetailPanel::clientPageRequested, this,
            &SalesHistoryPage::clientPageRequested);
    connect(m_detail, &SaleDetailPanel::saleLinkActivated, this, &SalesHistoryPage::showSale);

    // Window-wide, as on the clients page: a hidden page's shortcuts are
    // inactive, so the pages share the key.
    auto *find = new QShortcut(QKeySequence::Find, this, this, &SalesHistoryPage::focusSearch);
    find->setContext(Qt::WindowShortcut);

    m_frame.layOut(this, { m_noReceipt, { m_filters, m_message }, m_table, m_detail, 3, 2 });

    // Tab reads the page as it is laid out: the filters, the list, the
    // sale's actions.
    QList<QWidget *> chain = m_filters->tabChain();
    chain << m_table << m_detail->returnButton() << m_detail->exchangeButton()
          << m_detail->clientButton() << m_detail->reprintButton() << m_noReceipt;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void SalesHistoryPage::retranslate()
{
    m_frame.title()->setText(tr("Sales"));
    m_noReceipt->setText(tr("Return &without receipt…"));
    m_noReceipt->setToolTip(tr("Take back products sold without their receipt (a manager signs)"));
    m_table->setAccessibleName(tr("Sales"));
    m_model->retranslate();
    updateCount();
}

void SalesHistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SalesHistoryPage::showEvent(QShowEvent *event)
{
    // Sales made at the checkout since the page was last seen.
    reload();
    QWidget::showEvent(event);
}

void SalesHistoryPage::focusActions()
{
    // To the sale's actions, the first that applies.
    for (QPushButton *button : { m_detail->returnButton(), m_detail->reprintButton() }) {
        if (button->isEnabled()) {
            button->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void SalesHistoryPage::focusSearch()
{
    m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filters->searchField()->selectAll();
}

ReturnContext SalesHistoryPage::returnContext() const
{
    const auto drawer = terminalDrawer(m_store, m_location);
    return ReturnContext { m_location, m_userId, drawer ? *drawer : Id() };
}

void SalesHistoryPage::applyFilters()
{
    m_model->setFilter(m_filters->filter());
    // Keep the shown sale selected when it is still listed.
    if (m_detail->sale()) {
        const int row = m_model->rowOf(m_detail->saleId());
        const QSignalBlocker quiet(m_table->selectionModel());
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

void SalesHistoryPage::reload()
{
    const Id shown = m_detail->saleId();
    applyFilters();
    if (!shown.isNull())
        m_detail->showSale(shown);
}

void SalesHistoryPage::updateCount()
{
    const int rows = m_model->rowCount();
    m_frame.subtitle()->setText(
        m_model->hasMore()
            ? tr("The newest %1 sales shown; scroll for more").arg(QLocale().toString(rows))
            : tr("%n sale(s)", nullptr, rows));
    QString hint;
    if (m_model->loadError()) {
        hint = m_model->loadError()->message;
    } else if (rows == 0) {
        hint = m_model->filter().text.isEmpty()
            ? tr("No sales in this period.")
            : tr("No sale in this period matches “%1”. Choose “Any date” to search them all.")
                  .arg(m_model->filter().text);
    }
    m_frame.setHint(hint);
}

void SalesHistoryPage::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_detail->showSale(m_model->saleAt(current.row()).id);
}

void SalesHistoryPage::showSale(const Id &saleId)
{
    const int row = m_model->rowOf(saleId);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_table->clearSelection();
    }
    m_detail->showSale(saleId);
}

void SalesHistoryPage::findNumber(const QString &text)
{
    auto sale = SalesJournal(m_store).findByNumber(text);
    if (sale) {
        m_message->clear();
        showSale(sale->id);
        m_table->setFocus();
        if (m_model->rowOf(sale->id) < 0)
            m_message->showSuccess(tr("Sale %1 is outside these filters; it is shown on the right.")
                                       .arg(sale->number));
        return;
    }
    // A client's name typed with Enter is a search, not a number not found.
    if (m_model->rowCount() == 0)
        m_message->showError(sale.error().message);
}

void SalesHistoryPage::startReturn(const Id &saleId)
{
    runReturn(saleId, false);
}

void SalesHistoryPage::startExchange(const Id &saleId)
{
    runReturn(saleId, true);
}

void SalesHistoryPage::returnWithoutReceipt()
{
    runReturn(Id(), false);
}

void SalesHistoryPage::runReturn(const Id &saleId, bool exchange)
{
    // Which drawer a cash refund comes out of must be known, not guessed.
    if (auto drawer = terminalDrawer(m_store, m_location); !drawer) {
        m_message->showError(drawer.error().message);
        return;
    }
    ReturnDialog dialog(m_store, returnContext(), saleId, this);
    if (exchange)
        dialog.startExchange();
    if (dialog.exec() != QDialog::Accepted || !dialog.madeReturn())
        return;
    const SaleReturn &made = *dialog.madeReturn();
    if (dialog.exchangeSale())
        m_message->showSuccess(tr("Exchange done: return %1 and new sale %2.")
                                   .arg(made.number, dialog.exchangeSale()->number));
    else
        m_message->showSuccess(
            tr("Return %1 done: %2 refunded.").arg(made.number, made.refund.toDisplayString()));
    reload();
    if (!saleId.isNull())
        showSale(saleId);
    emit salesChanged();
}

} // namespace Balcao
