// SPDX-License-Identifier: GPL-3.0-or-later
// The real balcao binary, started as the package smoke tests start the
// installed one (installer/linux/smoke-test): its --version and --help, and
// --smoke-test reaching the first-run wizard on an empty profile and the
// agenda of a demo salon made by `balcaoctl init --demo`, quitting with 0 and
// no warning from Qt.
#include "CtlProcess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef BALCAO_PATH
#error "The test's CMake target defines BALCAO_PATH, the balcao binary it starts."
#endif

class TestBalcaoDesktop : public QObject
{
    Q_OBJECT

private:
    struct AppRun
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_passFile;

    // An empty profile of its own: home, settings, data and runtime folders.
    QProcessEnvironment profile(const QString &name,
                                const QString &lang = QStringLiteral("C.UTF-8"))
    {
        const QString home = m_dir.filePath(name);
        QDir().mkpath(home + QStringLiteral("/runtime"));
        QFile::setPermissions(home + QStringLiteral("/runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LC_ALL"), lang);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Every message with its type, so a warning cannot pass unseen.
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                   QStringLiteral("%{type} %{category}: %{message}"));
        return env;
    }

    AppRun balcao(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BALCAO_PATH), arguments);
        // The probe has its own 60 s deadline; this one only catches a hang.
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
        }
        return AppRun { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                        QString::fromUtf8(p.readAllStandardOutput()),
                        QString::fromUtf8(p.readAllStandardError()) };
    }

    // Warnings, criticals and fatals, except the one the offscreen platform
    // prints for any window with a size constraint (it cannot pass size hints
    // to a window system it does not have; xcb and Wayland can).
    static QStringList qtWarnings(const QString &log)
    {
        QStringList found;
        for (const QString &line : log.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("warning "))
                && !line.startsWith(QLatin1String("critical "))
                && !line.startsWith(QLatin1String("fatal ")))
                continue;
            if (line.endsWith(QLatin1String("This plugin does not support propagateSizeHints()")))
                continue;
            found << line;
        }
        return found;
    }

    QString demoDatabase(const QStringList &extra = {})
    {
        static int count = 0;
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.db").arg(++count));
        const auto r = Balcao::Test::runBalcaoctl(
            QStringList { QStringLiteral("init"), QStringLiteral("--db"), path,
                          QStringLiteral("--passphrase-file"), m_passFile,
                          QStringLiteral("--business"), QStringLiteral("Studio Bella"),
                          QStringLiteral("--location"), QStringLiteral("Centro"),
                          QStringLiteral("--timezone"), QStringLiteral("America/Sao_Paulo"),
                          QStringLiteral("--currency"), QStringLiteral("BRL"),
                          QStringLiteral("--demo") }
            + extra);
        if (r.exitCode != 0)
            qFatal("balcaoctl init --demo failed: %s", r.err.constData());
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_passFile = m_dir.filePath(QStringLiteral("pass.txt"));
        QFile pass(m_passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("demo passphrase 2026\n");
    }

    void testVersion()
    {
        const AppRun run
            = balcao({ QStringLiteral("--version") }, profile(QStringLiteral("version")));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(),
                 QStringLiteral("Balcao %1").arg(QStringLiteral(BALCAO_VERSION)));
    }

    void testHelpIsTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("dbOption");
        QTest::addRow("en") << QStringLiteral(
            "C.UTF-8") << QStringLiteral("Point of sale and booking for salons, spas and clinics.")
                            << QStringLiteral("The database file");
        QTest::addRow("pt_BR") << QStringLiteral("pt_BR.UTF-8")
                               << QStringLiteral("Ponto de venda e agendamento para salões")
                               << QStringLiteral("O arquivo do banco de dados");
    }

    void testHelpIsTranslated()
    {
        QFETCH(QString, lang);
        QFETCH(QString, description);
        QFETCH(QString, dbOption);
        const AppRun run = balcao(
            { QStringLiteral("--help") },
            profile(QStringLiteral("help-") + QString::fromLatin1(QTest::currentDataTag()), lang));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(description), qPrintable(run.out));
        QVERIFY2(run.out.contains(dbOption), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("--passphrase-file")), qPrintable(run.out));
        // The hidden options stay hidden.
        QVERIFY(!run.out.contains(QLatin1String("--smoke-test")));
        QVERIFY(!run.out.contains(QLatin1String("--screenshot")));
    }

    // `balcaoctl init --demo` seeds the wizard's demo salon in the new file:
    // staff, clients, this week's appointments; without --demo, none of it.
    void testInitDemoSeedsTheDemoSalon()
    {
        const QString demo = demoDatabase();
        const auto count = [&](const QString &path, const QString &table) {
            const auto r = Balcao::Test::runBalcaoctl(
                { QStringLiteral("sql"), QStringLiteral("SELECT count(*) FROM %1").arg(table),
                  QStringLiteral("--db"), path, QStringLiteral("--passphrase-file"), m_passFile });
            return r.exitCode == 0 ? r.out.trimmed().toInt() : -1;
        };
        QVERIFY(count(demo, QStringLiteral("staff")) >= 3);
        QVERIFY(count(demo, QStringLiteral("clients")) >= 24);
        QVERIFY(count(demo, QStringLiteral("appointments")) > 0);

        const QString plain = m_dir.filePath(QStringLiteral("plain.db"));
        const auto init = Balcao::Test::runBalcaoctl(
            { QStringLiteral("init"), QStringLiteral("--db"), plain,
              QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("--business"),
              QStringLiteral("Plain"), QStringLiteral("--location"), QStringLiteral("Centro"),
              QStringLiteral("--timezone"), QStringLiteral("America/Sao_Paulo"),
              QStringLiteral("--currency"), QStringLiteral("BRL") });
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(count(plain, QStringLiteral("appointments")), 0);
        QCOMPARE(count(plain, QStringLiteral("clients")), 0);
    }

    void testSmokeTestReachesTheFirstRunWizard()
    {
        const QString db = m_dir.filePath(QStringLiteral("never-made.db"));
        const AppRun run = balcao({ QStringLiteral("--db"), db, QStringLiteral("--smoke-test") },
                                  profile(QStringLiteral("empty")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("smoke-test: first-run wizard"));
        QVERIFY2(qtWarnings(run.err).isEmpty(), qPrintable(qtWarnings(run.err).join(u'\n')));
        // Reaching the wizard and cancelling it creates nothing.
        QVERIFY(!QFile::exists(db));
    }

    void testSmokeTestReachesTheAgendaOfTheDemo()
    {
        const QString db = demoDatabase();
        const QString picture = m_dir.filePath(QStringLiteral("agenda.png"));
        const AppRun run
            = balcao({ QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"), m_passFile,
                       QStringLiteral("--smoke-test"), QStringLiteral("--screenshot"), picture },
                     profile(QStringLiteral("demo")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const auto match
            = QRegularExpression(QStringLiteral("^smoke-test: agenda, (\\d+) appointments$"))
                  .match(run.out.trimmed());
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        // The demo books the current week: the agenda read it.
        QVERIFY2(match.captured(1).toInt() > 0, qPrintable(run.out));
        QVERIFY2(qtWarnings(run.err).isEmpty(), qPrintable(qtWarnings(run.err).join(u'\n')));
        const QImage shot(picture);
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() > 400 && shot.height() > 300);
    }

    void testSmokeTestFailsWhenSomethingElseComesFirst()
    {
        // A business with users asks who is signing in: not the agenda.
        const QString password = m_dir.filePath(QStringLiteral("admin-password.txt"));
        QFile file(password);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("s3cret-pass\n");
        file.close();
        const QString db = demoDatabase({ QStringLiteral("--admin-login"), QStringLiteral("maria"),
                                          QStringLiteral("--admin-password-file"), password });
        const AppRun run = balcao({ QStringLiteral("--db"), db, QStringLiteral("--passphrase-file"),
                                    m_passFile, QStringLiteral("--smoke-test") },
                                  profile(QStringLiteral("sign-in")));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.startsWith(QLatin1String("smoke-test: stopped at")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestBalcaoDesktop)
#include "TestBalcaoDesktop.moc"
