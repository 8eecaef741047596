// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictInbox.h"

#include "DuplicatePhoneCheck.h"
#include "audit/AuditTrail.h"
#include "cash/ClosedShiftCashCheck.h"
#include "cash/OpenShiftsCheck.h"
#include "inventory/StockBelowZeroCheck.h"
#include "sales/OverReturnCheck.h"
#include "scheduling/AppointmentOverlapCheck.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace Balcao {

namespace {

QString statusName(Conflict::Status status)
{
    switch (status) {
    case Conflict::Status::Open:
        return QStringLiteral("open");
    case Conflict::Status::Resolved:
        return QStringLiteral("resolved");
    case Conflict::Status::Obsolete:
        return QStringLiteral("obsolete");
    }
    return QStringLiteral("open");
}

Conflict::Status statusFrom(const QString &name)
{
    if (name == QStringLiteral("resolved"))
        return Conflict::Status::Resolved;
    if (name == QStringLiteral("obsolete"))
        return Conflict::Status::Obsolete;
    return Conflict::Status::Open;
}

QString compactJson(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

const QString kColumns = QStringLiteral(
    "id, kind, subject_table, subject_ids, facts, status, resolution, resolved_by, resolved_at");

Conflict conflictFrom(const QSqlQuery &query)
{
    Conflict c;
    c.id = Id::fromString(query.value(0).toString());
    c.kind = query.value(1).toString();
    c.subjectTable = query.value(2).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array())
        c.subjectIds << v.toString();
    c.facts = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    c.status = statusFrom(query.value(5).toString());
    c.resolution = query.value(6).toString();
    c.resolvedBy = Id::fromString(query.value(7).toString());
    c.resolvedAtMsecs = query.value(8).toLongLong();
    return c;
}

} // namespace

ConflictInbox::ConflictInbox(LocalStore &store)
    : m_store(store)
    , m_checks(standardChecks())
{ }

ConflictInbox::~ConflictInbox() = default;

std::vector<std::unique_ptr<ConflictCheck>> ConflictInbox::standardChecks()
{
    std::vector<std::unique_ptr<ConflictCheck>> checks;
    checks.push_back(std::make_unique<DuplicatePhoneCheck>());
    checks.push_back(std::make_unique<AppointmentOverlapCheck>());
    checks.push_back(std::make_unique<StockBelowZeroCheck>());
    checks.push_back(std::make_unique<OverReturnCheck>());
    checks.push_back(std::make_unique<OpenShiftsCheck>());
    checks.push_back(std::make_unique<ClosedShiftCashCheck>());
    return checks;
}

Id ConflictInbox::conflictId(const QString &kind, const QStringList &sortedSubjectIds)
{
    static const QUuid ns(QStringLiteral("{3b0d7f0e-5c1a-4e8b-9d62-0f3c2a7e9b41}"));
    return Id::nameBased(ns, kind + QLatin1Char('|') + sortedSubjectIds.join(u','));
}

const ConflictCheck *ConflictInbox::checkFor(const QString &kind) const
{
    for (const auto &check : m_checks) {
        if (check->kind() == kind)
            return check.get();
    }
    return nullptr;
}

