// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleDetailPanel.h"

#include "SaleDetailText.h"
#include "SaleLinesModel.h"
#include "clients/ClientService.h"
#include "locations/LocationService.h"
#include "sales/ReturnService.h"
#include "sales/SalesJournal.h"
#include "shell/ListTable.h"
#include "staff/StaffService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace Balcao {

SaleDetailPanel::SaleDetailPanel(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_linesModel(new SaleLinesModel(this))
{
    setObjectName(QStringLiteral("saleDetailPanel"));
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("fieldHint"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("editorPanel"));
    m_scroll->setWidgetResizable(true);
    m_content = new QWidget(m_scroll);
    m_number = new QLabel(m_content);
    m_number->setObjectName(QStringLiteral("saleNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(m_content);
    m_facts->setObjectName(QStringLiteral("saleFacts"));
    m_facts->setWordWrap(true);
    m_exchangeNote = section(QStringLiteral("exchangeNote"));

    m_lines = new QTableView(m_content);
    m_lines->setObjectName(QStringLiteral("saleLines"));
    m_lines->setModel(m_linesModel);
    setUpListTable(m_lines); // a long name is elided; its tooltip has it all
    // Read, not picked from: the sale's actions are the pane's buttons.
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->setFocusPolicy(Qt::NoFocus);
    // Two lines per item (name, then quantity × price), with some air.
    m_lines->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->verticalHeader()->setMinimumSectionSize(40);
    connect(m_lines->verticalHeader(), &QHeaderView::sectionResized, this,
            &SaleDetailPanel::fitLines);
    // The item's cell says how many at what price.
    m_lines->setColumnHidden(SaleLinesModel::QuantityColumn, true);
    m_lines->setColumnHidden(SaleLinesModel::UnitPriceColumn, true);
    stretchColumn(m_lines, SaleLinesModel::ItemColumn);
    m_lines->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_lines->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_totals = section(QStringLiteral("saleTotals"));
    m_paymentsTitle = new QLabel(m_content);
    m_paymentsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_payments = section(QStringLiteral("salePayments"));
    m_returnsTitle = new QLabel(m_content);
    m_returnsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_returns = section(QStringLiteral("saleReturns"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(18, 16, 18, 16);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_number);
    contentLayout->addWidget(m_facts);
    contentLayout->addWidget(m_exchangeNote);
    contentLayout->addSpacing(4);
    contentLayout->addWidget(m_lines);
    contentLayout->addWidget(m_totals);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_paymentsTitle);
    contentLayout->addWidget(m_payments);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_returnsTitle);
    contentLayout->addWidget(m_returns);
    contentLayout->addStretch(1);
    m_scroll->setWidget(m_content);

    m_return = new QPushButton(this);
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_exchange = new QPushButton(this);
    m_exchange->setObjectName(QStringLiteral("exchangeButton"));
    m_reprint = new QPushButton(this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_client = new QPushButton(this);
    m_client->setObjectName(QStringLiteral("saleClientButton"));
    connect(m_return, &QPushButton::clicked, this, [this] {
        if (m_sale)
            emit returnRequested(m_sale->id);
    });
    connect(m_exchange, &QPushButton::clicked, this, [this] {
        if (m_sale)
            emit exchangeRequested(m_sale->id);
    });
    connect(m_reprint, &QPushButton::clicked, this, [this] {
        if (m_sale)
            emit reprintRequested(m_sale->id);
    });
    connect(m_client, &QPushButton::clicked, this, [this] {
        if (m_sale && !m_sale->clientId.isNull())
            emit clientPageRequested(m_sale->clientId);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_return);
    buttons->addWidget(m_exchange);
    buttons->addStretch(1);
    buttons->addWidget(m_client);
    buttons->addWidget(m_reprint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    retranslate();
    clear();
}

QLabel *SaleDetailPanel::section(const QString &objectName)
{
    auto *label = new QLabel(m_content);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("sale:")))
            emit saleLinkActivated(Id::fromString(link.mid(5)));
    });
    return label;
}

void SaleDetailPanel::retranslate()
{
    m_empty->setText(tr("Choose a sale to see its lines, payments and returns."));
    m_paymentsTitle->setText(tr("Payments"));
    m_returnsTitle->setText(tr("Returns"));
    m_return->setText(tr("&Return…"));
    m_return->setToolTip(tr("Take back some or all of the items and refund them"));
    m_exchange->setText(tr("E&xchange…"));
    m_exchange->setToolTip(tr("Take items back and give others instead"));
    m_reprint->setText(tr("Re&print"));
    m_reprint->setToolTip(tr("Print or send the receipt again"));
    m_client->setText(tr("C&lient page"));
    m_linesModel->retranslate();
    if (m_sale)
        showCurrentSale();
}

void SaleDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SaleDetailPanel::clear()
{
    m_sale.reset();
    m_empty->setText(tr("Choose a sale to see its lines, payments and returns."));
    m_linesModel->clear();
    m_empty->setVisible(true);
    m_scroll->setVisible(false);
    for (QPushButton *button : { m_return, m_exchange, m_reprint, m_client })
        button->setEnabled(false);
}

bool SaleDetailPanel::showSale(const Id &saleId)
{
    auto sale = SalesJournal(m_store).find(saleId);
    if (!sale) {
        clear();
        if (sale.error().kind != Error::Kind::NotFound)
            m_empty->setText(sale.error().message);
        return false;
    }
    m_sale = *sale;
    showCurrentSale();
    return m_sale.has_value();
}

void SaleDetailPanel::showCurrentSale()
{
    if (auto filled = fill(); !filled) {
        clear();
        m_empty->setText(filled.error().message);
    }
}

void SaleDetailPanel::reload()
{
    if (m_sale)
        showSale(m_sale->id);
}

void SaleDetailPanel::fitLines()
{
    // As tall as its lines: the pane scrolls, not the table.
    int height = m_lines->horizontalHeader()->sizeHint().height() + 2 * m_lines->frameWidth();
    for (int row = 0; row < m_linesModel->rowCount(); ++row)
        height += m_lines->rowHeight(row);
    m_lines->setFixedHeight(height);
}

QString SaleDetailPanel::returnsText() const
{
    return m_returns->text();
}

Result<void> SaleDetailPanel::fill()
{
    const Sale &sale = *m_sale;
    SalesJournal journal(m_store);
    auto returnedUnits = journal.returnedQuantities(sale.id);
    if (!returnedUnits)
        return returnedUnits.error();
    const QHash<QString, qint64> &returned = *returnedUnits;
    auto returnsOfSale = ReturnService(m_store).forSale(sale.id);
    if (!returnsOfSale)
        return returnsOfSale.error();
    const QList<SaleReturn> &returns = *returnsOfSale;
    auto loginsById = StaffService(m_store).loginsById();
    if (!loginsById)
        return loginsById.error();
    const QHash<QString, QString> &logins = *loginsById;
    auto location = LocationService(m_store).find(sale.locationId);
    if (!location && location.error().kind != Error::Kind::NotFound)
        return location.error();
    const QTimeZone zone = location ? location->timeZone() : QTimeZone::systemTimeZone();

    m_number->setText(tr("Sale %1").arg(sale.number));
    QStringList facts;
    facts << SaleDetailText::when(sale.atMsecs, zone);
    if (location)
        facts << location->name;
    if (const QString cashier = logins.value(sale.userId.toString()); !cashier.isEmpty())
        facts << tr("cashier %1").arg(cashier);
    QString client = tr("no client");
    if (!sale.clientId.isNull()) {
        auto found = ClientService(m_store).find(sale.clientId, true);
        if (!found && found.error().kind != Error::Kind::NotFound)
            return found.error();
        client = found ? found->name : tr("a client not on this terminal yet");
    }
    facts << client;
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    m_exchangeNote->clear();
    if (!sale.exchangeReturnId.isNull()) {
        // The return may not have arrived by sync yet.
        auto paidBy = ReturnService(m_store).find(sale.exchangeReturnId);
        if (!paidBy && paidBy.error().kind != Error::Kind::NotFound)
            return paidBy.error();
        if (paidBy) {
            auto origin = journal.documentNumber(paidBy->saleId);
            if (!origin)
                return origin.error();
            m_exchangeNote->setText(SaleDetailText::exchangeOrigin(*paidBy, *origin));
        }
    }
    m_exchangeNote->setVisible(!m_exchangeNote->text().isEmpty());

    m_linesModel->setSale(sale, returned);
    fitLines();

    m_totals->setText(SaleDetailText::totals(sale));
    m_payments->setText(SaleDetailText::payments(sale));
    QHash<QString, QString> saleNumbers;
    for (const SaleReturn &r : returns) {
        if (r.exchangeSaleId.isNull())
            continue;
        auto number = journal.documentNumber(r.exchangeSaleId);
        if (!number)
            return number.error();
        saleNumbers.insert(r.exchangeSaleId.toString(), *number);
    }
    m_returns->setText(SaleDetailText::returns(returns, zone, logins, saleNumbers));

    qint64 returnable = 0;
    for (const SaleLine &line : sale.lines) {
        if (line.kind != SaleLineKind::GiftCard)
            returnable += line.quantity - returned.value(line.id.toString());
    }
    m_return->setEnabled(returnable > 0);
    m_exchange->setEnabled(returnable > 0);
    const QString allBack = tr("Everything on this sale has been returned.");
    m_return->setToolTip(returnable > 0 ? tr("Take back some or all of the items and refund them")
                                        : allBack);
    m_exchange->setToolTip(returnable > 0 ? tr("Take items back and give others instead")
                                          : allBack);
    m_reprint->setEnabled(true);
    m_client->setEnabled(!sale.clientId.isNull());
    m_empty->setVisible(false);
    m_scroll->setVisible(true);
    return {};
}

} // namespace Balcao
