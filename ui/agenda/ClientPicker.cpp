// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientPicker.h"

#include "clients/ClientService.h"
#include "clients/PhoneNumber.h"

#include <QCheckBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Balcao {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

bool looksLikePhone(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral("^[+()\\d\\s.-]+$"));
    return phone.match(text.trimmed()).hasMatch();
}

} // namespace

ClientPicker::ClientPicker(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_region(ClientService::phoneRegion(store))
{
    setObjectName(QStringLiteral("clientPicker"));
    m_searchLabel = new QLabel(this);
    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &SearchField::typingPaused, this, &ClientPicker::runSearch);

    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("clientMatches"));
    m_matches->setFixedHeight(136);
    m_matches->installEventFilter(this);
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { pickRow(m_matches->row(item)); });
    connect(m_matches, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { pickRow(m_matches->row(item)); });

    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setObjectName(QStringLiteral("chosenClient"));
    m_chosenLabel->setWordWrap(true);

    m_newClient = new QCheckBox(this);
    m_newClient->setObjectName(QStringLiteral("newClientToggle"));
    connect(m_newClient, &QCheckBox::toggled, this, &ClientPicker::newClientToggled);
    m_newBox = new QWidget(this);
    m_newName = new QLineEdit(m_newBox);
    m_newName->setObjectName(QStringLiteral("newClientName"));
    m_newName->setMaxLength(ClientService::kMaxNameLength);
    m_newPhone = new QLineEdit(m_newBox);
    m_newPhone->setObjectName(QStringLiteral("newClientPhone"));
    m_newPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_nameLabel = new QLabel(m_newBox);
    m_nameLabel->setBuddy(m_newName);
    m_phoneLabel = new QLabel(m_newBox);
    m_phoneLabel->setBuddy(m_newPhone);
    connect(m_newName, &QLineEdit::textChanged, this, &ClientPicker::changed);
    connect(m_newPhone, &QLineEdit::textChanged, this, &ClientPicker::changed);
    auto *newLayout = new QVBoxLayout(m_newBox);
    newLayout->setContentsMargins(22, 0, 0, 0);
    newLayout->setSpacing(3);
    newLayout->addWidget(m_nameLabel);
    newLayout->addWidget(m_newName);
    newLayout->addWidget(m_phoneLabel);
    newLayout->addWidget(m_newPhone);
    m_newBox->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    layout->addWidget(m_chosenLabel);
    layout->addSpacing(4);
    layout->addWidget(m_newClient);
    layout->addWidget(m_newBox);
    layout->addStretch(1);
    retranslate();
    showChosen();
}

bool ClientPicker::isNewClient() const
{
    return m_newClient->isChecked();
}

ClientDraft ClientPicker::newClientDraft() const
{
    ClientDraft draft;
    draft.name = m_newName->text();
    draft.phone = m_newPhone->text();
    return draft;
}

void ClientPicker::setNewClientAllowed(bool allowed)
{
    m_newClientAllowed = allowed;
    if (!allowed)
        m_newClient->setChecked(false);
    m_newClient->setVisible(allowed);
}

void ClientPicker::setClient(const Id &clientId)
{
    m_newClient->setChecked(false);
    m_chosen = Id();
    m_chosenText.clear();
    if (!clientId.isNull()) {
        if (auto client = ClientService(m_store).find(clientId)) {
            m_chosen = client->id;
            m_chosenText = describe(*client);
        }
    }
    showChosen();
    emit changed();
}

QString ClientPicker::describe(const Client &client) const
{
    if (client.phone.isEmpty())
        return client.name;
    return tr("%1 · %2").arg(client.name, PhoneNumber::display(client.phone, m_region));
}

void ClientPicker::runSearch()
{
    m_search->cancelPending();
    m_matches->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    for (const Client &client : ClientService(m_store).list(text, kMaxMatches)) {
        auto *item = new QListWidgetItem(describe(client), m_matches);
        item->setData(kIdRole, QVariant::fromValue(client.id));
    }
    if (m_matches->count() == 0) {
        // Nobody: what was typed starts the new client.
        auto *item = new QListWidgetItem(m_newClientAllowed
                                             ? tr("No client matches. Tick “New client” below.")
                                             : tr("No client matches."),
                                         m_matches);
        item->setFlags(Qt::NoItemFlags);
        if (!m_newClient->isChecked()) {
            if (looksLikePhone(text)) {
                m_newPhone->setText(text);
                m_newName->clear();
            } else {
                m_newName->setText(text);
                m_newPhone->clear();
            }
        }
    }
}

void ClientPicker::pickRow(int row)
{
    QListWidgetItem *item = m_matches->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    setClient(item->data(kIdRole).value<Id>());
}

void ClientPicker::newClientToggled(bool on)
{
    m_newBox->setVisible(on);
    if (on) {
        m_chosen = Id();
        m_chosenText.clear();
        m_newName->setFocus();
    }
    showChosen();
    emit changed();
}

void ClientPicker::showChosen()
{
    if (m_newClient->isChecked())
        m_chosenLabel->setText(tr("A new client is created with the appointment."));
    else if (m_chosen.isNull())
        m_chosenLabel->setText(tr("No client chosen: a walk-in without a record."));
    else
        m_chosenLabel->setText(tr("Client: %1").arg(m_chosenText));
}

void ClientPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ClientPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && key->key() == Qt::Key_Down) {
            runSearch();
            if (m_matches->count() > 0 && (m_matches->item(0)->flags() & Qt::ItemIsEnabled)) {
                m_matches->setFocus();
                m_matches->setCurrentRow(0);
            }
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            // Enter picks the only or first match instead of booking.
            runSearch();
            pickRow(0);
            return true;
        }
        if (watched == m_matches && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            pickRow(m_matches->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClientPicker::retranslate()
{
    m_searchLabel->setText(tr("C&lient"));
    m_search->setPlaceholderText(tr("Search by name, phone or e-mail"));
    m_matches->setAccessibleName(tr("Matching clients"));
    m_newClient->setText(tr("Ne&w client (by phone)"));
    m_nameLabel->setText(tr("Name"));
    m_phoneLabel->setText(tr("Phone"));
    m_newName->setPlaceholderText(tr("Full name"));
    m_newPhone->setPlaceholderText(tr("e.g. 11 91234-5678"));
    showChosen();
}

} // namespace Balcao
