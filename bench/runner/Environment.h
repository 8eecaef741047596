// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace Balcao::Bench {

// What the figures depend on: library versions, build type, the machine.
QJsonObject describeEnvironment(const QString &dataDirectory);

} // namespace Balcao::Bench
