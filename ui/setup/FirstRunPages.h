// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Balcao {

class FormMessage;
class LanguageSwitcher;
class TimeZoneChooser;

// The three pages of the first-run wizard. Each one checks its own fields
// with the core's rules before the wizard moves on, so that nothing is
// written until every answer is known to be accepted. Each page draws its
// own heading (QWizard's title area cannot be styled) as "pageTitle" and
// "pageSubtitle" labels, like the main window's pages.

// Business name, currency and language. Choosing a language switches the
// wizard (and the app) to it at once.
class BusinessPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BusinessPage(LanguageSwitcher *languages, QWidget *parent = nullptr);
    QString language() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    LanguageSwitcher *m_languages;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_language = nullptr;
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

} // namespace Balcao
