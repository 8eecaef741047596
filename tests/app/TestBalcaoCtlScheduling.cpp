// SPDX-License-Identifier: GPL-3.0-or-later
// Command lines read better with plain literals.
#undef QT_NO_CAST_FROM_ASCII

#include "CtlProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The scheduling commands of the real balcaoctl binary: service, staff,
// appointment and availability, with --json as scripts use them.
class TestBalcaoCtlScheduling : public QObject, private Balcao::Test::CtlDatabase
{
    Q_OBJECT

private:
    using Run = Balcao::Test::CtlRun;

    int count(const QString &table)
    {
        return static_cast<int>(scalar("SELECT count(*) AS n FROM " + table));
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath("agenda.db");
        QCOMPARE(ctl({ "init", "--business", "Salão", "--location", "Centro", "--timezone",
                       "America/Sao_Paulo", "--currency", "BRL" })
                     .exitCode,
                 0);
        QCOMPARE(ctl({ "staff", "add", "--name", "Ana", "--json" }).exitCode, 0);
        QCOMPARE(ctl({ "staff", "add", "--name", "Bruno", "--json" }).exitCode, 0);
        for (const char *who : { "Ana", "Bruno" }) {
            for (int weekday = 1; weekday <= 6; ++weekday)
                QCOMPARE(
                    ctl({ "staff", "hours", "--staff", who, "--weekday", QString::number(weekday),
                          "--hours", "09:00-18:00,break 12:00-13:00" })
                        .exitCode,
                    0);
        }
    }

    void testServiceCatalog()
    {
        const Run added
            = ctl({ "service", "add", "--name", "Corte", "--duration", "60", "--price", "80,00",
                    "--category", "Cabelo", "--staff", "Ana,Bruno", "--json" });
        QCOMPARE(added.exitCode, 0);
        const QJsonObject cut = added.json().object();
        QCOMPARE(cut.value("price").toString(), QStringLiteral("80.00"));
        QCOMPARE(cut.value("staff_ids").toArray().size(), 2);
        QCOMPARE(ctl({ "service", "add", "--name", "Coloração", "--duration", "90",
                       "--buffer-after", "15", "--staff", "Ana" })
                     .exitCode,
                 0);
        const QJsonArray list = ctl({ "service", "list", "--json" }).json().array();
        QCOMPARE(list.size(), 2);

        // Bad input: a clear error and nothing written.
        const int before = count("services");
        const Run bad = ctl({ "service", "add", "--name", "X", "--duration", "zero", "--json" });
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(bad.err)
                     .object()
                     .value("error")
                     .toObject()
                     .value("code")
                     .toString(),
                 QStringLiteral("cli.notANumber"));
        QVERIFY(ctl({ "service", "add", "--name", "X", "--duration", "0" }).exitCode != 0);
        QVERIFY(
            ctl({ "service", "add", "--name", "X", "--duration", "30", "--staff", "Zé" }).exitCode
            != 0);
        QCOMPARE(count("services"), before);
    }

    void testBookMoveCancel()
    {
        const Run offeredRun
            = ctl({ "availability", "--service", "Corte", "--staff", "Ana", "--from", "2027-03-01",
                    "--days", "1", "--step", "60", "--json" });
        QCOMPARE(offeredRun.exitCode, 0);
        const QJsonArray offered = offeredRun.json().array();
        QCOMPARE(offered.size(), 8); // 09–12 and 13–18, hourly
        QCOMPARE(offered.first().toObject().value("starts_at").toString(),
                 QStringLiteral("2027-03-01T09:00:00-03:00"));

        const Run booked = ctl({ "appointment", "book", "--service", "Corte", "--staff", "Ana",
                                 "--start", "2027-03-01T10:00", "--source", "phone", "--json" });
        QCOMPARE(booked.exitCode, 0);
        const QString id = booked.json().object().value("id").toString();
        QVERIFY(!id.isEmpty());

        // The same staff member at an overlapping time is refused...
        const Run clash = ctl({ "appointment", "book", "--service", "Corte", "--staff", "Ana",
                                "--start", "2027-03-01T10:30", "--json" });
        QCOMPARE(clash.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(clash.err)
                     .object()
                     .value("error")
                     .toObject()
                     .value("code")
                     .toString(),
                 QStringLiteral("appointment.conflicts"));
        // ...and the next free slot says so.
        const QJsonArray next = ctl({ "availability", "--service", "Corte", "--staff", "Ana",
                                      "--from", "2027-03-01", "--step", "60", "--next", "--json" })
                                    .json()
                                    .array();
        QCOMPARE(next.first().toObject().value("starts_at").toString(),
                 QStringLiteral("2027-03-01T09:00:00-03:00"));

        const Run moved = ctl({ "appointment", "move", id, "--start", "2027-03-01T14:00", "--staff",
                                "Bruno", "--json" });
        QCOMPARE(moved.exitCode, 0);
        QCOMPARE(moved.json().object().value("starts_at").toString(),
                 QStringLiteral("2027-03-01T14:00:00-03:00"));
        const QJsonArray day
            = ctl({ "appointment", "list", "--from", "2027-03-01", "--days", "7", "--json" })
                  .json()
                  .array();
        QCOMPARE(day.size(), 1);
        QCOMPARE(ctl({ "appointment", "cancel", id, "--json" }).exitCode, 1); // needs --reason
        const Run cancelled
            = ctl({ "appointment", "cancel", id, "--reason", "Cliente pediu", "--json" });
        QCOMPARE(cancelled.exitCode, 0);
        QCOMPARE(cancelled.json().object().value("status").toString(), QStringLiteral("cancelled"));
    }

    void testWeeklySeries()
    {
        const Run series
            = ctl({ "appointment", "book", "--service", "Coloração", "--start", "2027-04-05T14:00",
                    "--repeat-weeks", "2", "--times", "3", "--json" });
        QCOMPARE(series.exitCode, 0);
        const QJsonArray made = series.json().array();
        QCOMPARE(made.size(), 3);
        QCOMPARE(made.at(2).toObject().value("starts_at").toString(),
                 QStringLiteral("2027-05-03T14:00:00-03:00"));
    }

    void testErrorsAreTranslated()
    {
        const Run r = ctl({ "appointment", "book", "--service", "Corte", "--start", "amanhã" },
                          { "LANG=pt_BR.UTF-8", "LC_ALL=pt_BR.UTF-8", "LANGUAGE=pt_BR" });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("não é uma data"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestBalcaoCtlScheduling)
#include "TestBalcaoCtlScheduling.moc"
