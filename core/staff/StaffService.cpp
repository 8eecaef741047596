// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffService.h"

#include "audit/AuditTrail.h"
#include "clients/ClientService.h"
#include "security/PasswordHasher.h"
#include "storage/ColumnValues.h"
#include "storage/LocalStore.h"
#include "storage/QueryError.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace Balcao {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::FrontDesk:
        return QStringLiteral("front_desk");
    case Role::Staff:
        return QStringLiteral("staff");
    }
    return QStringLiteral("staff");
}

Result<Role> roleFromName(const QString &name)
{
    for (Role role : { Role::Admin, Role::Manager, Role::FrontDesk, Role::Staff }) {
        if (roleName(role) == name)
            return role;
    }
    return Error::invalid(QStringLiteral("user.roleInvalid"),
                          QCoreApplication::translate(
                              "Balcao::StaffService",
                              "\"%1\" is not a role. Use admin, manager, front_desk or staff.")
                              .arg(name));
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Balcao::StaffService", "Administrator");
    case Role::Manager:
        return QCoreApplication::translate("Balcao::StaffService", "Manager");
    case Role::FrontDesk:
        return QCoreApplication::translate("Balcao::StaffService", "Front desk");
    case Role::Staff:
        return QCoreApplication::translate("Balcao::StaffService", "Staff");
    }
    return {};
}

StaffService::StaffService(LocalStore &store)
    : m_store(store)
{ }

Result<StaffMember> StaffService::addMember(const QString &displayName, const Id &locationId,
                                            const QString &email, const QString &phone)
{
    const QString name = displayName.simplified();
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("staff.nameRequired"),
                              tr("The staff member needs a name."));
    auto cleanEmail = ClientService::cleanEmail(email);
    if (!cleanEmail)
        return cleanEmail.error();
    auto cleanPhone = ClientService::cleanPhone(phone);
    if (!cleanPhone)
        return cleanPhone.error();
    const Id id = Id::generate(m_store.clock());
    return m_store.transact([&]() -> Result<StaffMember> {
        auto written = m_store.writer().writeRecord(
            QStringLiteral("staff"), id,
            { { QStringLiteral("display_name"), name },
              { QStringLiteral("email"), textOrNull(*cleanEmail) },
              { QStringLiteral("phone"), textOrNull(*cleanPhone) },
              { QStringLiteral("location_id"), idOrNull(locationId) },
              { QStringLiteral("active"), 1 },
              { QStringLiteral("deleted"), 0 } });
        if (!written)
            return written.error();
        return StaffMember { id, name, *cleanEmail, *cleanPhone, locationId, true };
    });
}

Result<StaffMember> StaffService::findMember(const Id &id) const
{
    QSqlQuery query(m_store.database().connection());
    query.prepare(
        QStringLiteral("SELECT id, display_name, email, phone, location_id, active FROM staff"
                       " WHERE id = ? AND deleted = 0"));
    query.addBindValue(id.toString());
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    if (!query.next())
        return Error::notFound(QStringLiteral("staff.notFound"),
                               tr("There is no staff member with id %1.").arg(id.toString()));
    return StaffMember { Id::fromString(query.value(0).toString()),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).toString(),
                         Id::fromString(query.value(4).toString()),
                         query.value(5).toInt() != 0 };
}

Result<StaffMember> StaffService::updateMember(const Id &id,
                                               const std::optional<QString> &displayName,
                                               const std::optional<QString> &email,
                                               const std::optional<QString> &phone,
                                               const std::optional<bool> &active)
{
    QVariantMap fields;
    if (displayName) {
        const QString name = displayName->simplified();
        if (name.isEmpty())
            return Error::invalid(QStringLiteral("staff.nameRequired"),
                                  tr("The staff member needs a name."));
        fields.insert(QStringLiteral("display_name"), name);
    }
    if (email) {
        auto clean = ClientService::cleanEmail(*email);
        if (!clean)
            return clean.error();
        fields.insert(QStringLiteral("email"), textOrNull(*clean));
    }
    if (phone) {
        auto clean = ClientService::cleanPhone(*phone);
        if (!clean)
            return clean.error();
        fields.insert(QStringLiteral("phone"), textOrNull(*clean));
    }
    if (active)
        fields.insert(QStringLiteral("active"), *active ? 1 : 0);
    return m_store.transact([&]() -> Result<StaffMember> {
        if (auto existing = findMember(id); !existing)
            return existing.error();
        if (auto written = m_store.writer().writeRecord(QStringLiteral("staff"), id, fields);
            !written)
            return written.error();
        return findMember(id);
    });
}

