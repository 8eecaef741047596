// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConflictWording.h"
#include "common/Id.h"

#include <QWidget>

class QLabel;
class QListView;
class QVBoxLayout;

namespace Balcao {

class ConflictListModel;
class FormMessage;
class LocalStore;

// The conflict inbox: what merging work done apart on several terminals left
// for a person to decide, each with its facts in words and one button per
// resolution. ConflictInbox decides and writes the resolution (as synced
// changes, so the other terminals see it resolved too); the page only shows
// its translated errors.
class ConflictsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPage(LocalStore &store, QWidget *parent = nullptr);

    ConflictListModel *model() const { return m_model; }
    // Who resolves, recorded with the resolution.
    void setUser(const Id &userId) { m_userId = userId; }
    // The number of open conflicts shown.
    int count() const;

public slots:
    // Re-reads the inbox (after a sync round brought or cleared conflicts).
    void refresh();
    void resolve(const QString &resolution);

signals:
    // A conflict was resolved here (the status bar recounts).
    void conflictResolved();
    void countChanged(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSelected();
    // Asks before a resolution that deletes; true when the person confirmed.
    bool confirm(const ConflictWording::Confirmation &question);

    LocalStore &m_store;
    ConflictListModel *m_model = nullptr;
    Id m_userId;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailText = nullptr;
    QVBoxLayout *m_buttons = nullptr;
    FormMessage *m_message = nullptr;
    int m_lastCount = -1;
};

} // namespace Balcao
