// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunPages.h"

#include "TimeZoneChooser.h"
#include "locations/LocationService.h"
#include "shell/FormMessage.h"
#include "shell/LanguageSwitcher.h"
#include "staff/StaffService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QWizard>

namespace Balcao {

namespace {

// The currencies offered first: Latin America (the first markets) and the
// big ones. Any ISO 4217 code works in the core; this is just the list.
const char *const kCurrencyCodes[] = { "BRL", "ARS", "CLP", "COP", "MXN", "PEN", "PYG", "UYU",
                                       "USD", "CAD", "EUR", "GBP", "CHF", "AUD", "JPY" };

QString currencyName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        { QStringLiteral("BRL"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Brazilian real") },
        { QStringLiteral("ARS"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Argentine peso") },
        { QStringLiteral("CLP"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Chilean peso") },
        { QStringLiteral("COP"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Colombian peso") },
        { QStringLiteral("MXN"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Mexican peso") },
        { QStringLiteral("PEN"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Peruvian sol") },
        { QStringLiteral("PYG"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Paraguayan guaraní") },
        { QStringLiteral("UYU"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Uruguayan peso") },
        { QStringLiteral("USD"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "US dollar") },
        { QStringLiteral("CAD"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Canadian dollar") },
        { QStringLiteral("EUR"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Euro") },
        { QStringLiteral("GBP"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Pound sterling") },
        { QStringLiteral("CHF"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Swiss franc") },
        { QStringLiteral("AUD"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Australian dollar") },
        { QStringLiteral("JPY"), QT_TRANSLATE_NOOP("Balcao::BusinessPage", "Japanese yen") },
    };
    return QCoreApplication::translate("Balcao::BusinessPage", names.value(code));
}

// The page's heading above its form.
QVBoxLayout *pageLayout(QWizardPage *page, QLabel *title, QLabel *subtitle)
{
    title->setObjectName(QStringLiteral("pageTitle"));
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    subtitle->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 4, 12, 0);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(18);
    return layout;
}

QFormLayout *makeForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(16);
    return form;
}

} // namespace

// --- BusinessPage -----------------------------------------------------------

BusinessPage::BusinessPage(LanguageSwitcher *languages, QWidget *parent)
    : QWizardPage(parent)
    , m_languages(languages)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_currencyLabel(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_choice(new QWidget(this))
    , m_joinBusiness(new QCheckBox(m_choice))
    , m_joinHint(new QLabel(m_choice))
{
    setObjectName(QStringLiteral("businessPage"));
    m_name->setObjectName(QStringLiteral("businessNameField"));
    m_currency->setObjectName(QStringLiteral("currencyField"));
    m_language->setObjectName(QStringLiteral("languageField"));
    m_nameLabel->setBuddy(m_name);
    m_currencyLabel->setBuddy(m_currency);
    m_languageLabel->setBuddy(m_language);

    for (const char *code : kCurrencyCodes)
        m_currency->addItem(QString(), QString::fromLatin1(code));
    // The system's own currency when it is in the list, else the first market's.
    const int systemCurrency
        = m_currency->findData(QLocale::system().currencySymbol(QLocale::CurrencyIsoCode));
    m_currency->setCurrentIndex(systemCurrency >= 0 ? systemCurrency : 0);

    const QStringList languageCodes
        = languages ? languages->languages() : QStringList { QStringLiteral("en") };
    for (const QString &code : languageCodes)
        m_language->addItem(LanguageSwitcher::displayName(code), code);
    if (languages) {
        m_language->setCurrentIndex(std::max(0, m_language->findData(languages->current())));
        connect(m_language, &QComboBox::currentIndexChanged, this,
                [this] { m_languages->switchTo(m_language->currentData().toString()); });
    }

    // Not a mandatory field ("*"): a join needs no name; isComplete() decides.
    registerField(QStringLiteral("businessName"), m_name);
    registerField(QStringLiteral("currency"), m_currency, "currentData");
    registerField(QStringLiteral("language"), m_language, "currentData");
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    m_joinBusiness->setObjectName(QStringLiteral("joinBusinessChoice"));
    m_joinHint->setObjectName(QStringLiteral("fieldHint"));
    m_joinHint->setWordWrap(true);
    connect(m_joinBusiness, &QCheckBox::toggled, this, &BusinessPage::updateChoice);
    auto *choiceLayout = new QVBoxLayout(m_choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->setSpacing(4);
    choiceLayout->addWidget(m_joinBusiness);
    choiceLayout->addWidget(m_joinHint);
    m_choice->hide(); // until the wizard can join (setJoinOffered)

    auto *form = makeForm();
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_currencyLabel, m_currency);
    form->addRow(m_languageLabel, m_language);
    auto *layout = pageLayout(this, m_title, m_subtitle);
    layout->addLayout(form);
    layout->addSpacing(24);
    layout->addWidget(m_choice);
    layout->addStretch(1);
    retranslate();
}

void BusinessPage::setJoinOffered(bool offered)
{
    m_choice->setVisible(offered);
    if (!offered)
        m_joinBusiness->setChecked(false);
}

bool BusinessPage::joinsExistingBusiness() const
{
    return m_joinBusiness->isChecked();
}

bool BusinessPage::isComplete() const
{
    return joinsExistingBusiness() || !m_name->text().trimmed().isEmpty();
}

void BusinessPage::updateChoice()
{
    const bool join = joinsExistingBusiness();
    // The business's name and currency come from the server when joining.
    for (QWidget *widget :
         { static_cast<QWidget *>(m_nameLabel), static_cast<QWidget *>(m_name),
           static_cast<QWidget *>(m_currencyLabel), static_cast<QWidget *>(m_currency) })
        widget->setEnabled(!join);
    emit completeChanged();
    emit joinChosenChanged(join);
}

QString BusinessPage::language() const
{
    return m_language->currentData().toString();
}

void BusinessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void BusinessPage::retranslate()
{
    m_title->setText(tr("Welcome to Balcão"));
    m_subtitle->setText(
        tr("Three short steps set up this computer for your business. Everything stays on this "
           "computer, encrypted."));
    m_joinBusiness->setText(tr("&Join an existing business instead"));
    m_joinHint->setText(tr("When another computer of the business already uses Balcão with a "
                           "sync server: this one then gets the clients, the team and the "
                           "settings from there, with an enrolment code from your "
                           "administrator."));
    m_nameLabel->setText(tr("&Business name:"));
    m_name->setPlaceholderText(tr("e.g. Studio Bella Hair"));
    m_currencyLabel->setText(tr("&Currency:"));
    for (int i = 0; i < m_currency->count(); ++i) {
        const QString code = m_currency->itemData(i).toString();
        m_currency->setItemText(i, QStringLiteral("%1 – %2").arg(code, currencyName(code)));
    }
    m_languageLabel->setText(tr("&Language:"));
}

// --- LocationPage -----------------------------------------------------------

LocationPage::LocationPage(QWidget *parent)
    : QWizardPage(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_zoneLabel(new QLabel(this))
    , m_zoneHint(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_zone(new TimeZoneChooser(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("locationPage"));
    m_name->setObjectName(QStringLiteral("locationNameField"));
    m_nameLabel->setBuddy(m_name);
    m_zoneLabel->setBuddy(m_zone);
    m_zoneHint->setWordWrap(true);
    m_zoneHint->setObjectName(QStringLiteral("fieldHint"));

    // The computer's zone is nearly always the location's.
    const QString systemZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_zone->setTimeZoneId(LocationService::checkTimeZone(systemZone)
                                  && systemZone.contains(QLatin1Char('/'))
                              ? systemZone
                              : QStringLiteral("America/Sao_Paulo"));

    registerField(QStringLiteral("locationName*"), m_name);

    auto *form = makeForm();
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(QString(), m_zoneHint);
    auto *layout = pageLayout(this, m_title, m_subtitle);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    retranslate();
}

QString LocationPage::timeZoneId() const
{
    return m_zone->timeZoneId();
}

bool LocationPage::validatePage()
{
    if (auto zone = LocationService::checkTimeZone(m_zone->timeZoneId()); !zone) {
        m_message->showError(zone.error().message);
        m_zone->setFocus();
        return false;
    }
    m_message->clear();
    return true;
}

void LocationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void LocationPage::retranslate()
{
    m_title->setText(tr("Your first location"));
    m_subtitle->setText(tr("Where this computer is. More locations can be added later."));
    m_nameLabel->setText(tr("Location &name:"));
    m_name->setPlaceholderText(tr("e.g. Downtown"));
    m_zoneLabel->setText(tr("&Time zone:"));
    m_zoneHint->setText(
        tr("Type part of a city to search, e.g. \"Paulo\" or \"Lisbon\". Appointments are "
           "shown in this time zone."));
}

// --- AdminPage --------------------------------------------------------------

AdminPage::AdminPage(QWidget *parent)
    : QWizardPage(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_loginLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_confirmLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_sampleClients(new QCheckBox(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("adminPage"));
    m_name->setObjectName(QStringLiteral("adminNameField"));
    m_login->setObjectName(QStringLiteral("adminLoginField"));
    m_password->setObjectName(QStringLiteral("adminPasswordField"));
    m_confirm->setObjectName(QStringLiteral("adminConfirmField"));
    m_sampleClients->setObjectName(QStringLiteral("sampleClientsField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_nameLabel->setBuddy(m_name);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);

    registerField(QStringLiteral("adminName*"), m_name);
    registerField(QStringLiteral("adminLogin*"), m_login);
    registerField(QStringLiteral("adminPassword*"), m_password);
    registerField(QStringLiteral("adminConfirm*"), m_confirm);
    registerField(QStringLiteral("sampleClients"), m_sampleClients);

    auto *form = makeForm();
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, m_confirm);
    auto *layout = pageLayout(this, m_title, m_subtitle);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addSpacing(12);
    layout->addWidget(m_sampleClients);
    layout->addStretch(1);
    retranslate();
}

bool AdminPage::validatePage()
{
    if (auto login = StaffService::cleanLogin(m_login->text()); !login) {
        m_message->showError(login.error().message);
        m_login->setFocus();
        return false;
    }
    if (auto strong = StaffService::checkPassword(m_password->text()); !strong) {
        m_message->showError(strong.error().message);
        m_password->setFocus();
        return false;
    }
    if (m_confirm->text() != m_password->text()) {
        m_message->showError(
            tr("The two passwords are different. Type the same password in both fields."));
        m_confirm->setFocus();
        m_confirm->selectAll();
        return false;
    }
    m_message->clear();
    return true;
}

void AdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void AdminPage::retranslate()
{
    m_title->setText(tr("Your administrator account"));
    m_subtitle->setText(
        tr("You sign in with this account. It can add the rest of the team later."));
    m_nameLabel->setText(tr("Your &name:"));
    m_loginLabel->setText(tr("L&ogin:"));
    m_login->setPlaceholderText(tr("e.g. maria"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setPlaceholderText(
        tr("At least %n character(s)", nullptr, StaffService::kMinimumPasswordLength));
    m_confirmLabel->setText(tr("&Repeat password:"));
    m_sampleClients->setText(
        tr("Add &sample data: clients, staff, services, products and this week's appointments"));
}

// --- JoinBusinessPage -------------------------------------------------------

JoinBusinessPage::JoinBusinessPage(QWidget *parent)
    : QWizardPage(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_fields(this)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("joinPage"));
    m_progress->setObjectName(QStringLiteral("joinProgress"));
    m_progress->setRange(0, 0); // the server does not say how much is coming: "busy"
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("joinStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    connect(m_fields.server(), &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_fields.code(), &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    auto *form = makeForm();
    m_fields.addTo(form);
    auto *layout = pageLayout(this, m_title, m_subtitle);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addStretch(1);
    retranslate();
}

bool JoinBusinessPage::isComplete() const
{
    return !m_busy && !m_fields.server()->text().trimmed().isEmpty()
        && !m_fields.code()->text().trimmed().isEmpty();
}

void JoinBusinessPage::requestCancel()
{
    if (!m_busy)
        return;
    m_cancelRequested = true;
    m_status->setText(tr("Cancelling…"));
}

bool JoinBusinessPage::validatePage()
{
    if (m_joined)
        return true;
    if (m_busy || !m_join)
        return false;
    m_message->clear();
    m_cancelRequested = false;
    setBusy(true);
    const auto joined = m_join(
        JoinAnswers { m_fields.server()->text(), m_fields.code()->text(),
                      m_fields.deviceName()->text().trimmed() },
        [this](TerminalEnrolment::Step step, int rows) { return showProgress(step, rows); });
    setBusy(false);
    if (joined) {
        m_joined = true;
        return true;
    }
    if (m_cancelRequested) {
        m_message->showError(tr("Cancelled. Nothing was kept on this computer."));
        return false;
    }
    m_message->showError(joined.error().message);
    // The field to correct: the address when no server was reached there.
    static const QStringList serverErrors { QStringLiteral("sync.badServer"),
                                            QStringLiteral("sync.unreachable"),
                                            QStringLiteral("sync.notAServer") };
    QLineEdit *field
        = serverErrors.contains(joined.error().code) ? m_fields.server() : m_fields.code();
    field->setFocus();
    field->selectAll();
    return false;
}

bool JoinBusinessPage::showProgress(TerminalEnrolment::Step step, int rowsReceived)
{
    if (m_cancelRequested)
        return false;
    switch (step) {
    case TerminalEnrolment::Step::Enrolling:
        m_status->setText(tr("Connecting to the server…"));
        break;
    case TerminalEnrolment::Step::Receiving:
        m_status->setText(
            tr("Receiving the business's data: %Ln record(s) so far…", nullptr, rowsReceived));
        break;
    case TerminalEnrolment::Step::CatchingUp:
        m_status->setText(tr("Catching up with the latest changes…"));
        break;
    }
    return true;
}

void JoinBusinessPage::setBusy(bool busy)
{
    m_busy = busy;
    m_fields.setEnabled(!busy);
    m_progress->setVisible(busy);
    m_status->setVisible(busy);
    m_status->setText(busy ? tr("Creating this computer's encrypted database…") : QString());
    emit completeChanged(); // Finish is off while busy
    // Cancel stays: it stops the join. Back would leave a page that is busy.
    if (wizard())
        wizard()->button(QWizard::BackButton)->setEnabled(!busy);
}

void JoinBusinessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void JoinBusinessPage::retranslate()
{
    m_title->setText(tr("Join an existing business"));
    m_subtitle->setText(
        tr("This computer becomes one more terminal of a business that already uses a sync "
           "server, and receives its clients, team and settings. Ask your administrator for the "
           "server address and a one-time enrolment code."));
    m_fields.retranslate();
    setButtonText(QWizard::FinishButton, tr("&Join business"));
}

} // namespace Balcao
