// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffPickerDialog.h"

#include "catalog/Service.h"
#include "staff/StaffService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Balcao {

StaffPickerDialog::StaffPickerDialog(LocalStore &store, const Service &service, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("staffPickerDialog"));
    setWindowTitle(tr("Who performed it?"));
    auto *intro = new QLabel(tr("Who performed %1?").arg(service.name), this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("staffChoices"));
    for (const StaffMember &member : StaffService(store).members()) {
        if (!member.active)
            continue;
        if (!service.staffIds.isEmpty() && !service.staffIds.contains(member.id))
            continue;
        m_candidates << member.id;
        m_list->addItem(member.displayName);
    }
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    m_list->setFocus();
}

Id StaffPickerDialog::chosen() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_candidates.size() ? m_candidates.at(row) : Id();
}

} // namespace Balcao
