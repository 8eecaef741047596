// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/Appointment.h"

#include <QUndoCommand>

namespace Balcao {

class AgendaEditor;

// When an appointment is and who does it: what a move or a resize changes.
struct AppointmentPlace
{
    TimeInterval time;
    Id staffId;

    static AppointmentPlace of(const Appointment &a) { return { a.time, a.staffId }; }
    bool operator==(const AppointmentPlace &) const = default;
};

// One move or resize of an appointment in the agenda's history. Redo and
// undo call AppointmentBook through the editor (move back, or end as
// before), with the same checks and manager override as the edit itself,
// and only when the appointment is where this edit left it (or found it):
// an edit made since, here or on another terminal, is never undone by it.
// A redo or undo that cannot be done marks the command obsolete, so
// QUndoStack drops it and the history stays true to the agenda.
class AppointmentTimeCommand : public QUndoCommand
{
public:
    enum class Kind { Move, Resize };

    // The edit was made already (by the editor, through the override flow):
    // the first redo(), which QUndoStack::push() calls, does nothing.
    AppointmentTimeCommand(AgendaEditor *editor, Kind kind, const Appointment &before,
                           const Appointment &after);

    Kind kind() const { return m_kind; }
    const Id &appointmentId() const { return m_id; }
    const AppointmentPlace &before() const { return m_before; }
    const AppointmentPlace &after() const { return m_after; }

    void redo() override;
    void undo() override;

private:
    AgendaEditor *m_editor;
    Kind m_kind;
    Id m_id;
    AppointmentPlace m_before;
    AppointmentPlace m_after;
    bool m_madeAlready = true; // the first redo() is the edit itself
};

} // namespace Balcao
