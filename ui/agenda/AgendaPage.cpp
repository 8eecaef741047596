// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaPage.h"

#include "AgendaEditor.h"
#include "AgendaLegend.h"
#include "AgendaView.h"
#include "AppointmentActions.h"
#include "AppointmentPanel.h"
#include "AppointmentWording.h"
#include "BookingDialog.h"
#include "DateJumpDialog.h"
#include "TerminalLocation.h"
#include "clients/ClientDetailPanel.h"
#include "scheduling/AppointmentBook.h"
#include "shell/FormMessage.h"
#include "shell/ListPageFrame.h"
#include "storage/LocalStore.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Balcao {

namespace {

constexpr int kSideWidth = 340;

QToolButton *toggle(QWidget *parent, const char *name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

AgendaPage::AgendaPage(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new AgendaModel(store, this))
{
    setObjectName(QStringLiteral("agendaPage"));
    m_locations = LocationService(store).list();
    if (const auto here = terminalLocation(store))
        m_model->setLocation(*here);
    const QDate now
        = QDateTime::fromMSecsSinceEpoch(store.clock().nowMsecsSinceEpoch(), m_model->timeZone())
              .date();
    m_model->setDate(now);
    m_model->setSpan(AgendaModel::Span::Week);
    buildLayout();
    setUpShortcuts();
    retranslate();
    reload();
}

void AgendaPage::buildLayout()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("pageSubtitle"));

    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previousPeriod"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("nextPeriod"));
    m_next->setArrowType(Qt::RightArrow);
    m_today = new QPushButton(this);
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_jump = new QPushButton(this);
    m_jump->setObjectName(QStringLiteral("jumpButton"));
    connect(m_previous, &QToolButton::clicked, this, &AgendaPage::previous);
    connect(m_next, &QToolButton::clicked, this, &AgendaPage::next);
    connect(m_today, &QPushButton::clicked, this, &AgendaPage::today);
    connect(m_jump, &QPushButton::clicked, this, &AgendaPage::jumpToDate);

