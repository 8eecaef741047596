// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "storage/LocalStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSslSocket>
#include <QVBoxLayout>

namespace Balcao {

AboutFacts AboutFacts::of(LocalStore &store)
{
    AboutFacts facts;
    facts.version = QCoreApplication::applicationVersion();
    facts.qtVersion = QString::fromLatin1(qVersion());
    facts.sqlcipherVersion = store.database().cipherVersion();
    facts.tlsLibrary = QSslSocket::sslLibraryVersionString();
    facts.schemaVersion = store.database().schemaVersion();
#ifdef BALCAO_HOMEPAGE_URL
    facts.homepage = QStringLiteral(BALCAO_HOMEPAGE_URL);
#endif
    return facts;
}

QString AboutDialog::versionsText(const AboutFacts &facts)
{
    QStringList parts;
    parts << tr("Qt %1").arg(facts.qtVersion);
    parts << tr("SQLCipher %1").arg(facts.sqlcipherVersion);
    if (!facts.tlsLibrary.isEmpty())
        parts << facts.tlsLibrary;
    parts << tr("database schema %1").arg(facts.schemaVersion);
    return parts.join(QStringLiteral(" · "));
}

AboutDialog::AboutDialog(const AboutFacts &facts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Balcão"));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QApplication::windowIcon().pixmap(QSize(96, 96)));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(tr("<h2>Balcão %1</h2>").arg(facts.version.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *text = new QLabel(
        tr("<p>Point of sale and booking for salons, spas and clinics.</p>"
           "<p>Your data stays on this computer, in an encrypted database; terminals of "
           "the same business reconcile through its own server.</p>"),
        this);
    text->setWordWrap(true);
    auto *versions = new QLabel(versionsText(facts).toHtmlEscaped(), this);
    versions->setObjectName(QStringLiteral("aboutVersions"));
    versions->setWordWrap(true);
    versions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    versions->setForegroundRole(QPalette::PlaceholderText);

    QString licence = tr("Free software under the <a href=\"%1\">GNU General Public License</a>, "
                         "version 3 or later.")
                          .arg(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html"));
    if (!facts.homepage.isEmpty())
        licence += QStringLiteral("<br>")
            + QStringLiteral("<a href=\"%1\">%2</a>")
                  .arg(facts.homepage.toHtmlEscaped(), facts.homepage.toHtmlEscaped());
    auto *links = new QLabel(licence, this);
    links->setObjectName(QStringLiteral("aboutLinks"));
    links->setOpenExternalLinks(true);
    links->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(text);
    column->addWidget(versions);
    column->addWidget(links);
    column->addStretch();
    auto *row = new QHBoxLayout;
    row->setSpacing(20);
    row->addWidget(icon);
    row->addLayout(column, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace Balcao
