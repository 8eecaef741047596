// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Id.h"

#include <QDialog>

class QListWidget;

namespace Balcao {

class LocalStore;
struct Service;

// Who performed a service sold at the counter: the staff who perform it
// (everyone active when the service names nobody), the first one
// highlighted. Arrows or the first letters of a name, then Enter.
class StaffPickerDialog : public QDialog
{
    Q_OBJECT
public:
    StaffPickerDialog(LocalStore &store, const Service &service, QWidget *parent = nullptr);

    // The people to choose from, in the list's order.
    const QList<Id> &candidates() const { return m_candidates; }
    Id chosen() const;
    QListWidget *list() const { return m_list; }

private:
    QList<Id> m_candidates;
    QListWidget *m_list = nullptr;
};

} // namespace Balcao
