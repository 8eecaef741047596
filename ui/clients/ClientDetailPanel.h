// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agenda/BookingPrefill.h"
#include "clients/Client.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Balcao {

class ClientHistoryModel;
class ClientPurchasesModel;
class LocalStore;

// Everything about one client on one screen: contact (phone in the local
// display form), VIP, tags, birthday, notes, the metrics ClientMetrics
// computes from their appointments, and their history (past and future).
// "Book again" and "Next free slot" ask for a booking like their last
// visit. Compact beside the agenda (one column), wide on the clients page
// (history beside the facts).
class ClientDetailPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Layout { Compact, Wide };

    ClientDetailPanel(LocalStore &store, Layout layout, QWidget *parent = nullptr);

    // Times in this zone (the location's); by default the business's.
    void setTimeZone(const QTimeZone &zone);
    void setClient(const Id &clientId);
    const Id &client() const { return m_client.id; }
    // Reads the client again (after a change or a sync round).
    void reload();

    ClientHistoryModel *history() const { return m_history; }
    // The shown value of a metric by key ("total", "completed", "cancelled",
    // "noShows", "firstVisit", "lastVisit", "nextAppointment",
    // "averageDays", "thisMonth", "lastMonth", "frequency", "services",
    // "weekdays", "timeOfDay", "totalSpent", "averageTicket").
    QString metric(const QString &key) const;
    // What "Book again" would ask for.
    BookingPrefill bookAgainPrefill() const;
    QPushButton *sellButton() const { return m_sell; }

public slots:
    void bookAgain();
    void nextFreeSlot();

signals:
    void bookingRequested(const Balcao::BookingPrefill &prefill);
    // "Sell to this client" (wide layout only): a sale for them at the
    // checkout, where what they owe can be received too.
    void checkoutRequested(const Balcao::Id &clientId);
    // A purchase was activated (Enter or double-click): show that sale.
    void saleRequested(const Balcao::Id &saleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void addMetric(const QString &key);
    void showClient();

    LocalStore &m_store;
    Layout m_layout;
    QTimeZone m_zone;
    QString m_zoneError;
    QString m_region;
    Client m_client;

    QLabel *m_name = nullptr;
    QLabel *m_vip = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_readError = nullptr; // what could not be read, instead of zeros
    QLabel *m_metricsTitle = nullptr;
    QGridLayout *m_metricsGrid = nullptr;
    QStringList m_metricKeys;
    QHash<QString, QLabel *> m_metricLabels;
    QHash<QString, QLabel *> m_metricValues;
    QProgressBar *m_frequency = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableView *m_historyView = nullptr;
    ClientHistoryModel *m_history = nullptr;
    QLabel *m_purchasesTitle = nullptr;
    QTableView *m_purchasesView = nullptr;
    ClientPurchasesModel *m_purchases = nullptr;
    QPushButton *m_bookAgain = nullptr;
    QPushButton *m_nextSlot = nullptr;
    QPushButton *m_sell = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace Balcao
