// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Balcao::Bench {

// Human-readable progress goes to stderr, so stdout carries only the JSON.
void logLine(const QString &line);

} // namespace Balcao::Bench
