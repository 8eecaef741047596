// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Balcao {

// The line under a form that says what went wrong (or that it worked), so
// errors appear next to what caused them instead of in a pop-up. Hidden while
// there is nothing to say; the style sheet colours it by its "kind" property.
class FormMessage : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { None, Error, Success };

    explicit FormMessage(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showSuccess(const QString &text);
    void clear();
    Kind kind() const { return m_kind; }

private:
    void show(Kind kind, const QString &text);
    Kind m_kind = Kind::None;
};

} // namespace Balcao
