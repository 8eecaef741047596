// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Balcao;

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList forms; // one translation, or every plural form

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    QString where() const { return QStringLiteral("%1: \"%2\"").arg(context, source); }
};

QList<TsEntry> readTs(const QString &path)
{
    QList<TsEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = TsEntry {};
            entry.context = context;
            entry.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            entry.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        entry.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                entry.forms << xml.readElementText();
            }
            entries << entry;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return entries;
}

// %1..%99 and %n, as a sorted list with repeats removed: a translation may
// reorder placeholders but must keep every one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n|L\\d)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

// An accelerator is "&x"; "&&" is a literal ampersand.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&[^\\s&;]"));
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(BALCAO_SOURCE_DIR "/translations/balcao_%1.ts").arg(language);
}

QString listed(const QStringList &problems)
{
    const int shown = 25;
    QString text = problems.mid(0, shown).join(QLatin1Char('\n'));
    if (problems.size() > shown)
        text += QStringLiteral("\n... and %1 more").arg(problems.size() - shown);
    return text;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void testCatalogueIsComplete_data();
    void testCatalogueIsComplete();
    void testPlaceholdersAreKept_data();
    void testPlaceholdersAreKept();
    void testAcceleratorsAreKept_data();
    void testAcceleratorsAreKept();
    void testEnglishIsTheSourceText();
    void testCataloguesMatchTheSources();
    void testEmbeddedCatalogueTranslates_data();
    void testEmbeddedCatalogueTranslates();
    void testBestTranslation_data();
    void testBestTranslation();
};

static void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
}

void TestTranslations::testCatalogueIsComplete_data()
{
    addLanguages();
}

void TestTranslations::testCatalogueIsComplete()
{
    QFETCH(QString, language);
    const QList<TsEntry> entries = readTs(tsPath(language));
    QVERIFY2(entries.size() > 100, "the catalogue is missing or nearly empty");
    QStringList problems;
    for (const TsEntry &entry : entries) {
        if (!entry.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(entry.where(), entry.type);
        else if (entry.forms.isEmpty()
                 || std::any_of(entry.forms.begin(), entry.forms.end(),
                                [](const QString &form) { return form.trimmed().isEmpty(); }))
            problems << QStringLiteral("%1 has an empty translation").arg(entry.where());
        else if (entry.numerus && entry.forms.size() < 2)
            problems << QStringLiteral("%1 needs singular and plural forms").arg(entry.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

void TestTranslations::testPlaceholdersAreKept_data()
{
    addLanguages();
}

void TestTranslations::testPlaceholdersAreKept()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const TsEntry &entry : readTs(tsPath(language))) {
        const QStringList wanted = placeholders(entry.source);
        for (const QString &form : entry.forms) {
            if (placeholders(form) != wanted)
                problems << QStringLiteral("%1: \"%2\" has %3, the source %4")
                                .arg(entry.where(), form, placeholders(form).join(QLatin1Char(' ')),
                                     wanted.join(QLatin1Char(' ')));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

void TestTranslations::testAcceleratorsAreKept_data()
{
    addLanguages();
}

void TestTranslations::testAcceleratorsAreKept()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const TsEntry &entry : readTs(tsPath(language))) {
        const int wanted = accelerators(entry.source);
        for (const QString &form : entry.forms) {
            if (accelerators(form) != wanted)
                problems << QStringLiteral("%1: \"%2\" has %3 accelerator(s), the source %4")
                                .arg(entry.where(), form)
                                .arg(accelerators(form))
                                .arg(wanted);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

void TestTranslations::testEnglishIsTheSourceText()
{
    QStringList problems;
    for (const TsEntry &entry : readTs(tsPath(QStringLiteral("en")))) {
        if (!entry.numerus && entry.forms.value(0) != entry.source)
            problems << QStringLiteral("%1 is translated as \"%2\"")
                            .arg(entry.where(), entry.forms.value(0));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

void TestTranslations::testCataloguesMatchTheSources()
{
    // The same lupdate run as scripts/update-translations, into copies.
    QFile list(QStringLiteral(BALCAO_SOURCE_DIR "/translations/sources.txt"));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList folders;
    for (const QString &line : QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#')))
            folders << line.trimmed();
    }
    QVERIFY(!folders.isEmpty());

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QStringList copies;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("pt_BR") }) {
        const QString copy = scratch.filePath(QStringLiteral("balcao_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        copies << copy;
    }
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(BALCAO_SOURCE_DIR));
    lupdate.start(QStringLiteral(BALCAO_LUPDATE),
                  QStringList { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                QStringLiteral("-locations"), QStringLiteral("none"),
                                QStringLiteral("-extensions"), QStringLiteral("h,cpp") }
                      + folders + QStringList { QStringLiteral("-ts") } + copies);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);

    for (int i = 0; i < copies.size(); ++i) {
        const QString committedPath
            = tsPath(i == 0 ? QStringLiteral("en") : QStringLiteral("pt_BR"));
        QSet<QString> committed;
        for (const TsEntry &entry : readTs(committedPath))
            committed.insert(entry.key());
        QSet<QString> current;
        for (const TsEntry &entry : readTs(copies.at(i)))
            current.insert(entry.key());
        QStringList problems;
        for (const QString &key : current - committed)
            problems << QStringLiteral("new in the sources: %1").arg(key);
        for (const QString &key : committed - current)
            problems << QStringLiteral("gone from the sources: %1").arg(key);
        problems.sort();
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral(
                           "%1 is out of date; run scripts/update-translations and translate:\n%2")
                           .arg(committedPath, listed(problems))));
    }
}

void TestTranslations::testEmbeddedCatalogueTranslates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pt_BR navigation")
        << QStringLiteral("pt_BR") << QStringLiteral("Balcao::NavigationBar")
        << QStringLiteral("Clients") << QStringLiteral("Clientes");
    QTest::newRow("pt_BR core error")
        << QStringLiteral("pt_BR") << QStringLiteral("Balcao::ClientService")
        << QStringLiteral("The client needs a name.")
        << QStringLiteral("O cliente precisa de um nome.");
    QTest::newRow("en navigation")
        << QStringLiteral("en") << QStringLiteral("Balcao::NavigationBar")
        << QStringLiteral("Clients") << QStringLiteral("Clients");
    // Switching back must remove the earlier catalogue, not stack on it.
    QTest::newRow("pt_BR then en")
        << QStringLiteral("pt_BR,en") << QStringLiteral("Balcao::NavigationBar")
        << QStringLiteral("Clients") << QStringLiteral("Clients");
}

void TestTranslations::testEmbeddedCatalogueTranslates()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    for (const QString &step : language.split(QLatin1Char(',')))
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(step)));
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), expected);
}

void TestTranslations::testBestTranslation_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Brazil") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
    QTest::newRow("Portugal gets Brazilian") << QStringLiteral("pt_PT") << QStringLiteral("pt_BR");
    QTest::newRow("British English") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("German falls back to English")
        << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("C locale") << QStringLiteral("C") << QStringLiteral("en");
}

void TestTranslations::testBestTranslation()
{
    QFETCH(QString, wanted);
    QFETCH(QString, expected);
    QVERIFY(availableTranslations().contains(QStringLiteral("en")));
    QVERIFY(availableTranslations().contains(QStringLiteral("pt_BR")));
    QCOMPARE(availableTranslations().first(), QStringLiteral("en"));
    QCOMPARE(bestTranslation(QLocale(wanted)), expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