Result<void> StaffService::removeMember(const Id &id)
{
    return m_store.transact([&]() -> Result<void> {
        if (auto existing = findMember(id); !existing)
            return existing.error();
        const auto accounts = users();
        if (!accounts)
            return accounts.error();
        for (const UserAccount &user : *accounts) {
            if (user.staffId == id) {
                if (auto removed = removeUser(user.id); !removed)
                    return removed;
            }
        }
        if (auto written = m_store.writer().deleteRecord(QStringLiteral("staff"), id); !written)
            return written.error();
        return {};
    });
}

QList<StaffMember> StaffService::members() const
{
    QList<StaffMember> out;
    QSqlQuery query(m_store.database().connection());
    if (query.exec(
            QStringLiteral("SELECT id, display_name, email, phone, location_id, active FROM staff"
                           " WHERE deleted = 0 ORDER BY display_name COLLATE NOCASE, id"))) {
        while (query.next())
            out << StaffMember { Id::fromString(query.value(0).toString()),
                                 query.value(1).toString(),
                                 query.value(2).toString(),
                                 query.value(3).toString(),
                                 Id::fromString(query.value(4).toString()),
                                 query.value(5).toInt() != 0 };
    }
    return out;
}

Result<QString> StaffService::cleanLogin(const QString &login)
{
    const QString cleaned = login.trimmed().toLower();
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9._@-]{2,64}$"));
    if (!shape.match(cleaned).hasMatch())
        return Error::invalid(QStringLiteral("user.loginInvalid"),
                              tr("The login must be 2 to 64 letters, digits or . _ @ -."));
    return cleaned;
}

Result<void> StaffService::checkPassword(const QString &password)
{
    if (password.size() < kMinimumPasswordLength)
        return Error::invalid(
            QStringLiteral("user.passwordTooShort"),
            tr("The password must have at least %1 characters.").arg(kMinimumPasswordLength));
    return {};
}

Result<UserAccount> StaffService::addUser(const Id &staffId, const QString &login,
                                          const QString &password, Role role)
{
    auto checkedLogin = StaffService::cleanLogin(login);
    if (!checkedLogin)
        return checkedLogin.error();
    if (auto strong = checkPassword(password); !strong)
        return strong.error();
    const QString cleanLogin = *checkedLogin;
    const Id id = Id::generate(m_store.clock());
    const QString hash = PasswordHasher::hash(password);
    return m_store.transact([&]() -> Result<UserAccount> {
        QSqlQuery taken(m_store.database().connection());
        taken.prepare(QStringLiteral("SELECT 1 FROM users WHERE login = ? AND deleted = 0"));
        taken.addBindValue(cleanLogin);
        auto owner = firstValue(taken);
        if (!owner)
            return owner.error();
        if (owner->has_value())
            return Error::conflict(QStringLiteral("user.loginTaken"),
                                   tr("The login \"%1\" is already in use.").arg(cleanLogin));
        auto written
            = m_store.writer().writeRecord(QStringLiteral("users"), id,
                                           { { QStringLiteral("staff_id"), idOrNull(staffId) },
                                             { QStringLiteral("login"), cleanLogin },
                                             { QStringLiteral("password_hash"), hash },
                                             { QStringLiteral("role"), roleName(role) },
                                             { QStringLiteral("active"), 1 },
                                             { QStringLiteral("deleted"), 0 } });
        if (!written)
            return written.error();
        auto audited = AuditTrail(m_store).record(
            QStringLiteral("user.created"), QStringLiteral("users"), id,
            QJsonObject { { QStringLiteral("login"), cleanLogin },
                          { QStringLiteral("role"), roleName(role) } });
        if (!audited)
            return audited.error();
        return UserAccount { id, staffId, cleanLogin, role, true };
    });
}

Result<UserAccount> StaffService::authenticate(const QString &login, const QString &password) const
{
    const auto refused = [] {
        return Error::security(
            QStringLiteral("user.signInRefused"),
            QCoreApplication::translate("Balcao::StaffService", "Wrong login or password."));
    };
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT id, staff_id, login, role, password_hash FROM users"
                                 " WHERE login = ? AND deleted = 0 AND active = 1"));
    query.addBindValue(login.trimmed().toLower());
    // A store that cannot be read says so: "wrong password" would send the
    // user looking for a mistake they did not make.
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    if (!query.next() || !PasswordHasher::verify(password, query.value(4).toString()))
        return refused();
    auto role = roleFromName(query.value(3).toString());
    return UserAccount { Id::fromString(query.value(0).toString()),
                         Id::fromString(query.value(1).toString()), query.value(2).toString(),
                         role ? *role : Role::Staff, true };
}

