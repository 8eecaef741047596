// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace Balcao {

// The look of the app: Fusion (the same on every platform, so screenshots and
// the user guide match what people see), a calm light palette and the style
// sheet in shell/balcao.qss.
void applyAppStyle(QApplication &app);

} // namespace Balcao
