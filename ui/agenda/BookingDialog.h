// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BookingPrefill.h"
#include "locations/LocationService.h"
#include "scheduling/AppointmentBook.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;
class QTimer;

namespace Balcao {

class ClientPicker;
class FormMessage;
class LocalStore;
class RecurrenceEditor;

// Books a visit: who (an existing client, a new one by phone, or a
// walk-in), which services, with whom ("anyone" lets AppointmentBook pick),
// when (with "Next free slot" from AvailabilityFinder), how it was booked,
// notes, and an optional weekly repetition. While the form changes it shows
// what AppointmentBook::plan would book and its warnings; booking over
// warnings goes through the manager override (OverrideFlow). A new client
// and the booking are one transaction: a refused booking leaves no client.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    BookingDialog(LocalStore &store, const Location &location, const BookingPrefill &prefill,
                  QWidget *parent = nullptr);

    // What was booked, once accepted (several for a series).
    const QList<Appointment> &booked() const { return m_booked; }

    ClientPicker *clientPicker() const { return m_client; }
    qint64 startMsecs() const;
    void setStartMsecs(qint64 msecs);
    void setStaff(const Id &staffId);
    Id staffId() const;
    QList<Id> chosenServices() const;
    void setChosenServices(const QList<Id> &serviceIds);
    // The warnings the last plan found, as core worded them.
    const QStringList &planIssues() const { return m_issues; }

public slots:
    void findNextSlot();
    void book();
    void updatePlan();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void fillStaff();
    BookingRequest request() const;
    void schedulePlan();

    LocalStore &m_store;
    Location m_location;
    QList<Appointment> m_booked;
    QStringList m_issues;
    std::optional<qint64> m_lastFoundSlot;

    ClientPicker *m_client = nullptr;
    QLabel *m_servicesLabel = nullptr;
    QListWidget *m_services = nullptr;
    QLabel *m_staffLabel = nullptr;
    QComboBox *m_staff = nullptr;
    QLabel *m_whenLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QPushButton *m_nextSlot = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_source = nullptr;
    RecurrenceEditor *m_repeat = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_internalLabel = nullptr;
    QPlainTextEdit *m_internal = nullptr;
    QLabel *m_plan = nullptr;
    FormMessage *m_message = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_planDelay = nullptr;
};

} // namespace Balcao