Result<QList<UserAccount>> StaffService::users() const
{
    QList<UserAccount> out;
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT id, staff_id, login, role, active FROM users WHERE "
                                 "deleted = 0 ORDER BY login"));
    if (auto ran = execQuery(query); !ran)
        return ran.error();
    while (query.next()) {
        auto role = roleFromName(query.value(3).toString());
        out << UserAccount { Id::fromString(query.value(0).toString()),
                             Id::fromString(query.value(1).toString()), query.value(2).toString(),
                             role ? *role : Role::Staff, query.value(4).toInt() != 0 };
    }
    return out;
}

Result<QHash<QString, QString>> StaffService::loginsById() const
{
    auto all = users();
    if (!all)
        return all.error();
    QHash<QString, QString> logins;
    for (const UserAccount &user : std::as_const(*all))
        logins.insert(user.id.toString(), user.login);
    return logins;
}

namespace {

Error userNotFound(const Id &id)
{
    return Error::notFound(
        QStringLiteral("user.notFound"),
        QCoreApplication::translate("Balcao::StaffService", "There is no user with id %1.")
            .arg(id.toString()));
}

} // namespace

Result<void> StaffService::changePassword(const Id &userId, const QString &newPassword)
{
    if (auto strong = checkPassword(newPassword); !strong)
        return strong;
    const QString hash = PasswordHasher::hash(newPassword);
    return m_store.transact([&]() -> Result<void> {
        const auto all = users();
        if (!all)
            return all.error();
        if (std::none_of(all->cbegin(), all->cend(),
                         [&](const UserAccount &u) { return u.id == userId; }))
            return userNotFound(userId);
        if (auto written = m_store.writer().writeRecord(
                QStringLiteral("users"), userId, { { QStringLiteral("password_hash"), hash } });
            !written)
            return written.error();
        auto audited = AuditTrail(m_store).record(QStringLiteral("user.passwordChanged"),
                                                  QStringLiteral("users"), userId);
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<UserAccount> StaffService::userLeavingAdmins(const Id &userId, bool leaves) const
{
    const auto all = users();
    if (!all)
        return all.error();
    const auto it = std::find_if(all->cbegin(), all->cend(),
                                 [&](const UserAccount &u) { return u.id == userId; });
    if (it == all->cend())
        return userNotFound(userId);
    const auto admins = std::count_if(all->cbegin(), all->cend(), [](const UserAccount &u) {
        return u.active && u.role == Role::Admin;
    });
    if (leaves && it->role == Role::Admin && it->active && admins <= 1)
        return Error::conflict(QStringLiteral("user.lastAdmin"),
                               tr("The business needs at least one active administrator."));
    return *it;
}

Result<void> StaffService::changeRole(const Id &userId, Role role)
{
    return m_store.transact([&]() -> Result<void> {
        auto user = userLeavingAdmins(userId, role != Role::Admin);
        if (!user)
            return user.error();
        if (auto written = m_store.writer().writeRecord(
                QStringLiteral("users"), userId, { { QStringLiteral("role"), roleName(role) } });
            !written)
            return written.error();
        auto audited = AuditTrail(m_store).record(
            QStringLiteral("user.roleChanged"), QStringLiteral("users"), userId,
            QJsonObject { { QStringLiteral("role"), roleName(role) } });
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<void> StaffService::removeUser(const Id &userId)
{
    return m_store.transact([&]() -> Result<void> {
        auto user = userLeavingAdmins(userId, true);
        if (!user)
            return user.error();
        if (auto written = m_store.writer().deleteRecord(QStringLiteral("users"), userId); !written)
            return written.error();
        auto audited = AuditTrail(m_store).record(
            QStringLiteral("user.removed"), QStringLiteral("users"), userId,
            QJsonObject { { QStringLiteral("login"), user->login } });
        if (!audited)
            return audited.error();
        return {};
    });
}

Result<UserAccount> StaffService::approver(const Id &userId, const QString &what) const
{
    const auto all = users();
    if (!all)
        return all.error();
    for (const UserAccount &user : *all) {
        if (user.id == userId && user.active
            && (user.role == Role::Manager || user.role == Role::Admin))
            return user;
    }
    return Error::security(QStringLiteral("approval.notAllowed"),
                           tr("Only a manager or an admin can approve this: %1").arg(what));
}

} // namespace Balcao
