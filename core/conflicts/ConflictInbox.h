// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConflictCheck.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Balcao {

class LocalStore;

// Runs the checks after a merge and keeps the inbox in step with them:
// new findings become open conflicts, findings that went away (someone fixed
// the data) become obsolete, and a person's resolution is written as normal
// synced changes — so every terminal ends up with the same inbox.
class ConflictInbox
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::ConflictInbox)
public:
    explicit ConflictInbox(LocalStore &store);
    ~ConflictInbox();

    // The checks that exist today; later areas add theirs here.
    static std::vector<std::unique_ptr<ConflictCheck>> standardChecks();

    struct Refresh
    {
        int opened = 0;
        int obsoleted = 0;
    };
    Result<Refresh> refresh();

    QList<Conflict> open() const;
    Result<Conflict> find(const Id &id) const;
    QStringList resolutions(const Conflict &conflict) const;
    Result<void> resolve(const Id &id, const QString &resolution, const Id &userId = {});

    // The id every terminal derives for the same finding.
    static Id conflictId(const QString &kind, const QStringList &sortedSubjectIds);

private:
    const ConflictCheck *checkFor(const QString &kind) const;
    QList<Conflict> withStatus(const QString &status) const;
    LocalStore &m_store;
    std::vector<std::unique_ptr<ConflictCheck>> m_checks;
};

} // namespace Balcao
