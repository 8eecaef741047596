// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaEditor.h"

#include "AgendaModel.h"
#include "AppointmentTimeCommand.h"
#include "AppointmentWording.h"
#include "OverrideFlow.h"

#include <QUndoStack>

namespace Balcao {

AgendaEditor::AgendaEditor(LocalStore &store, const AgendaModel *model, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_model(model)
    , m_dialogParent(dialogParent)
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, this, &AgendaEditor::historyChanged);
}

AgendaEditor::~AgendaEditor()
{
    // The stack empties itself when destroyed, after this editor's own
    // destructor and most likely the page's: nobody is left to tell.
    disconnect(m_stack, nullptr, this, nullptr);
}

std::optional<Appointment> AgendaEditor::attempt(
    const Id &id, const std::function<Result<Appointment>(const AppointmentBook::Change &)> &edit)
{
    Appointment result;
    OverrideFlow flow(m_store, m_dialogParent);
    const OverrideFlow::Outcome outcome = flow.run([&](const Id &by) -> Result<void> {
        AppointmentBook::Change change;
        change.overrideConflicts = !by.isNull();
        change.overriddenBy = by;
        auto done = edit(change);
        if (!done)
            return done.error();
        result = *done;
        return {};
    });
    if (outcome != OverrideFlow::Outcome::Done) {
        emit failed(outcome == OverrideFlow::Outcome::Failed ? flow.error().message
                                                             : tr("Nothing was changed."));
        emit unchanged(id);
        return std::nullopt;
    }
    emit changed(result);
    return result;
}

bool AgendaEditor::move(const Id &id, qint64 startsAtMsecs, const Id &staffId, SeriesScope scope)
{
    auto current = AppointmentBook(m_store).find(id);
    if (!current) {
        emit failed(current.error().message);
        emit unchanged(id);
        return false;
    }
    const auto moved = attempt(id, [&](AppointmentBook::Change change) {
        change.scope = scope;
        return AppointmentBook(m_store).move(id, startsAtMsecs, staffId, change);
    });
    if (!moved)
        return false;
    // A series moved at once is not taken back with one key.
    if (scope == SeriesScope::ThisOnly)
        m_stack->push(
            new AppointmentTimeCommand(this, AppointmentTimeCommand::Kind::Move, *current, *moved));
    else
        closeHistory();
    emit succeeded(tr("Moved %1 to %2 with %3. Ctrl+Z undoes it.")
                       .arg(AppointmentWording::client(*moved),
                            AppointmentWording::when(moved->time, m_model->timeZone()),
                            m_model->staffName(moved->staffId)));
    return true;
}

bool AgendaEditor::resize(const Id &id, qint64 endsAtMsecs)
{
    auto current = AppointmentBook(m_store).find(id);
    if (!current) {
        emit failed(current.error().message);
        emit unchanged(id);
        return false;
    }
    const auto resized = attempt(id, [&](const AppointmentBook::Change &change) {
        return AppointmentBook(m_store).resize(id, endsAtMsecs, change);
    });
    if (!resized)
        return false;
    m_stack->push(
        new AppointmentTimeCommand(this, AppointmentTimeCommand::Kind::Resize, *current, *resized));
    emit succeeded(tr("%1 now ends at %2. Ctrl+Z undoes it.")
                       .arg(AppointmentWording::client(*resized),
                            AppointmentWording::time(resized->time.to, m_model->timeZone())));
    return true;
}

void AgendaEditor::undo()
{
    m_stack->undo();
    emit historyChanged();
}

void AgendaEditor::redo()
{
    m_stack->redo();
    emit historyChanged();
}

void AgendaEditor::closeHistory()
{
    m_stack->clear();
}

bool AgendaEditor::replay(const AppointmentTimeCommand &command, Direction direction)
{
    const bool undoing = direction == Direction::Undo;
    const AppointmentPlace &from = undoing ? command.after() : command.before();
    const AppointmentPlace &to = undoing ? command.before() : command.after();
    const Id &id = command.appointmentId();
    auto current = AppointmentBook(m_store).find(id);
    if (!current) {
        emit failed(current.error().message);
        emit unchanged(id);
        return false;
    }
    // Moved or resized since (here by another way, or by a sync round):
    // taking this edit back or making it again would overwrite that one.
    if (AppointmentPlace::of(*current) != from) {
        const QString client = AppointmentWording::client(*current);
        emit failed(undoing ? tr("Not undone: %1's appointment has changed since, on this "
                                 "terminal or another one.")
                                  .arg(client)
                            : tr("Not redone: %1's appointment has changed since, on this "
                                 "terminal or another one.")
                                  .arg(client));
        emit unchanged(id);
        return false;
    }
    // Through the same checks as any edit: the place may have been taken since.
    const bool resize = command.kind() == AppointmentTimeCommand::Kind::Resize;
    const auto done = attempt(id, [&](const AppointmentBook::Change &change) {
        AppointmentBook book(m_store);
        if (resize)
            return book.resize(id, to.time.to, change);
        return book.move(id, to.time.from, to.staffId != from.staffId ? to.staffId : Id(), change);
    });
    if (!done)
        return false;
    const QString client = AppointmentWording::client(*done);
    const QTimeZone zone = m_model->timeZone();
    if (resize) {
        const QString end = AppointmentWording::time(done->time.to, zone);
        emit succeeded(undoing ? tr("Undone: %1 ends at %2 again.").arg(client, end)
                               : tr("Redone: %1 now ends at %2.").arg(client, end));
    } else {
        const QString when = AppointmentWording::when(done->time, zone);
        const QString staff = m_model->staffName(done->staffId);
        emit succeeded(undoing ? tr("Undone: %1 is back on %2 with %3.").arg(client, when, staff)
                               : tr("Redone: %1 is on %2 with %3.").arg(client, when, staff));
    }
    return true;
}

} // namespace Balcao
