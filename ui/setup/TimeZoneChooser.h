// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Balcao {

// Picks an IANA time zone ("America/Sao_Paulo"): a combo box of every zone
// the system knows, searchable by typing any part of the name ("paulo",
// "lisbon"), with the zone's current UTC offset shown beside it.
class TimeZoneChooser : public QWidget
{
    Q_OBJECT
public:
    explicit TimeZoneChooser(QWidget *parent = nullptr);

    // What is typed or chosen; LocationService::checkTimeZone decides
    // whether it is a zone.
    QString timeZoneId() const;
    void setTimeZoneId(const QString &id);
    QComboBox *comboBox() const { return m_combo; }

signals:
    void timeZoneChanged(const QString &id);

private:
    void updateOffset();
    QComboBox *m_combo = nullptr;
    QLabel *m_offset = nullptr;
};

} // namespace Balcao
