// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

namespace Balcao {

class LocalStore;

// Sample clients for a demo business (the wizard's "Add sample clients"
// option, screenshots, manual testing). Deterministic: the same count always
// gives the same names, phones and e-mails, so screenshots and docs do not
// change from run to run. Written through ClientService in one transaction,
// so they are versioned and in the outbox like any other client.
// Returns the number of clients created.
Result<int> seedDemoClients(LocalStore &store, int count);

} // namespace Balcao
