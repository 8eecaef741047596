// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/AppointmentBook.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace Balcao {

class AgendaModel;
class AppointmentTimeCommand;
class LocalStore;

// The agenda's moves and resizes and their history. Each is made through
// AppointmentBook (with the manager override when it has warnings, as
// OverrideFlow runs it) and, once made, kept as an AppointmentTimeCommand on
// the undo stack, so Ctrl+Z and Ctrl+Shift+Z go back and forth through
// them, each step through the same checks. Other changes (bookings, status
// changes, cancellations, a series moved at once) cannot be undone here and
// close the history, so an undo never reaches past them.
class AgendaEditor : public QObject
{
    Q_OBJECT
public:
    enum class Direction { Undo, Redo };

    // `model` names staff members and gives the time zone for the messages;
    // `dialogParent` holds the warning and approval dialogs.
    AgendaEditor(LocalStore &store, const AgendaModel *model, QWidget *dialogParent);
    ~AgendaEditor() override;

    QUndoStack *undoStack() const { return m_stack; }

    // The edit, and its place in the history when made. False when core
    // refused it or the warnings were not overridden.
    bool move(const Id &id, qint64 startsAtMsecs, const Id &staffId, SeriesScope scope);
    bool resize(const Id &id, qint64 endsAtMsecs);
    void undo();
    void redo();
    // Something else changed the agenda: the history so far is closed.
    void closeHistory();

    // For AppointmentTimeCommand: makes its edit again or takes it back.
    bool replay(const AppointmentTimeCommand &command, Direction direction);

signals:
    // Written through AppointmentBook: the appointment as it is now.
    void changed(const Balcao::Appointment &appointment);
    // Nothing was written (refused, declined): the grid shows it as it was.
    void unchanged(const Balcao::Id &appointmentId);
    void succeeded(const QString &message);
    void failed(const QString &message);
    // What can be undone or redone changed (also when a step that could not
    // be done left the history, which QUndoStack does not signal).
    void historyChanged();

private:
    // Runs `attempt` through the override flow; the appointment it returned.
    std::optional<Appointment>
    attempt(const Id &id,
            const std::function<Result<Appointment>(const AppointmentBook::Change &)> &edit);
    QString movedText(const Appointment &a) const;

    LocalStore &m_store;
    const AgendaModel *m_model;
    QWidget *m_dialogParent;
    QUndoStack *m_stack;
};

} // namespace Balcao
