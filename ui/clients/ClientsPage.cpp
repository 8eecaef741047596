// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientsPage.h"

#include "ClientDetailPanel.h"
#include "ClientListModel.h"
#include "clients/ClientService.h"
#include "clients/PhoneNumber.h"
#include "shell/DestructiveConfirmation.h"
#include "shell/FormMessage.h"
#include "shell/ListTable.h"
#include "shell/SearchListKeys.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Balcao {

namespace { } // namespace

ClientsPage::ClientsPage(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ClientListModel(store, this))
    , m_frame(this)
{
    setObjectName(QStringLiteral("clientsPage"));
    buildLayout();
    setUpShortcuts();
    retranslate();
    m_model->refresh(QString());
    updateCounts();
    newClient();
}

void ClientsPage::buildLayout()
{
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newButton"));

    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    connect(m_search, &SearchField::typingPaused, this, &ClientsPage::applySearch);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(34);
    m_table->horizontalHeader()->setSectionResizeMode(ClientListModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ClientListModel::PhoneColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ClientListModel::EmailColumn,
                                                      QHeaderView::Stretch);
    new SearchListKeys(
        m_search, m_table,
        [this] {
            m_name->setFocus();
            m_name->selectAll();
        },
        this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClientsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientsPage::updateCounts);

    // The form.
    auto *editor = new QWidget(this);
    editor->setObjectName(QStringLiteral("editorPanel"));
    editor->setAttribute(Qt::WA_StyledBackground);
    editor->setFixedWidth(380);
    m_editorTitle = new QLabel(editor);
    m_editorTitle->setObjectName(QStringLiteral("editorTitle"));
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setMaxLength(ClientService::kMaxNameLength);
    m_phone = new QLineEdit(editor);
    m_phone->setObjectName(QStringLiteral("phoneField"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = new QLineEdit(editor);
    m_email->setObjectName(QStringLiteral("emailField"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_notes = new QPlainTextEdit(editor);
    m_notes->setObjectName(QStringLiteral("notesField"));
    m_notes->setTabChangesFocus(true); // Tab leaves the notes, as in every other field
    m_notes->setMinimumHeight(90);
    m_nameLabel = new QLabel(editor);
    m_phoneLabel = new QLabel(editor);
    m_emailLabel = new QLabel(editor);
    m_notesLabel = new QLabel(editor);
    m_nameLabel->setBuddy(m_name);
    m_phoneLabel->setBuddy(m_phone);
    m_emailLabel->setBuddy(m_email);
    m_notesLabel->setBuddy(m_notes);
    m_message = new FormMessage(editor);
    m_save = new QPushButton(editor);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_delete = new QPushButton(editor);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_openPage = new QPushButton(editor);
    m_openPage->setObjectName(QStringLiteral("clientPageButton"));
    connect(m_openPage, &QPushButton::clicked, this, &ClientsPage::openClientPage);
    connect(m_new, &QPushButton::clicked, this, &ClientsPage::newClient);
    connect(m_save, &QPushButton::clicked, this, &ClientsPage::save);
    connect(m_delete, &QPushButton::clicked, this, &ClientsPage::deleteClient);
    // Enter in a one-line field saves, as in any form.
    for (QLineEdit *field : { m_name, m_phone, m_email })
        connect(field, &QLineEdit::returnPressed, this, &ClientsPage::save);

    // Labels above their fields, each on its own full-width row: long
    // translations never squeeze or clip a field.
    auto *form = new QVBoxLayout;
    form->setSpacing(4);
    const std::pair<QLabel *, QWidget *> rows[] = { { m_nameLabel, m_name },
                                                    { m_phoneLabel, m_phone },
                                                    { m_emailLabel, m_email },
                                                    { m_notesLabel, m_notes } };
    for (const auto &[label, field] : rows) {
        if (label != m_nameLabel)
            form->addSpacing(8);
        form->addWidget(label);
        form->addWidget(field, field == m_notes ? 1 : 0); // the notes take the spare height
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_openPage);
    buttons->addWidget(m_save);

    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(20, 18, 20, 18);
    editorLayout->setSpacing(12);
    editorLayout->addWidget(m_editorTitle);
    editorLayout->addLayout(form, 1);
    editorLayout->addWidget(m_message);
    editorLayout->addLayout(buttons);

    // The list and form, and the client's page in its place when opened.
    m_views = new QStackedWidget(this);
    m_listView = new QWidget(m_views);
    m_frame.layOut(m_listView, { m_new, { m_search }, m_table, editor });
    m_views->addWidget(m_listView);

    m_clientPage = new QWidget(m_views);
    m_clientPage->setObjectName(QStringLiteral("clientPage"));
    m_back = new QPushButton(m_clientPage);
    m_back->setObjectName(QStringLiteral("backToClients"));
    connect(m_back, &QPushButton::clicked, this, &ClientsPage::showList);
    m_edit = new QPushButton(m_clientPage);
    m_edit->setObjectName(QStringLiteral("editClientButton"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        showList();
        m_name->setFocus(Qt::OtherFocusReason);
        m_name->selectAll();
    });
    m_panel = new ClientDetailPanel(m_store, ClientDetailPanel::Layout::Wide, m_clientPage);
    connect(m_panel, &ClientDetailPanel::bookingRequested, this, &ClientsPage::bookingRequested);
    connect(m_panel, &ClientDetailPanel::saleRequested, this, &ClientsPage::saleRequested);
    connect(m_panel, &ClientDetailPanel::checkoutRequested, this, &ClientsPage::checkoutRequested);
    auto *pageButtons = new QHBoxLayout;
    pageButtons->addWidget(m_back);
    pageButtons->addStretch(1);
    pageButtons->addWidget(m_edit);
    auto *pageLayout = new QVBoxLayout(m_clientPage);
    pageLayout->setContentsMargins(28, 18, 28, 20);
    pageLayout->setSpacing(14);
    pageLayout->addLayout(pageButtons);
    pageLayout->addWidget(m_panel, 1);
    m_views->addWidget(m_clientPage);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_views);

    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_name);
    setTabOrder(m_name, m_phone);
    setTabOrder(m_phone, m_email);
    setTabOrder(m_email, m_notes);
    setTabOrder(m_notes, m_save);
    setTabOrder(m_save, m_delete);
    setTabOrder(m_delete, m_openPage);
    setTabOrder(m_openPage, m_new);
    connect(m_table, &QTableView::doubleClicked, this, &ClientsPage::openClientPage);
}

void ClientsPage::setUpShortcuts()
{
    // Window-wide, so they work wherever the focus is on the page; a hidden
    // page's shortcuts are inactive, so other pages can reuse the keys.
    auto *newShortcut = new QShortcut(QKeySequence::New, this, this, &ClientsPage::newClient);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this, this, &ClientsPage::save);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this, this, &ClientsPage::focusSearch);
    for (QShortcut *shortcut : { newShortcut, saveShortcut, findShortcut })
        shortcut->setContext(Qt::WindowShortcut);
    // Only in the list: in a text field Delete deletes a character.
    auto *deleteShortcut
        = new QShortcut(QKeySequence::Delete, m_table, this, &ClientsPage::deleteClient);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    // Ctrl+I ("information") opens the client's page; Esc there goes back.
    auto *openShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), m_listView, this,
                                       &ClientsPage::openClientPage);
    openShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto *backShortcut
        = new QShortcut(QKeySequence(Qt::Key_Escape), m_clientPage, this, &ClientsPage::showList);
    backShortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