    m_day = toggle(this, "dayView");
    m_week = toggle(this, "weekView");
    auto *spans = new QButtonGroup(this);
    spans->addButton(m_day);
    spans->addButton(m_week);
    connect(m_day, &QToolButton::clicked, this, [this] { setSpan(AgendaModel::Span::Day); });
    connect(m_week, &QToolButton::clicked, this, [this] { setSpan(AgendaModel::Span::Week); });
    m_staff = toggle(this, "staffColumns");
    m_resources = toggle(this, "resourceColumns");
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_staff);
    kinds->addButton(m_resources);
    connect(m_staff, &QToolButton::clicked, this,
            [this] { setColumnKind(AgendaModel::ColumnKind::Staff); });
    connect(m_resources, &QToolButton::clicked, this,
            [this] { setColumnKind(AgendaModel::ColumnKind::Resources); });

    m_location = new QComboBox(this);
    m_location->setObjectName(QStringLiteral("locationChoice"));
    for (const Location &location : std::as_const(m_locations)) {
        m_location->addItem(location.name, QVariant::fromValue(location.id));
        if (location.id == m_model->location().id)
            m_location->setCurrentIndex(m_location->count() - 1);
    }
    // One location needs no choice.
    m_location->setVisible(m_locations.size() > 1);
    connect(m_location, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index >= m_locations.size())
            return;
        m_model->setLocation(m_locations.at(index));
        m_clientPanel->setTimeZone(m_model->timeZone());
        reload();
    });

    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newAppointmentButton"));
    connect(m_new, &QPushButton::clicked, this, &AgendaPage::newAppointment);

    m_legend = new AgendaLegend(this);
    m_message = new FormMessage(this);
    m_message->setObjectName(QStringLiteral("agendaMessage"));

    m_editor = new AgendaEditor(m_store, m_model, this);
    connect(m_editor, &AgendaEditor::changed, this, &AgendaPage::afterEdit);
    connect(m_editor, &AgendaEditor::unchanged, this, [this](const Id &id) {
        // The grid drops the block back where it is, and shows what changed
        // meanwhile, if anything did.
        reload();
        m_view->selectAppointment(id);
    });
    connect(m_editor, &AgendaEditor::failed, m_message, &FormMessage::showError);
    connect(m_editor, &AgendaEditor::succeeded, m_message, &FormMessage::showSuccess);
    m_undo = new QToolButton(this);
    m_undo->setObjectName(QStringLiteral("agendaUndo"));
    m_undo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redo = new QToolButton(this);
    m_redo->setObjectName(QStringLiteral("agendaRedo"));
    m_redo->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_undo, &QToolButton::clicked, this, &AgendaPage::undo);
    connect(m_redo, &QToolButton::clicked, this, &AgendaPage::redo);
    connect(m_editor, &AgendaEditor::historyChanged, this, &AgendaPage::updateUndoButtons);

    m_view = new AgendaView(m_model, this);
    // After the view's own handler: the cursor and selection land on the
    // grid the view has just laid out.
    connect(m_model, &AgendaModel::reloaded, this, &AgendaPage::modelReloaded);
    connect(m_model, &AgendaModel::readFailed, m_message, &FormMessage::showError);
    connect(m_view, &AgendaView::selectionChanged, this, &AgendaPage::showSelection);
    connect(m_view, &AgendaView::moveRequested, this, &AgendaPage::moveAppointment);
    connect(m_view, &AgendaView::resizeRequested, this, &AgendaPage::resizeAppointment);
    connect(m_view, &AgendaView::cancelRequested, this, &AgendaPage::cancelAppointment);
    connect(m_view, &AgendaView::appointmentActivated, this, &AgendaPage::openAppointment);
    connect(m_view, &AgendaView::contextMenuRequested, this, &AgendaPage::showMenu);
    connect(m_view, &AgendaView::slotActivated, this, [this](qint64 start, const Id &staff) {
        BookingPrefill prefill;
        prefill.startsAtMsecs = start;
        prefill.staffId = staff;
        book(prefill);
    });

    m_actions = new AppointmentActions(m_store, this);
    connect(m_actions, &AppointmentActions::changed, this, &AgendaPage::afterChange);
    connect(m_actions, &AppointmentActions::failed, m_message, &FormMessage::showError);
    connect(m_actions, &AppointmentActions::succeeded, m_message, &FormMessage::showSuccess);
    connect(m_actions, &AppointmentActions::clientPageRequested, this,
            &AgendaPage::clientPageRequested);
    connect(m_actions, &AppointmentActions::checkoutRequested, this,
            &AgendaPage::checkoutRequested);

    // The side: the appointment, then its client.
    auto *side = new QWidget;
    side->setObjectName(QStringLiteral("agendaSide"));
    m_panel = new AppointmentPanel(m_model, m_actions, side);
    m_clientTitle = new QLabel(side);
    m_clientTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_clientPanel = new ClientDetailPanel(m_store, ClientDetailPanel::Layout::Compact, side);
    m_clientPanel->setTimeZone(m_model->timeZone());
    connect(m_clientPanel, &ClientDetailPanel::bookingRequested, this, &AgendaPage::book);
    m_closeSide = new QPushButton(side);
    m_closeSide->setObjectName(QStringLiteral("closeDetails"));
    m_closeSide->setFlat(true);
    connect(m_closeSide, &QPushButton::clicked, this, &AgendaPage::closeDetails);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 4, 0, 12);
    sideLayout->setSpacing(6);
    sideLayout->addWidget(m_closeSide, 0, Qt::AlignRight);
    sideLayout->addWidget(m_panel);
    sideLayout->addSpacing(4);
    auto *clientBox = new QVBoxLayout;
    clientBox->setContentsMargins(16, 0, 16, 0);
    clientBox->setSpacing(6);
    clientBox->addWidget(m_clientTitle);
    clientBox->addWidget(m_clientPanel);
    sideLayout->addLayout(clientBox);
    sideLayout->addStretch(1);
    m_side = new QScrollArea(this);
    m_side->setObjectName(QStringLiteral("editorPanel"));
    m_side->setWidget(side);
    m_side->setWidgetResizable(true);
    m_side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_side->setFixedWidth(kSideWidth);
    m_side->setVisible(false);

    QHBoxLayout *header = pageHeader(m_title, m_period);
    header->addWidget(m_new, 0, Qt::AlignBottom);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_previous);
    toolbar->addWidget(m_today);
    toolbar->addWidget(m_next);
    toolbar->addWidget(m_jump);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_day);
    toolbar->addWidget(m_week);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_staff);
    toolbar->addWidget(m_resources);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_location);
    toolbar->addStretch(1);
    toolbar->addWidget(m_undo);
    toolbar->addWidget(m_redo);

    auto *grid = new QWidget(this);
    grid->setObjectName(QStringLiteral("agendaFrame"));
    grid->setAttribute(Qt::WA_StyledBackground);
    auto *gridLayout = new QVBoxLayout(grid);
    gridLayout->setContentsMargins(1, 1, 1, 1);
    gridLayout->addWidget(m_view);

    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(grid, 1);
    body->addWidget(m_side);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);
    // Under the grid, not in the toolbar: the toolbar sets how narrow the
    // window can be, and the legend's names are long in some languages.
    layout->addWidget(m_legend);

    setTabOrder(m_view, m_previous);
    setTabOrder(m_previous, m_today);
    setTabOrder(m_today, m_next);
    setTabOrder(m_next, m_jump);
    setTabOrder(m_jump, m_day);
    setTabOrder(m_day, m_week);
    setTabOrder(m_week, m_staff);
    setTabOrder(m_staff, m_resources);
    setTabOrder(m_resources, m_location);
    setTabOrder(m_location, m_undo);
    setTabOrder(m_undo, m_redo);
    setTabOrder(m_redo, m_new);
    setFocusProxy(m_view);
}

