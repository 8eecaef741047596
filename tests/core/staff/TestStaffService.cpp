// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrokenTable.h"
#include "TestStore.h"
#include "staff/StaffService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Balcao;
using namespace Balcao::Test;

class TestStaffService : public QObject
{
    Q_OBJECT

private slots:
    void testMembersLifecycle()
    {
        TestStore t;
        StaffService staff(*t);
        auto joana
            = staff.addMember(QStringLiteral("Joana"), {}, QStringLiteral("JOANA@salao.com"));
        QVERIFY(joana.ok());
        QCOMPARE(joana->email, QStringLiteral("joana@salao.com"));
        auto edited = staff.updateMember(joana->id, QStringLiteral("Joana Prado"), std::nullopt,
                                         QStringLiteral("11 91234-5678"), false);
        QVERIFY(edited.ok());
        QCOMPARE(edited->displayName, QStringLiteral("Joana Prado"));
        QCOMPARE(edited->email, QStringLiteral("joana@salao.com"));
        QCOMPARE(edited->phone, QStringLiteral("+5511912345678"));
        QVERIFY(!edited->active);
        QCOMPARE(staff.updateMember(joana->id, QStringLiteral(" "), std::nullopt, std::nullopt)
                     .error()
                     .code,
                 QStringLiteral("staff.nameRequired"));
        QVERIFY(staff.removeMember(joana->id).ok());
        QVERIFY(staff.members().isEmpty());
        QCOMPARE(staff.findMember(joana->id).error().code, QStringLiteral("staff.notFound"));
    }

    // A users table that cannot be read is not "wrong password", not "no
    // user" (which would open the desktop unsigned) and not "nobody may
    // approve": each says the store cannot be read.
    void testUnreadableUsersAreAnError()
    {
        TestStore t;
        StaffService staff(*t);
        auto admin = staff.addUser({}, QStringLiteral("dona"), QStringLiteral("senha-forte-1"),
                                   Role::Admin);
        QVERIFY(admin.ok());
        QVERIFY(staff.authenticate(QStringLiteral("dona"), QStringLiteral("senha-forte-1")).ok());
        BrokenTable broken(*t, QStringLiteral("users"));
        QVERIFY(broken.isBroken());
        QCOMPARE(staff.authenticate(QStringLiteral("dona"), QStringLiteral("senha-forte-1"))
                     .error()
                     .kind,
                 Error::Kind::Storage);
        QCOMPARE(staff.users().error().kind, Error::Kind::Storage);
        QCOMPARE(staff.approver(admin->id, QStringLiteral("a test")).error().kind,
                 Error::Kind::Storage);
        QCOMPARE(
            staff.addUser({}, QStringLiteral("nova"), QStringLiteral("senha-forte-2"), Role::Staff)
                .error()
                .kind,
            Error::Kind::Storage);
    }

    void testUsersAndTheLastAdmin()
    {
        TestStore t;
        StaffService staff(*t);
        auto owner = staff.addMember(QStringLiteral("Dona"), {});
        auto admin = staff.addUser(owner->id, QStringLiteral("dona"),
                                   QStringLiteral("senha-forte-1"), Role::Admin);
        QVERIFY(admin.ok());
        QCOMPARE(
            staff.addUser({}, QStringLiteral("DONA"), QStringLiteral("outra-senha"), Role::Staff)
                .error()
                .code,
            QStringLiteral("user.loginTaken"));
        QCOMPARE(staff.removeUser(admin->id).error().code, QStringLiteral("user.lastAdmin"));
        QCOMPARE(staff.changeRole(admin->id, Role::FrontDesk).error().code,
                 QStringLiteral("user.lastAdmin"));
        QCOMPARE(staff.removeMember(owner->id).error().code, QStringLiteral("user.lastAdmin"));
        QCOMPARE(staff.members().size(), 1); // the failed removal changed nothing

        auto desk = staff.addUser({}, QStringLiteral("recepcao"), QStringLiteral("senha-forte-2"),
                                  Role::FrontDesk);
        QVERIFY(desk.ok());
        QVERIFY(staff.changeRole(desk->id, Role::Admin).ok());
        QVERIFY(staff.removeUser(admin->id).ok());
        QCOMPARE(staff.authenticate(QStringLiteral("dona"), QStringLiteral("senha-forte-1"))
                     .error()
                     .code,
                 QStringLiteral("user.signInRefused"));

        QCOMPARE(staff.changePassword(desk->id, QStringLiteral("curta")).error().code,
                 QStringLiteral("user.passwordTooShort"));
        QVERIFY(staff.changePassword(desk->id, QStringLiteral("nova senha longa")).ok());
        QVERIFY(
            !staff.authenticate(QStringLiteral("recepcao"), QStringLiteral("senha-forte-2")).ok());
        auto signedIn
            = staff.authenticate(QStringLiteral("Recepcao"), QStringLiteral("nova senha longa"));
        QVERIFY(signedIn.ok());
        QCOMPARE(signedIn->role, Role::Admin);

        // Every account change is in the audit ledger; no password is.
        QSqlQuery q(t->database().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT group_concat(action, ','), "
                                  "group_concat(coalesce(details, ''), ',') FROM audit_events")));
        QVERIFY(q.next());
        const QString actions = q.value(0).toString();
        QVERIFY2(actions.contains(QStringLiteral("user.created"))
                     && actions.contains(QStringLiteral("user.roleChanged"))
                     && actions.contains(QStringLiteral("user.removed"))
                     && actions.contains(QStringLiteral("user.passwordChanged")),
                 qPrintable(actions));
        QVERIFY(!q.value(1).toString().contains(QStringLiteral("nova senha")));
    }

    void testRoleNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addRow("admin") << QStringLiteral("admin") << true;
        QTest::addRow("front_desk") << QStringLiteral("front_desk") << true;
        QTest::addRow("unknown") << QStringLiteral("owner") << false;
        QTest::addRow("case matters") << QStringLiteral("Admin") << false;
    }
    void testRoleNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        auto role = roleFromName(name);
        QCOMPARE(role.ok(), valid);
        if (valid)
            QCOMPARE(roleName(*role), name);
    }
};

QTEST_GUILESS_MAIN(TestStaffService)
#include "TestStaffService.moc"
