// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunWizard.h"

#include "FirstRunPages.h"
#include "WizardSteps.h"

#include <QEvent>
#include <QLocale>
#include <QSysInfo>

namespace Balcao {

FirstRunWizard::FirstRunWizard(LanguageSwitcher *languages, QWidget *parent)
    : QWizard(parent)
    , m_business(new BusinessPage(languages, this))
    , m_location(new LocationPage(this))
    , m_admin(new AdminPage(this))
    , m_join(new JoinBusinessPage(this))
    , m_steps(new WizardSteps(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    // The same look on every platform (the native macOS and Vista styles
    // differ a lot), matching the user guide's screenshots; the pages draw
    // their own headings and the steps panel shows where one is.
    setWizardStyle(QWizard::ClassicStyle);
    setSideWidget(m_steps);
    // The join path has two steps: its page is the second.
    connect(this, &QWizard::currentIdChanged, m_steps,
            [this](int id) { m_steps->setCurrent(id == JoinPageId ? 1 : std::max(0, id)); });
    connect(m_business, &BusinessPage::joinChosenChanged, this, &FirstRunWizard::showSteps);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setPage(BusinessPageId, m_business);
    setPage(LocationPageId, m_location);
    setPage(AdminPageId, m_admin);
    setPage(JoinPageId, m_join);
    resize(780, 500);
    retranslate();
}

void FirstRunWizard::setJoinBusiness(JoinBusiness join)
{
    m_business->setJoinOffered(static_cast<bool>(join));
    m_join->setJoinBusiness(std::move(join));
}

bool FirstRunWizard::joinedExistingBusiness() const
{
    return m_join->hasJoined();
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case BusinessPageId:
        return m_business->joinsExistingBusiness() ? JoinPageId : LocationPageId;
    case LocationPageId:
        return AdminPageId;
    default:
        return -1; // the administrator and join pages finish the wizard
    }
}

void FirstRunWizard::reject()
{
    if (m_join->isBusy()) {
        m_join->requestCancel();
        return;
    }
    QWizard::reject();
}

void FirstRunWizard::showSteps()
{
    if (m_business->joinsExistingBusiness())
        m_steps->setSteps({ tr("Business"), tr("Server") });
    else
        m_steps->setSteps({ tr("Business"), tr("Location"), tr("Administrator") });
}

BusinessProfile FirstRunWizard::profile() const
{
    BusinessProfile profile;
    profile.businessName = field(QStringLiteral("businessName")).toString().simplified();
    profile.currencyCode = field(QStringLiteral("currency")).toString();
    profile.locale = QLocale(m_business->language()).name();
    profile.locationName = field(QStringLiteral("locationName")).toString().simplified();
    profile.timeZoneId = m_location->timeZoneId();
    profile.deviceName = QSysInfo::machineHostName();
    profile.adminName = field(QStringLiteral("adminName")).toString().simplified();
    profile.adminLogin = field(QStringLiteral("adminLogin")).toString().trimmed();
    profile.adminPassword = field(QStringLiteral("adminPassword")).toString();
    return profile;
}

bool FirstRunWizard::addSampleClients() const
{
    return field(QStringLiteral("sampleClients")).toBool();
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Set up Balcão"));
    showSteps();
    // Our own texts, so the buttons are translated even where Qt's own
    // catalogue is not installed.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Create business"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace Balcao
