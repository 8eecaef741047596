// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangePanel.h"

#include "ExchangeCartModel.h"
#include "TenderEntry.h"
#include "products/ProductSearchField.h"
#include "shell/FormMessage.h"
#include "shell/ListTable.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Balcao {

ExchangePanel::ExchangePanel(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_cart(new ExchangeCartModel(store, this))
{
    setObjectName(QStringLiteral("exchangePanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_search = new ProductSearchField(store, this);
    m_search->setObjectName(QStringLiteral("exchangeSearch"));
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("exchangeCart"));
    m_view->setModel(m_cart);
    setUpListTable(m_view);
    // Typing a number over a quantity changes it.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setDefaultSectionSize(28);
    stretchColumn(m_view, ExchangeCartModel::ItemColumn);
    m_view->setMinimumHeight(110);
    m_view->installEventFilter(this);
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("exchangeMessage"));
    m_tenders = new TenderEntry(this);
    m_tenders->setVisible(false);

    connect(m_search, &ProductSearchField::productPicked, this, [this](const Product &product) {
        if (auto added = m_cart->add(product); !added) {
            m_message->showError(added.error().message);
            return;
        }
        m_message->clear();
    });
    connect(m_search, &ProductSearchField::notFound, m_message, &FormMessage::showError);
    connect(m_cart, &ExchangeCartModel::totalChanged, this, &ExchangePanel::changed);
    connect(m_tenders, &TenderEntry::changed, this, &ExchangePanel::changed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_tenders);
    retranslate();
}

void ExchangePanel::retranslate()
{
    m_title->setText(tr("What the client takes instead"));
    m_searchLabel->setText(tr("Add an &item"));
    m_search->setPlaceholderText(tr("Type a name or SKU, or scan the barcode"));
    m_view->setAccessibleName(tr("New items (Delete removes one)"));
    m_cart->retranslate();
}

void ExchangePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ExchangePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete
        && m_view->currentIndex().isValid()) {
        m_cart->removeRows(m_view->currentIndex().row(), 1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ExchangePanel::setDifference(const Money &difference)
{
    const bool pays = difference.isPositive();
    m_tenders->setVisible(pays);
    m_tenders->setOwed(pays ? difference : Money::zero(difference.currency()));
}

} // namespace Balcao
