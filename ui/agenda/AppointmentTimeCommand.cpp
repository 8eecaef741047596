// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentTimeCommand.h"

#include "AgendaEditor.h"
#include "AppointmentWording.h"

namespace Balcao {

AppointmentTimeCommand::AppointmentTimeCommand(AgendaEditor *editor, Kind kind,
                                               const Appointment &before, const Appointment &after)
    : m_editor(editor)
    , m_kind(kind)
    , m_id(after.id)
    , m_before(AppointmentPlace::of(before))
    , m_after(AppointmentPlace::of(after))
{
    setText(kind == Kind::Move
                ? AgendaEditor::tr("move of %1").arg(AppointmentWording::client(after))
                : AgendaEditor::tr("new end of %1").arg(AppointmentWording::client(after)));
}

void AppointmentTimeCommand::redo()
{
    if (m_madeAlready) {
        m_madeAlready = false;
        return;
    }
    if (!m_editor->replay(*this, AgendaEditor::Direction::Redo))
        setObsolete(true);
}

void AppointmentTimeCommand::undo()
{
    if (!m_editor->replay(*this, AgendaEditor::Direction::Undo))
        setObsolete(true);
}

} // namespace Balcao
