// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolmentFields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>

namespace Balcao {

EnrolmentFields::EnrolmentFields(QWidget *parent)
    : m_serverLabel(new QLabel(parent))
    , m_codeLabel(new QLabel(parent))
    , m_deviceNameLabel(new QLabel(parent))
    , m_server(new QLineEdit(parent))
    , m_code(new QLineEdit(parent))
    , m_deviceName(new QLineEdit(parent))
{
    m_server->setObjectName(QStringLiteral("serverField"));
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.com:8420"));
    m_code->setObjectName(QStringLiteral("codeField"));
    m_code->setPlaceholderText(QStringLiteral("ABCDE-FGHIJ-KLMNO-PQRST"));
    m_deviceName->setObjectName(QStringLiteral("deviceNameField"));
    m_deviceName->setText(QSysInfo::machineHostName());
    m_serverLabel->setBuddy(m_server);
    m_codeLabel->setBuddy(m_code);
    m_deviceNameLabel->setBuddy(m_deviceName);
}

void EnrolmentFields::addTo(QFormLayout *form) const
{
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_deviceNameLabel, m_deviceName);
}

void EnrolmentFields::setEnabled(bool enabled)
{
    m_server->setEnabled(enabled);
    m_code->setEnabled(enabled);
    m_deviceName->setEnabled(enabled);
}

void EnrolmentFields::retranslate()
{
    m_serverLabel->setText(tr("Server &address:"));
    m_codeLabel->setText(tr("Enrolment &code:"));
    m_deviceNameLabel->setText(tr("&Terminal name:"));
}

} // namespace Balcao
