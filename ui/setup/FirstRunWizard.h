// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/BusinessSetup.h"

#include <QWizard>

namespace Balcao {

class AdminPage;
class BusinessPage;
class LanguageSwitcher;
class LocationPage;
class WizardSteps;

// The questions of the very first start: the business, its first location,
// and the first administrator. It only collects answers (checked by the
// core's rules page by page); AppStartup creates the database from them.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { BusinessPageId, LocationPageId, AdminPageId };

    // With `languages`, the wizard's language choice switches the app live.
    explicit FirstRunWizard(LanguageSwitcher *languages, QWidget *parent = nullptr);

    BusinessProfile profile() const;
    bool addSampleClients() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    BusinessPage *m_business = nullptr;
    LocationPage *m_location = nullptr;
    AdminPage *m_admin = nullptr;
    WizardSteps *m_steps = nullptr;
};

} // namespace Balcao
