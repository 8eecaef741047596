// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Sale.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Balcao {

class LocalStore;

// Which sales the history page lists.
struct SaleFilter
{
    std::optional<qint64> fromMsecs; // inclusive
    std::optional<qint64> toMsecs; // exclusive
    Id locationId;
    Id clientId;
    Id shiftId;
    std::optional<PaymentMethod> method;
    // A sale number (or its last digits) or part of the client's name.
    QString text;
};

// One row of the sales history: enough to show and pick, without lines.
struct SaleSummary
{
    Id id;
    QString number;
    qint64 atMsecs = 0;
    Id locationId;
    Id clientId;
    QString clientName;
    Id userId;
    QString userLogin;
    Money total;
    QStringList methods; // payment method names, sorted
    Money refunded; // by returns so far, in the sale's currency
    int lineCount = 0;
};

// Reads committed sales: one, by number, or a page of the history.
class SalesJournal
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::SalesJournal)
public:
    explicit SalesJournal(LocalStore &store);

    Result<Sale> find(const Id &id) const;
    // The exact number, or failing that the one sale whose number ends with
    // `number` (what a scanned or typed receipt gives).
    Result<Sale> findByNumber(const QString &number) const;
    // Newest first.
    Result<QList<SaleSummary>> list(const SaleFilter &filter, int limit, int offset = 0) const;
    // Units of each sale line already returned, by sale line id (text).
    Result<QHash<QString, qint64>> returnedQuantities(const Id &saleId) const;
    // The number of the sale or return with this id (a stock movement's
    // source), empty when neither exists here (yet: sync may bring it).
    Result<QString> documentNumber(const Id &saleOrReturnId) const;
    // The number of the sale that charged an appointment; empty when none
    // did. An appointment is charged once (AppointmentCharge says so).
    Result<QString> numberForAppointment(const Id &appointmentId) const;

private:
    Result<Sale> load(const QString &where, const QString &value) const;
    LocalStore &m_store;
};

} // namespace Balcao