void AgendaPage::setUpShortcuts()
{
    // Only while the focus is on this page: letters stay letters in dialogs,
    // and a hidden page's keys are free for the others.
    const auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        return shortcut;
    };
    add(QKeySequence(Qt::Key_T), &AgendaPage::today);
    add(QKeySequence(Qt::Key_D), [this] { setSpan(AgendaModel::Span::Day); });
    add(QKeySequence(Qt::Key_W), [this] { setSpan(AgendaModel::Span::Week); });
    add(QKeySequence(Qt::Key_N), &AgendaPage::newAppointment);
    add(QKeySequence(Qt::CTRL | Qt::Key_Left), &AgendaPage::previous);
    add(QKeySequence(Qt::CTRL | Qt::Key_Right), &AgendaPage::next);
    add(QKeySequence(Qt::CTRL | Qt::Key_G), &AgendaPage::jumpToDate);
    // Every binding of the platform (Ctrl+Y and Ctrl+Shift+Z both redo).
    add(QKeySequence::Undo, &AgendaPage::undo)
        ->setKeys(QKeySequence::keyBindings(QKeySequence::Undo));
    add(QKeySequence::Redo, &AgendaPage::redo)
        ->setKeys(QKeySequence::keyBindings(QKeySequence::Redo));
    // Esc from the side panel goes back to the grid (only there: in the
    // grid Esc drops a drag).
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), m_side);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this,
            [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
}

void AgendaPage::retranslate()
{
    m_title->setText(tr("Agenda"));
    m_previous->setToolTip(tr("Previous day or week (Ctrl+Left)"));
    m_previous->setAccessibleName(tr("Previous"));
    m_next->setToolTip(tr("Next day or week (Ctrl+Right)"));
    m_next->setAccessibleName(tr("Next"));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Go to today (T)"));
    m_jump->setText(tr("Go to date…"));
    m_jump->setToolTip(tr("Pick a date (Ctrl+G)"));
    m_day->setText(tr("Day"));
    m_day->setToolTip(tr("One day (D)"));
    m_week->setText(tr("Week"));
    m_week->setToolTip(tr("The whole week (W)"));
    m_staff->setText(tr("Staff"));
    m_staff->setToolTip(tr("A column per staff member"));
    m_resources->setText(tr("Resources"));
    m_resources->setToolTip(tr("A column per room, chair or other resource"));
    m_location->setAccessibleName(tr("Location"));
    m_new->setText(tr("New appointment"));
    m_new->setToolTip(tr("Book an appointment (N)"));
    m_clientTitle->setText(tr("Client"));
    m_closeSide->setText(tr("Close ×"));
    m_closeSide->setToolTip(tr("Close the details (Esc brings you back to the agenda)"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_actions->retranslate();
    updatePeriodLabel();
    updateUndoButtons();
}

void AgendaPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the blocks are worded when read
    }
    QWidget::changeEvent(event);
}

void AgendaPage::updateUndoButtons()
{
    const QUndoStack *stack = m_editor->undoStack();
    const QString undoKeys = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    const QString redoKeys = QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_undo->setToolTip(stack->canUndo() ? tr("Undo the %1 (%2)").arg(stack->undoText(), undoKeys)
                                        : tr("Undo the last move or resize (%1)").arg(undoKeys));
    m_redo->setToolTip(stack->canRedo() ? tr("Redo the %1 (%2)").arg(stack->redoText(), redoKeys)
                                        : tr("Redo what was undone (%1)").arg(redoKeys));
}

