// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Balcao::Protocol {

// The sync protocol between terminals and balcaod. Every request carries
// both versions so that an old terminal or an old server is told to update
// instead of exchanging changes neither side can read.
inline constexpr int kVersion = 1;
inline constexpr char kProtocolHeader[] = "Balcao-Protocol";
inline constexpr char kSchemaHeader[] = "Balcao-Schema";
inline constexpr char kApiPrefix[] = "/v1";

// The schema version of the synced tables this build understands: the last
// migration of core/storage/Schema.cpp.
int schemaVersion();

} // namespace Balcao::Protocol
