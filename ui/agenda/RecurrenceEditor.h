// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/AppointmentBook.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace Balcao {

// "Repeat every N weeks, until a date or N times": the series a booking
// makes (AppointmentBook::bookSeries checks the limits).
class RecurrenceEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RecurrenceEditor(QWidget *parent = nullptr);

    // None when the booking does not repeat.
    std::optional<Recurrence> recurrence() const;
    void setFirstDate(const QDate &date);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();

    QCheckBox *m_repeat = nullptr;
    QLabel *m_every = nullptr;
    QSpinBox *m_interval = nullptr;
    QRadioButton *m_untilChoice = nullptr;
    QDateEdit *m_until = nullptr;
    QRadioButton *m_countChoice = nullptr;
    QSpinBox *m_count = nullptr;
};

} // namespace Balcao
