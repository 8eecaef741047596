// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncTransport.h"

#include <QByteArray>

namespace Balcao {

// The changes, cursor and has_more of a successful /v1/pull answer's body.
// Read without building a QJsonDocument when the body is as balcaod writes
// it (then `direct` is set), through one otherwise; the same result either
// way.
class PullPageReader
{
public:
    static Result<PullPage> read(const QByteArray &body, bool *direct = nullptr);
};

} // namespace Balcao
