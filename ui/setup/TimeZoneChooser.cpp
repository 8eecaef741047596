// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeZoneChooser.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>

namespace Balcao {

TimeZoneChooser::TimeZoneChooser(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_offset(new QLabel(this))
{
    m_combo->setObjectName(QStringLiteral("timeZoneField"));
    m_offset->setObjectName(QStringLiteral("timeZoneOffset"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMaxVisibleItems(15);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Only Area/City names: the legacy aliases ("Brazil/East", "EST5EDT")
        // clutter the list and are not what a business would pick.
        if (id.contains('/') && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            m_combo->addItem(QString::fromUtf8(id));
    }
    auto *completer = new QCompleter(m_combo->model(), m_combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    m_combo->setCompleter(completer);
    m_combo->setMinimumContentsLength(24);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_offset);
    setFocusProxy(m_combo);

    connect(m_combo, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        updateOffset();
        emit timeZoneChanged(text);
    });
    updateOffset();
}

QString TimeZoneChooser::timeZoneId() const
{
    return m_combo->currentText().trimmed();
}

void TimeZoneChooser::setTimeZoneId(const QString &id)
{
    const int index = m_combo->findText(id);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
    else
        m_combo->setEditText(id);
    updateOffset();
}

void TimeZoneChooser::updateOffset()
{
    const QByteArray id = timeZoneId().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id)) {
        m_offset->clear();
        return;
    }
    const QTimeZone zone(id);
    // "UTC-03:00": the offset now, which is what people recognise.
    m_offset->setText(zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName));
}

} // namespace Balcao
