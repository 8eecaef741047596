// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JoinAnswers.h"
#include "sync/EnrolmentFields.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Balcao {

class FormMessage;
class LanguageSwitcher;
class TimeZoneChooser;

// The pages of the first-run wizard. Each one checks its own fields
// with the core's rules before the wizard moves on, so that nothing is
// written until every answer is known to be accepted. Each page draws its
// own heading (QWizard's title area cannot be styled) as "pageTitle" and
// "pageSubtitle" labels, like the main window's pages.

// Business name, currency and language. Choosing a language switches the
// wizard (and the app) to it at once. When the wizard can join an existing
// business, the page also offers that instead; a join needs no name or
// currency (they come from the server), so those are disabled for it.
class BusinessPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BusinessPage(LanguageSwitcher *languages, QWidget *parent = nullptr);
    QString language() const;
    void setJoinOffered(bool offered);
    bool joinsExistingBusiness() const;
    bool isComplete() const override;

signals:
    void joinChosenChanged(bool join);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateChoice();
    LanguageSwitcher *m_languages;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_language = nullptr;
    // After the form, so the name keeps the first focus: a new business is
    // the usual case.
    QWidget *m_choice = nullptr;
    QCheckBox *m_joinBusiness = nullptr;
    QLabel *m_joinHint = nullptr;
};

// The first location and its time zone.
class LocationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LocationPage(QWidget *parent = nullptr);
    QString timeZoneId() const;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QLabel *m_zoneHint = nullptr;
    QLineEdit *m_name = nullptr;
    TimeZoneChooser *m_zone = nullptr;
    FormMessage *m_message = nullptr;
};

// The first administrator, and whether to add sample clients.
class AdminPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AdminPage(QWidget *parent = nullptr);
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_sampleClients = nullptr;
    FormMessage *m_message = nullptr;
};

// The first-run wizard's page for a computer that joins a business already
// on a sync server: the server's address, the one-time enrolment code and
// this terminal's name. Finishing the wizard runs the join (see JoinBusiness)
// while the page shows what it is doing; errors appear under the form, which
// stays open to correct them. The join waits on the network in nested event
// loops, like the Connect dialog, so the window keeps painting and its
// Cancel button stays live: the wizard passes Cancel, Esc and closing the
// window to requestCancel() while the page is busy.
class JoinBusinessPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit JoinBusinessPage(QWidget *parent = nullptr);

    void setJoinBusiness(JoinBusiness join) { m_join = std::move(join); }
    bool isBusy() const { return m_busy; }
    bool hasJoined() const { return m_joined; }
    // Stops the join at its next exchange with the server; what it made is
    // removed.
    void requestCancel();

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    bool showProgress(TerminalEnrolment::Step step, int rowsReceived);
    void setBusy(bool busy);
    void retranslate();

    JoinBusiness m_join;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    EnrolmentFields m_fields;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    FormMessage *m_message = nullptr;
    bool m_busy = false;
    bool m_cancelRequested = false;
    bool m_joined = false;
};

} // namespace Balcao
