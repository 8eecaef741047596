// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Balcao {

class LocalStore;

// What the About dialog says about this copy of Balcão: its version and
// those of the libraries that hold the data (what a person reporting a
// problem is asked for). Nothing personal, no key.
struct AboutFacts
{
    QString version;
    QString qtVersion;
    QString sqlcipherVersion;
    QString tlsLibrary;
    int schemaVersion = 0;
    QString homepage;

    // From the running app and its open store.
    static AboutFacts of(LocalStore &store);
};

// Help ▸ About Balcão: the icon, the version, what the app is, where the
// data lives, the library versions and the licence.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const AboutFacts &facts, QWidget *parent = nullptr);

    // The versions line, also for tests.
    static QString versionsText(const AboutFacts &facts);
};

} // namespace Balcao
