// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgendaModel.h"
#include "BookingPrefill.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace Balcao {

class AgendaEditor;
class AgendaLegend;
class AgendaView;
class AppointmentActions;
class AppointmentPanel;
class ClientDetailPanel;
class FormMessage;
class LocalStore;

// The agenda area: day or week of the terminal's location, a column per
// staff member or resource, the selected appointment's panel with its
// actions and its client. Moves, resizes, bookings and cancellations are
// AppointmentBook's; warnings go through the manager override (OverrideFlow).
// Moves and resizes go through AgendaEditor, which keeps their history.
// The model reads off the UI thread: what depends on the new period (the
// cursor's day, the appointment to select) waits for its answer.
// Keys (while the agenda has the focus): T today, D day, W week, N new
// appointment, Ctrl+Left/Right previous/next day or week, Ctrl+G go to a
// date, Ctrl+Z / Ctrl+Shift+Z undo / redo moves and resizes; the grid's own
// keys are AgendaView's.
class AgendaPage : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaPage(LocalStore &store, QWidget *parent = nullptr);

    AgendaModel *model() const { return m_model; }
    AgendaView *view() const { return m_view; }
    AppointmentPanel *appointmentPanel() const { return m_panel; }
    ClientDetailPanel *clientPanel() const { return m_clientPanel; }
    AppointmentActions *actions() const { return m_actions; }
    AgendaEditor *editor() const { return m_editor; }
    FormMessage *message() const { return m_message; }

public slots:
    // Reads the agenda again (after a sync round brought changes).
    void reload();
    void showDate(const QDate &date);
    void previous();
    void next();
    void today();
    void jumpToDate();
    void setSpan(Balcao::AgendaModel::Span span);
    void setColumnKind(Balcao::AgendaModel::ColumnKind kind);
    void newAppointment();
    void book(const Balcao::BookingPrefill &prefill);
    // Shows the appointment's date and selects it.
    void showAppointment(const Balcao::Id &appointmentId);
    void moveAppointment(const Balcao::Id &id, qint64 startsAtMsecs, const Balcao::Id &staffId);
    void resizeAppointment(const Balcao::Id &id, qint64 endsAtMsecs);
    void cancelAppointment(const Balcao::Id &id);
    void undo();
    void redo();
    // The side panel with the selected appointment and its client: opened
    // by Enter or a double-click on a visit, closed by its button. It stays
    // put while open, so the grid never reflows under the mouse.
    void openAppointment(const Balcao::Id &id);
    void closeDetails();

signals:
    // Something was written (the status bar recounts, lists reload).
    void changed();
    void clientPageRequested(const Balcao::Id &clientId);
    void checkoutRequested(const Balcao::Id &appointmentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void setUpShortcuts();
    void retranslate();
    void updatePeriodLabel();
    void showSelection(const Id &id);
    void showMenu(const Id &id, const QPoint &globalPos);
    void afterChange(const Id &select);
    void afterEdit(const Appointment &appointment);
    void modelReloaded();
    void updateUndoButtons();

    LocalStore &m_store;
    AgendaModel *m_model = nullptr;
    AgendaView *m_view = nullptr;
    AppointmentActions *m_actions = nullptr;
    AppointmentPanel *m_panel = nullptr;
    ClientDetailPanel *m_clientPanel = nullptr;
    AgendaEditor *m_editor = nullptr;
    QList<Location> m_locations;
    // Applied when the period asked for is shown.
    QDate m_pendingCursorDay;
    Id m_pendingSelection;

    QLabel *m_title = nullptr;
    QLabel *m_period = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_jump = nullptr;
    QToolButton *m_day = nullptr;
    QToolButton *m_week = nullptr;
    QToolButton *m_staff = nullptr;
    QToolButton *m_resources = nullptr;
    QComboBox *m_location = nullptr;
    QPushButton *m_new = nullptr;
    QToolButton *m_undo = nullptr;
    QToolButton *m_redo = nullptr;
    AgendaLegend *m_legend = nullptr;
    FormMessage *m_message = nullptr;
    QScrollArea *m_side = nullptr;
    QLabel *m_clientTitle = nullptr;
    QPushButton *m_closeSide = nullptr;
};

} // namespace Balcao
