// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JoinAnswers.h"
#include "settings/BusinessSetup.h"

#include <QWizard>

namespace Balcao {

class AdminPage;
class BusinessPage;
class JoinBusinessPage;
class LanguageSwitcher;
class LocationPage;
class WizardSteps;

// The questions of the very first start: the business, its first location,
// and the first administrator. It only collects answers (checked by the
// core's rules page by page); AppStartup creates the database from them.
// Given a JoinBusiness, it also offers to join an existing business instead:
// then its last page runs the join it was given.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { BusinessPageId, LocationPageId, AdminPageId, JoinPageId };

    // With `languages`, the wizard's language choice switches the app live.
    explicit FirstRunWizard(LanguageSwitcher *languages, QWidget *parent = nullptr);

    void setJoinBusiness(JoinBusiness join);
    // Accepted after joining an existing business: nothing to set up.
    bool joinedExistingBusiness() const;
    BusinessProfile profile() const;
    bool addSampleClients() const;

    int nextId() const override;

public slots:
    // While a join runs, Cancel, Esc and closing the window stop the join
    // (and the wizard stays open); otherwise they close the wizard.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSteps();
    BusinessPage *m_business = nullptr;
    LocationPage *m_location = nullptr;
    AdminPage *m_admin = nullptr;
    JoinBusinessPage *m_join = nullptr;
    WizardSteps *m_steps = nullptr;
};

} // namespace Balcao