void AgendaPage::updatePeriodLabel()
{
    const QLocale locale;
    // The period asked for, at once: the grid follows when it is read.
    const QList<QDate> days = m_model->requestedDays();
    QString period;
    if (days.size() > 1)
        period = tr("%1 – %2").arg(locale.toString(days.first(), tr("d MMM", "week start")),
                                   locale.toString(days.last(), tr("d MMM yyyy", "week end")));
    else if (!days.isEmpty())
        period = locale.toString(days.first(), QLocale::LongFormat);
    const Location &location = m_model->location();
    if (location.id.isNull())
        m_period->setText(period);
    else
        m_period->setText(tr("%1 · %2 (%3)").arg(period, location.name, location.timeZoneId));
    m_day->setChecked(m_model->span() == AgendaModel::Span::Day);
    m_week->setChecked(m_model->span() == AgendaModel::Span::Week);
    m_staff->setChecked(m_model->columnKind() == AgendaModel::ColumnKind::Staff);
    m_resources->setChecked(m_model->columnKind() == AgendaModel::ColumnKind::Resources);
}

void AgendaPage::reload()
{
    // The view keeps its selection when the answer still shows it.
    m_model->reload();
    updatePeriodLabel();
}

void AgendaPage::modelReloaded()
{
    // Only the answer to the last request: an edit shown early, or an
    // answer overtaken, leaves what is pending for that one.
    if (m_model->isLoading())
        return;
    if (m_pendingCursorDay.isValid()) {
        // The cursor follows to that day, so the arrows start there.
        AgendaView::Slot cursor = m_view->slotCursor();
        cursor.day = std::max(0, m_model->dayOf(m_pendingCursorDay));
        m_pendingCursorDay = QDate();
        m_view->setSlotCursor(cursor);
    }
    if (!m_pendingSelection.isNull()) {
        const Id id = m_pendingSelection;
        m_pendingSelection = Id();
        m_view->selectAppointment(id);
    }
}

void AgendaPage::showDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_model->setDate(date);
    m_message->clear();
    m_pendingCursorDay = date;
    reload();
}

void AgendaPage::previous()
{
    showDate(m_model->date().addDays(m_model->span() == AgendaModel::Span::Week ? -7 : -1));
}

void AgendaPage::next()
{
    showDate(m_model->date().addDays(m_model->span() == AgendaModel::Span::Week ? 7 : 1));
}

void AgendaPage::today()
{
    showDate(
        QDateTime::fromMSecsSinceEpoch(m_store.clock().nowMsecsSinceEpoch(), m_model->timeZone())
            .date());
}

void AgendaPage::jumpToDate()
{
    DateJumpDialog dialog(m_model->date(), this);
    if (dialog.exec() == QDialog::Accepted)
        showDate(dialog.date());
}

void AgendaPage::setSpan(AgendaModel::Span span)
{
    // The day view shows the cursor's day, so D after arrowing to a day
    // opens that day.
    const QList<QDate> days = m_model->days();
    const int cursorDay = m_view->slotCursor().day;
    const QDate focus
        = cursorDay >= 0 && cursorDay < days.size() ? days.at(cursorDay) : m_model->date();
    m_model->setSpan(span);
    m_model->setDate(focus);
    m_pendingCursorDay = focus;
    reload();
}

void AgendaPage::setColumnKind(AgendaModel::ColumnKind kind)
{
    m_model->setColumnKind(kind);
    reload();
}

void AgendaPage::newAppointment()
{
    BookingPrefill prefill;
    const AgendaView::Slot cursor = m_view->slotCursor();
    if (!m_model->days().isEmpty()) {
        // From the cursor's slot, unless that is already in the past.
        const qint64 at = m_model->utcAt(cursor.day, cursor.minute);
        if (at > m_store.clock().nowMsecsSinceEpoch())
            prefill.startsAtMsecs = at;
        if (m_model->columnKind() == AgendaModel::ColumnKind::Staff
            && cursor.column < m_model->columns().size())
            prefill.staffId = m_model->columns().at(cursor.column).id;
    }
    book(prefill);
}

void AgendaPage::book(const BookingPrefill &prefill)
{
    if (m_model->location().id.isNull()) {
        m_message->showError(tr("Set up a location before booking appointments."));
        return;
    }
    BookingDialog dialog(m_store, m_model->location(), prefill, this);
    if (dialog.exec() != QDialog::Accepted || dialog.booked().isEmpty())
        return;
    const Appointment &first = dialog.booked().first();
    m_message->showSuccess(tr("Booked %1 on %2.", nullptr, static_cast<int>(dialog.booked().size()))
                               .arg(AppointmentWording::client(first),
                                    AppointmentWording::when(first.time, m_model->timeZone())));
    m_editor->closeHistory();
    emit changed();
    showAppointment(first.id);
}

