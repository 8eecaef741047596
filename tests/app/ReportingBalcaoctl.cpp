// SPDX-License-Identifier: GPL-3.0-or-later
// The child of the CLI kill tests (tests/support/KillHarness.h): balcaoctl's
// own commands (the balcao_ctl library the real binary is a thin main over),
// run one after the other in this process until the harness kills it. Each
// run that exits 0 is reported as a commit; "%n" in an argument becomes the
// run's number. With BALCAO_TEST_HOLD_COMMITS=1 every SQLite commit waits for
// the harness's leave, so that it can kill the command inside one.
#include "CtlCommands.h"
#include "KillHarness.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // As balcaoctl's main, so that the commands see the same settings paths.
    QCoreApplication::setOrganizationName(QStringLiteral("Balcao"));
    QCoreApplication::setApplicationName(QStringLiteral("balcaoctl"));
    Balcao::Test::CommitReporter reporter = Balcao::Test::CommitReporter::fromEnvironment();
    if (!reporter.isConnected()) {
        std::fputs("balcaoctl-reporting runs under the kill harness (BALCAO_TEST_REPORT_FD)\n",
                   stderr);
        return 2;
    }
    reporter.holdCommitsFromNowOn();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    for (int n = 1;; ++n) {
        QStringList run;
        for (const QString &argument : std::as_const(arguments))
            run << QString(argument).replace(QStringLiteral("%n"), QString::number(n));
        const int code = Balcao::Ctl::CtlCommands::run(run, out, err);
        out.flush();
        err.flush();
        if (code != 0)
            return code;
        reporter.committed();
    }
}
