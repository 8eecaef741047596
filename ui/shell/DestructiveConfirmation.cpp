// SPDX-License-Identifier: GPL-3.0-or-later
#include "DestructiveConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Balcao {

bool DestructiveConfirmation::ask(QWidget *parent, const QString &objectName) const
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    box.setInformativeText(details);
    QPushButton *yes = box.addButton(confirmButton, QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    // Qt's own translations are not loaded: the standard button says it in ours.
    no->setText(tr("Cancel"));
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace Balcao
