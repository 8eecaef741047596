// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Balcao {

class LocalStore;

struct StaffMember
{
    Id id;
    QString displayName;
    QString email;
    QString phone;
    Id locationId;
    bool active = true;
};

enum class Role { Admin, Manager, FrontDesk, Staff };
QString roleName(Role role); // stable id: "admin", "manager", ...
Result<Role> roleFromName(const QString &name);
QString roleDisplayName(Role role); // translated

struct UserAccount
{
    Id id;
    Id staffId;
    QString login;
    Role role = Role::Staff;
    bool active = true;
};

// The people of the business and their sign-in accounts.
class StaffService
{
    Q_DECLARE_TR_FUNCTIONS(Balcao::StaffService)
public:
    static constexpr int kMinimumPasswordLength = 8;

    explicit StaffService(LocalStore &store);

    Result<StaffMember> addMember(const QString &displayName, const Id &locationId,
                                  const QString &email = {}, const QString &phone = {});
    // Sets the given fields; empty optionals are left alone.
    Result<StaffMember> updateMember(const Id &id, const std::optional<QString> &displayName,
                                     const std::optional<QString> &email,
                                     const std::optional<QString> &phone,
                                     const std::optional<bool> &active = std::nullopt);
    // A tombstone; the member's sign-in accounts go with it.
    Result<void> removeMember(const Id &id);
    Result<StaffMember> findMember(const Id &id) const;
    QList<StaffMember> members() const;

    Result<UserAccount> addUser(const Id &staffId, const QString &login, const QString &password,
                                Role role);
    // The rules addUser applies, for forms that check before anything is
    // written (the first-run wizard): the cleaned login, or why not.
    static Result<QString> cleanLogin(const QString &login);
    static Result<void> checkPassword(const QString &password);
    // The account when login and password match an active user; the same
    // error for an unknown login and a wrong password.
    Result<UserAccount> authenticate(const QString &login, const QString &password) const;
    Result<QList<UserAccount>> users() const;
    // Each user's login by user id (as text): how lists say who did what.
    Result<QHash<QString, QString>> loginsById() const;
    // The account when `userId` is an active manager or admin: who may
    // approve a large discount, a return without receipt or a booking over
    // conflicts. `what` names the action in the refusal.
    Result<UserAccount> approver(const Id &userId, const QString &what) const;
    Result<void> changePassword(const Id &userId, const QString &newPassword);
    Result<void> changeRole(const Id &userId, Role role);
    // Refused for the last active administrator: nobody could manage the business.
    Result<void> removeUser(const Id &userId);

private:
    // The user, unless taking them out of the administrators (`leaves`)
    // would leave the business with none.
    Result<UserAccount> userLeavingAdmins(const Id &userId, bool leaves) const;
    LocalStore &m_store;
};

} // namespace Balcao