void ClientsPage::retranslate()
{
    m_frame.title()->setText(tr("Clients"));
    m_new->setText(tr("&New client"));
    m_new->setToolTip(tr("Start a new client (%1)")
                          .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_search->setPlaceholderText(
        tr("Search by name, phone or e-mail (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setAccessibleName(tr("Search clients"));
    m_table->setAccessibleName(tr("Clients"));
    m_nameLabel->setText(tr("Na&me"));
    m_phoneLabel->setText(tr("&Phone"));
    m_emailLabel->setText(tr("&E-mail"));
    m_notesLabel->setText(tr("N&otes"));
    m_name->setPlaceholderText(tr("Full name"));
    m_phone->setPlaceholderText(tr("e.g. +55 11 91234-5678"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_notes->setPlaceholderText(tr("Preferences, allergies, anything the team should know"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(
        tr("Save the client (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_delete->setText(tr("&Delete…"));
    m_delete->setToolTip(tr("Delete the client (Del in the list)"));
    m_openPage->setText(tr("Client &page"));
    m_openPage->setToolTip(tr("History and metrics of the client (Ctrl+I)"));
    m_back->setText(tr("← &Back to clients"));
    m_back->setToolTip(tr("Back to the list (Esc)"));
    m_edit->setText(tr("&Edit details"));
    m_editorTitle->setText(m_editing.isNull() ? tr("New client") : tr("Edit client"));
    m_model->retranslate();
    updateCounts();
}

void ClientsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClientsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ClientsPage::reload()
{
    applySearch();
    if (isShowingClientPage())
        m_panel->reload();
}

bool ClientsPage::isShowingClientPage() const
{
    return m_views->currentWidget() == m_clientPage;
}

void ClientsPage::showClient(const Id &clientId)
{
    auto client = ClientService(m_store).find(clientId);
    if (!client)
        return;
    // The form follows, so "Edit details" edits this client.
    select(clientId);
    loadForm(client->id, client->name, client->phone, client->email, client->notes);
    m_message->clear();
    m_panel->setClient(clientId);
    m_views->setCurrentWidget(m_clientPage);
    m_back->setFocus(Qt::OtherFocusReason);
}

void ClientsPage::openClientPage()
{
    if (!m_editing.isNull())
        showClient(m_editing);
}

void ClientsPage::showList()
{
    m_views->setCurrentWidget(m_listView);
    if (m_table->currentIndex().isValid())
        m_table->setFocus(Qt::OtherFocusReason);
    else
        m_search->setFocus(Qt::OtherFocusReason);
}

void ClientsPage::applySearch()
{
    m_search->cancelPending();
    const Id keep = m_editing;
    m_model->refresh(m_search->text());
    // Keep the client being edited selected if it still matches; the form
    // itself is never cleared by a search, so no typing is lost.
    if (!keep.isNull())
        select(keep);
}

void ClientsPage::showSelected()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Client &client = m_model->clientAt(current.row());
    loadForm(client.id, client.name, client.phone, client.email, client.notes);
    m_message->clear();
}

void ClientsPage::loadForm(const Id &id, const QString &name, const QString &phone,
                           const QString &email, const QString &notes)
{
    m_editing = id;
    m_name->setText(name);
    // As people write it here; saving normalises it back to the same number.
    m_phone->setText(PhoneNumber::display(phone, ClientService::phoneRegion(m_store)));
    m_email->setText(email);
    m_notes->setPlainText(notes);
    m_delete->setEnabled(!id.isNull());
    m_openPage->setEnabled(!id.isNull());
    m_editorTitle->setText(id.isNull() ? tr("New client") : tr("Edit client"));
}

void ClientsPage::select(const Id &id)
{
    const int row = m_model->rowOf(id);
    m_selecting = true;
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }
    m_selecting = false;
}

void ClientsPage::newClient()
{
    select(Id());
    loadForm(Id(), QString(), QString(), QString(), QString());
    m_message->clear();
    m_name->setFocus(Qt::ShortcutFocusReason);
}

void ClientsPage::save()
{
    ClientDraft draft;
    draft.name = m_name->text();
    draft.phone = m_phone->text();
    draft.email = m_email->text();
    draft.notes = m_notes->toPlainText();
    ClientService clients(m_store);
    auto saved = m_editing.isNull() ? clients.create(draft) : clients.update(m_editing, draft);
    if (!saved) {
        m_message->showError(saved.error().message);
        focusFieldFor(saved.error());
        return;
    }
    const bool created = m_editing.isNull();
    m_model->reload();
    // The form shows what was stored (names tidied, phones normalised).
    loadForm(saved->id, saved->name, saved->phone, saved->email, saved->notes);
    select(saved->id);
    m_message->showSuccess(created ? tr("Added %1.").arg(saved->name)
                                   : tr("Saved %1.").arg(saved->name));
    emit clientsChanged();
}

void ClientsPage::deleteClient()
{
    if (m_editing.isNull())
        return;
    const QString name = m_name->text().simplified();
    const DestructiveConfirmation confirm {
        tr("Delete client"),
        tr("Delete %1? The client disappears from lists on every computer of the business.")
            .arg(name),
        tr("Delete"),
        {}
    };
    if (!confirm.ask(this, QStringLiteral("confirmDelete")))
        return;
    if (auto removed = ClientService(m_store).remove(m_editing); !removed) {
        m_message->showError(removed.error().message);
        return;
    }
    m_model->reload();
    newClient();
    m_message->showSuccess(tr("Deleted %1.").arg(name));
    emit clientsChanged();
}

void ClientsPage::focusFieldFor(const Error &error)
{
    QWidget *field = nullptr;
    if (error.code.startsWith(QLatin1String("client.name")))
        field = m_name;
    else if (error.code.startsWith(QLatin1String("client.phone")))
        field = m_phone;
    else if (error.code.startsWith(QLatin1String("client.email")))
        field = m_email;
    else if (error.code.startsWith(QLatin1String("client.notes")))
        field = m_notes;
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void ClientsPage::updateCounts()
{
    const auto counted = ClientService(m_store).count();
    const int total = counted ? *counted : 0;
    m_frame.subtitle()->setText(counted ? tr("%n client(s)", nullptr, total) : QString());
    QString hint;
    if (!counted)
        hint = counted.error().message;
    else if (m_model->isTruncated())
        hint = tr("Showing the first %1 matches. Type more of a name, phone or e-mail to narrow "
                  "the list.")
                   .arg(QLocale().toString(m_model->limit()));
    else if (m_model->rowCount() == 0 && !m_model->search().isEmpty())
        hint = tr("No client matches “%1”.").arg(m_model->search());
    else if (total == 0)
        hint = tr("No clients yet. Press %1 to add the first one.")
                   .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    m_frame.setHint(hint);
}

} // namespace Balcao
