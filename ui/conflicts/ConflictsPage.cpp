// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsPage.h"

#include "ConflictListModel.h"
#include "ConflictWording.h"
#include "conflicts/ConflictInbox.h"
#include "shell/DestructiveConfirmation.h"
#include "shell/FormMessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Balcao {

ConflictsPage::ConflictsPage(LocalStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ConflictListModel(store, this))
{
    setObjectName(QStringLiteral("conflictsPage"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(4);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsPage::showSelected);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("editorPanel"));
    m_detail->setAttribute(Qt::WA_StyledBackground);
    m_detail->setFixedWidth(400);
    m_detailTitle = new QLabel(m_detail);
    m_detailTitle->setObjectName(QStringLiteral("editorTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailText = new QLabel(m_detail);
    m_detailText->setObjectName(QStringLiteral("conflictDetails"));
    m_detailText->setWordWrap(true);
    m_detailText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new FormMessage(m_detail);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(18, 16, 18, 16);
    detailLayout->setSpacing(12);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailText);
    m_buttons = new QVBoxLayout;
    m_buttons->setSpacing(8);
    detailLayout->addLayout(m_buttons);
    detailLayout->addWidget(m_message);
    detailLayout->addStretch(1);

    auto *content = new QHBoxLayout;
    content->setSpacing(16);
    content->addWidget(m_list, 1);
    content->addWidget(m_empty, 1);
    content->addWidget(m_detail);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addLayout(content, 1);

    retranslate();
    refresh();
}

int ConflictsPage::count() const
{
    return m_model->rowCount();
}

void ConflictsPage::refresh()
{
    // Keep the conflict being read selected when a sync round reloads.
    const int current = m_list->currentIndex().row();
    const Id selected = current >= 0 ? m_model->conflictAt(current).id : Id();
    m_model->reload();
    const int row = selected.isNull() ? -1 : m_model->rowOf(selected);
    m_list->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    const bool any = m_model->rowCount() > 0;
    m_list->setVisible(any);
    m_empty->setVisible(!any);
    showSelected();
    if (count() != m_lastCount) {
        m_lastCount = count();
        emit countChanged(m_lastCount);
    }
}

void ConflictsPage::resolve(const QString &resolution)
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    // A copy: a sync round ending while the question is open reloads the model.
    const Conflict conflict = m_model->conflictAt(row);
    if (auto question = ConflictWording::confirmation(conflict, resolution);
        question && !confirm(*question))
        return;
    const Id id = conflict.id;
    if (auto resolved = ConflictInbox(m_store).resolve(id, resolution, m_userId); !resolved) {
        m_message->showError(resolved.error().message);
        return;
    }
    m_message->clear();
    refresh();
    emit conflictResolved();
}

bool ConflictsPage::confirm(const ConflictWording::Confirmation &question)
{
    const DestructiveConfirmation confirmation { question.title, question.question,
                                                 question.confirmButton, question.details };
    return confirmation.ask(this, QStringLiteral("confirmResolution"));
}

void ConflictsPage::showSelected()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int row = m_list->currentIndex().row();
    m_detail->setVisible(row >= 0);
    if (row < 0)
        return;
    m_message->clear();
    const Conflict &conflict = m_model->conflictAt(row);
    m_detailTitle->setText(ConflictWording::title(conflict));
    m_detailText->setText(ConflictWording::details(conflict));
    for (const QString &resolution : ConflictInbox(m_store).resolutions(conflict)) {
        auto *button = new QPushButton(ConflictWording::resolution(conflict, resolution), m_detail);
        button->setObjectName(QStringLiteral("resolution"));
        button->setProperty("resolution", resolution);
        connect(button, &QPushButton::clicked, this, [this, resolution] { resolve(resolution); });
        m_buttons->addWidget(button);
    }
}

void ConflictsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // the titles and buttons are worded by the model and ConflictWording
    }
    QWidget::changeEvent(event);
}

void ConflictsPage::retranslate()
{
    m_title->setText(tr("Conflicts"));
    m_subtitle->setText(tr("Work done apart on several terminals that needs a person to decide. "
                           "A resolution made here reaches every terminal."));
    m_empty->setText(tr("No conflicts to resolve."));
    m_list->setAccessibleName(tr("Open conflicts"));
}

} // namespace Balcao
