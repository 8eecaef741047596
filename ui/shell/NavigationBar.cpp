// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationBar.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Balcao {

namespace {

// Checkout first: selling is what the front desk does most.
constexpr NavigationBar::Area kAreas[] = {
    NavigationBar::Area::Checkout,  NavigationBar::Area::Agenda,    NavigationBar::Area::Clients,
    NavigationBar::Area::Sales,     NavigationBar::Area::Inventory, NavigationBar::Area::Reports,
    NavigationBar::Area::Conflicts, NavigationBar::Area::Settings,
};

constexpr int kAreaRole = Qt::UserRole;

} // namespace

NavigationBar::NavigationBar(QWidget *parent)
    : QWidget(parent)
    , m_brand(new QLabel(this))
    , m_business(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("navigationBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_brand->setObjectName(QStringLiteral("navigationBrand"));
    m_brand->setText(QStringLiteral("Balcão")); // the product's name, the same in every language
    m_business->setObjectName(QStringLiteral("navigationBusiness"));
    m_business->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("navigationList"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);

    for (const Area area : kAreas) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(kAreaRole, QVariant::fromValue(area));
        item->setSizeHint(QSize(0, 38));
        setAvailable(area, false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 18, 12, 12);
    layout->setSpacing(2);
    layout->addWidget(m_brand);
    layout->addWidget(m_business);
    layout->addSpacing(16);
    layout->addWidget(m_list, 1);
    setFixedWidth(212);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            emit areaSelected(item->data(kAreaRole).value<Area>());
    });
    retranslate();
}

void NavigationBar::setBusinessName(const QString &name)
{
    m_business->setText(name);
    m_business->setVisible(!name.isEmpty());
}

void NavigationBar::setAvailable(Area area, bool available)
{
    QListWidgetItem *item = itemFor(area);
    item->setFlags(available ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    retranslate();
}

bool NavigationBar::isAvailable(Area area) const
{
    return itemFor(area)->flags().testFlag(Qt::ItemIsEnabled);
}

void NavigationBar::setBadge(Area area, int count)
{
    m_badges.insert(area, count);
    retranslate();
}

void NavigationBar::select(Area area)
{
    if (isAvailable(area))
        m_list->setCurrentItem(itemFor(area));
}

NavigationBar::Area NavigationBar::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kAreaRole).value<Area>() : Area::Clients;
}

void NavigationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QListWidgetItem *NavigationBar::itemFor(Area area) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kAreaRole).value<Area>() == area)
            return m_list->item(row);
    }
    Q_UNREACHABLE();
}

void NavigationBar::retranslate()
{
    m_list->setAccessibleName(tr("Areas"));
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const auto area = item->data(kAreaRole).value<Area>();
        switch (area) {
        case Area::Agenda:
            item->setText(tr("Agenda"));
            break;
        case Area::Checkout:
            item->setText(tr("Checkout"));
            break;
        case Area::Clients:
            item->setText(tr("Clients"));
            break;
        case Area::Sales:
            item->setText(tr("Sales"));
            break;
        case Area::Inventory:
            item->setText(tr("Inventory"));
            break;
        case Area::Reports:
            item->setText(tr("Reports"));
            break;
        case Area::Conflicts:
            item->setText(tr("Conflicts"));
            break;
        case Area::Settings:
            item->setText(tr("Settings"));
            break;
        }
        if (const int count = m_badges.value(area); count > 0)
            item->setText(tr("%1 (%2)").arg(item->text()).arg(count));
        item->setToolTip(isAvailable(area)
                             ? QString()
                             : tr("%1 arrives in a later version of Balcão.").arg(item->text()));
    }
}

} // namespace Balcao