void AgendaPage::showAppointment(const Id &appointmentId)
{
    auto found = AppointmentBook(m_store).find(appointmentId);
    if (!found)
        return;
    if (found->locationId != m_model->location().id) {
        for (int i = 0; i < m_locations.size(); ++i) {
            if (m_locations.at(i).id == found->locationId)
                m_location->setCurrentIndex(i);
        }
    }
    m_model->setDate(QDateTime::fromMSecsSinceEpoch(found->time.from, m_model->timeZone()).date());
    m_pendingSelection = appointmentId;
    reload();
    m_view->setFocus(Qt::OtherFocusReason);
}

void AgendaPage::showSelection(const Id &id)
{
    const Appointment *a = m_model->appointment(id);
    if (!a) {
        m_actions->setAppointment(std::nullopt);
        m_panel->setAppointment(std::nullopt);
        m_clientPanel->setVisible(false);
        m_clientTitle->setVisible(false);
        return;
    }
    m_actions->setAppointment(*a);
    m_panel->setAppointment(*a);
    if (!m_side->isVisible())
        return; // read when the panel opens
    if (m_clientPanel->client() != a->clientId)
        m_clientPanel->setClient(a->clientId);
    else
        m_clientPanel->reload();
    m_clientPanel->setVisible(!a->clientId.isNull());
    m_clientTitle->setVisible(!a->clientId.isNull());
}

void AgendaPage::openAppointment(const Id &id)
{
    m_view->selectAppointment(id);
    if (!m_side->isVisible()) {
        m_side->setVisible(true);
        showSelection(m_view->selectedAppointment());
    }
    m_panel->focusActions();
}

void AgendaPage::closeDetails()
{
    m_side->setVisible(false);
    m_view->setFocus(Qt::OtherFocusReason);
}

void AgendaPage::showMenu(const Id &id, const QPoint &globalPos)
{
    m_view->selectAppointment(id);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("appointmentMenu"));
    const QList<QAction *> actions = m_actions->actions();
    for (QAction *action : actions) {
        if (action == m_actions->confirmAction() || action == m_actions->cancelAction()
            || action == m_actions->notesAction())
            menu.addSeparator();
        if (action->isEnabled())
            menu.addAction(action);
    }
    menu.exec(globalPos);
}

void AgendaPage::cancelAppointment(const Id &id)
{
    m_view->selectAppointment(id);
    m_actions->cancelAppointment();
}

void AgendaPage::afterChange(const Id &select)
{
    // A status change, a cancellation, notes: not undone here, so the moves
    // before it are not either.
    m_editor->closeHistory();
    // The visit changed shows at once (one row, just written by this
    // thread), so its panel and actions follow; the rest (a cancelled
    // series) comes with the reload.
    if (auto now = AppointmentBook(m_store).find(select)) {
        m_model->showChanged(*now);
        m_view->selectAppointment(select);
    }
    m_pendingSelection = select;
    reload();
    emit changed();
}

void AgendaPage::afterEdit(const Appointment &appointment)
{
    // Where it was dropped at once; the reload confirms it and brings what
    // else moved (the rest of a series).
    m_model->showChanged(appointment);
    m_view->selectAppointment(appointment.id);
    m_pendingSelection = appointment.id;
    reload();
    emit changed();
}

void AgendaPage::moveAppointment(const Id &id, qint64 startsAtMsecs, const Id &staffId)
{
    auto current = AppointmentBook(m_store).find(id);
    if (!current) {
        m_message->showError(current.error().message);
        return;
    }
    SeriesScope scope = SeriesScope::ThisOnly;
    if (!current->seriesId.isNull()) {
        QMessageBox ask(QMessageBox::Question, tr("Move a recurring appointment"),
                        tr("Move only this appointment, or this one and the following ones of "
                           "its series?"),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("seriesScopeQuestion"));
        QPushButton *only = ask.addButton(tr("Only &this one"), QMessageBox::AcceptRole);
        QPushButton *following
            = ask.addButton(tr("This and the &following"), QMessageBox::AcceptRole);
        QPushButton *cancel = ask.addButton(QMessageBox::Cancel);
        cancel->setText(tr("Cancel"));
        ask.setDefaultButton(only);
        ask.setEscapeButton(cancel);
        ask.exec();
        if (ask.clickedButton() == following)
            scope = SeriesScope::ThisAndFollowing;
        else if (ask.clickedButton() != only) {
            reload();
            return;
        }
    }
    m_editor->move(id, startsAtMsecs, staffId, scope);
}

void AgendaPage::resizeAppointment(const Id &id, qint64 endsAtMsecs)
{
    m_editor->resize(id, endsAtMsecs);
}

void AgendaPage::undo()
{
    m_editor->undo();
}

void AgendaPage::redo()
{
    m_editor->redo();
}

} // namespace Balcao