Result<ConflictInbox::Refresh> ConflictInbox::refresh()
{
    return m_store.transact([&]() -> Result<Refresh> {
        Refresh refresh;
        QSet<QString> stillFound;
        for (const auto &check : m_checks) {
            // A check that cannot read stops the refresh: its open conflicts
            // must not be taken for gone.
            auto findings = check->find(m_store);
            if (!findings)
                return findings.error();
            for (ConflictFinding finding : std::as_const(*findings)) {
                finding.subjectIds.sort();
                const Id id = conflictId(finding.kind, finding.subjectIds);
                stillFound.insert(id.toString());
                auto existing = find(id);
                if (!existing && existing.error().kind != Error::Kind::NotFound)
                    return existing.error();
                // A resolved conflict stays resolved ("keep both" is a decision).
                if (existing && existing->status == Conflict::Status::Resolved)
                    continue;
                const bool wasOpen = existing && existing->status == Conflict::Status::Open;
                QJsonArray subjects;
                for (const QString &s : finding.subjectIds)
                    subjects.append(s);
                auto written = m_store.writer().writeRecord(
                    QStringLiteral("conflicts"), id,
                    { { QStringLiteral("kind"), finding.kind },
                      { QStringLiteral("subject_table"), finding.subjectTable },
                      { QStringLiteral("subject_ids"), compactJson(QJsonDocument(subjects)) },
                      { QStringLiteral("facts"), compactJson(QJsonDocument(finding.facts)) },
                      { QStringLiteral("status"), statusName(Conflict::Status::Open) },
                      // Found again after it cleared: an earlier resolution
                      // no longer applies.
                      { QStringLiteral("resolution"), QVariant() },
                      { QStringLiteral("resolved_by"), QVariant() },
                      { QStringLiteral("resolved_at"), QVariant() },
                      { QStringLiteral("deleted"), 0 } });
                if (!written)
                    return written.error();
                if (!wasOpen)
                    ++refresh.opened;
            }
        }
        QList<Conflict> settled = open();
        for (const Conflict &c : withStatus(QStringLiteral("resolved"))) {
            const ConflictCheck *check = checkFor(c.kind);
            if (check && check->reopensWhenFoundAgain())
                settled << c;
        }
        for (const Conflict &c : std::as_const(settled)) {
            if (stillFound.contains(c.id.toString()))
                continue;
            auto written = m_store.writer().writeRecord(
                QStringLiteral("conflicts"), c.id,
                { { QStringLiteral("status"), statusName(Conflict::Status::Obsolete) } });
            if (!written)
                return written.error();
            ++refresh.obsoleted;
        }
        return refresh;
    });
}

QList<Conflict> ConflictInbox::open() const
{
    return withStatus(QStringLiteral("open"));
}

QList<Conflict> ConflictInbox::withStatus(const QString &status) const
{
    QList<Conflict> out;
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT %1 FROM conflicts WHERE status = ? AND deleted = 0"
                                 " ORDER BY kind, id")
                      .arg(kColumns));
    query.addBindValue(status);
    if (query.exec()) {
        while (query.next())
            out << conflictFrom(query);
    }
    return out;
}

Result<Conflict> ConflictInbox::find(const Id &id) const
{
    QSqlQuery query(m_store.database().connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM conflicts WHERE id = ? AND deleted = 0").arg(kColumns));
    query.addBindValue(id.toString());
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    if (!query.next())
        return Error::notFound(QStringLiteral("conflict.notFound"),
                               tr("There is no conflict with id %1.").arg(id.toString()));
    return conflictFrom(query);
}

QStringList ConflictInbox::resolutions(const Conflict &conflict) const
{
    const ConflictCheck *check = checkFor(conflict.kind);
    return check ? check->resolutions(conflict) : QStringList {};
}

Result<void> ConflictInbox::resolve(const Id &id, const QString &resolution, const Id &userId)
{
    return m_store.transact([&]() -> Result<void> {
        auto conflict = find(id);
        if (!conflict)
            return conflict.error();
        if (conflict->status != Conflict::Status::Open)
            return Error::conflict(QStringLiteral("conflict.notOpen"),
                                   tr("This conflict was already dealt with."));
        const ConflictCheck *check = checkFor(conflict->kind);
        if (!check)
            return Error::unsupported(
                QStringLiteral("conflict.unknownKind"),
                tr("This version of Balcão cannot resolve conflicts of kind \"%1\".")
                    .arg(conflict->kind));
        if (!check->resolutions(*conflict).contains(resolution))
            return Error::invalid(
                QStringLiteral("conflict.badResolution"),
                tr("\"%1\" is not a resolution of this conflict.").arg(resolution));
        if (auto applied = check->apply(m_store, *conflict, resolution); !applied)
            return applied;
        auto written = m_store.writer().writeRecord(
            QStringLiteral("conflicts"), id,
            { { QStringLiteral("status"), statusName(Conflict::Status::Resolved) },
              { QStringLiteral("resolution"), resolution },
              { QStringLiteral("resolved_by"), idOrNull(userId) },
              { QStringLiteral("resolved_at"), m_store.clock().nowMsecsSinceEpoch() } });
        if (!written)
            return written.error();
        auto audited = AuditTrail(m_store).record(
            QStringLiteral("conflict.resolved"), QStringLiteral("conflicts"), id,
            QJsonObject { { QStringLiteral("kind"), conflict->kind },
                          { QStringLiteral("resolution"), resolution } },
            userId);
        if (!audited)
            return audited.error();
        return {};
    });
}

} // namespace Balcao
