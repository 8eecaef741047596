// SPDX-License-Identifier: GPL-3.0-or-later
// Command lines read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "CtlProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// tests/core/state/previous-release: a database the previous release made,
// and what its balcaoctl printed for it (README.md there).
const QString kFixtures = QStringLiteral(BALCAO_PREVIOUS_RELEASE_DIR);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

} // namespace

// Today's balcaoctl, on a copy of the previous release's database, prints
// the amounts (and everything else) its scripts read exactly as the
// previous release did: the money the store holds and the JSON promised in
// docs/cli.md did not move when core's amounts became Money.
class TestPreviousReleaseCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    Balcao::Test::CtlRun ctl(const QStringList &arguments)
    {
        return Balcao::Test::runBalcaoctl(arguments
                                          + QStringList { "--db", m_db, "--passphrase-file",
                                                          kFixtures + "/passphrase", "--json" });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath("shop.db");
        QVERIFY(QFile::copy(kFixtures + "/shop.db", m_db));
        QVERIFY(QFile::copy(kFixtures + "/shop.db.keyinfo", m_db + ".keyinfo"));
        QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    }

    void testSameJsonAsThePreviousRelease_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("printed"); // what the previous release printed
        for (int n = 1; n <= 9; ++n)
            QTest::addRow("sale %d", n)
                << QStringList { "sale", "show", QString("CEN-WD19-00000%1").arg(n) }
                << QString("sale%1.json").arg(n);
        for (int n = 1; n <= 5; ++n)
            QTest::addRow("return %d", n)
                << QStringList { "return", "show", QString("CEN-WD19-R0000%1").arg(n) }
                << QString("ret%1.json").arg(n);
        QTest::addRow("Maria's account")
            << QStringList { "account", "show", "11 98765-4321" } << "acct_maria.json";
        QTest::addRow("João's account")
            << QStringList { "account", "show", "21 99876-5432" } << "acct_joao.json";
        QTest::addRow("Z report") << QStringList { "shift", "report", "--shift",
                                                   "01a25274-4e7b-700c-8ae5-17834c2069dc" }
                                  << "z.json";
        QTest::addRow("X report") << QStringList { "shift", "report" } << "x.json";
        QTest::addRow("shifts") << QStringList { "shift", "list" } << "shifts.json";
        QTest::addRow("sales") << QStringList { "sale", "list" } << "sales.json";
        QTest::addRow("products") << QStringList { "product", "list", "--all" } << "products.json";
        QTest::addRow("services") << QStringList { "service", "list", "--all" } << "services.json";
        QTest::addRow("the charged appointment")
            << QStringList { "appointment", "show", "01a25274-8e58-71c8-8815-39c21f894a5a" }
            << "appt.json";
    }
    void testSameJsonAsThePreviousRelease()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, printed);
        const auto run = ctl(command);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonDocument expected
            = QJsonDocument::fromJson(readFile(kFixtures + "/balcaoctl/" + printed));
        QVERIFY(!expected.isNull());
        if (run.json() != expected)
            QFAIL(qPrintable(
                QString("%1 differs from what the previous release printed:\n%2\n"
                        "now:\n%3")
                    .arg(command.join(' '),
                         QString::fromUtf8(expected.toJson(QJsonDocument::Indented)),
                         QString::fromUtf8(run.json().toJson(QJsonDocument::Indented)))));
    }

    void testSameStateHash()
    {
        const auto run = Balcao::Test::runBalcaoctl(
            { "state-hash", "--db", m_db, "--passphrase-file", kFixtures + "/passphrase" });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), readFile(kFixtures + "/state-hash").trimmed());
    }
};

QTEST_GUILESS_MAIN(TestPreviousReleaseCli)
#include "TestPreviousReleaseCli.moc"
