// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Balcao {

// The left-hand list of the app's areas. Areas that later versions bring are
// listed already (so people see where the product is going) but disabled,
// with a tooltip that says so.
class NavigationBar : public QWidget
{
    Q_OBJECT
public:
    // In the order the bar lists them.
    enum class Area { Checkout, Agenda, Clients, Sales, Inventory, Reports, Conflicts, Settings };
    Q_ENUM(Area)

    explicit NavigationBar(QWidget *parent = nullptr);

    void setBusinessName(const QString &name);
    void setAvailable(Area area, bool available);
    bool isAvailable(Area area) const;
    // A count after the area's name ("Conflicts (2)"); 0 removes it.
    void setBadge(Area area, int count);
    int badge(Area area) const { return m_badges.value(area); }
    void select(Area area);
    Area current() const;
    QListWidget *list() const { return m_list; }

signals:
    void areaSelected(Balcao::NavigationBar::Area area);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QListWidgetItem *itemFor(Area area) const;
    QLabel *m_brand = nullptr;
    QLabel *m_business = nullptr;
    QListWidget *m_list = nullptr;
    QMap<Area, int> m_badges;
};

} // namespace Balcao
