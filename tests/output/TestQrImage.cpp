// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrImage.h"

#include "sales/PixCode.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Balcao;

Q_DECLARE_METATYPE(Balcao::QrMatrix::ErrorCorrection)

namespace {

QString pixPayload(const QString &amount, const QString &txid)
{
    PixCharge charge { *PixKey::parse(PixKey::Type::Cpf, QStringLiteral("529.982.247-25")),
                       QStringLiteral("Salão Bela Vista"),
                       QStringLiteral("São Paulo"),
                       std::nullopt,
                       txid,
                       QStringLiteral("Corte e escova"),
                       PixUse::SingleUse };
    if (!amount.isEmpty())
        charge.amount = *Money::parse(amount, *Currency::fromCode(QStringLiteral("BRL")));
    return PixCode::build(charge)->payload();
}

} // namespace

class TestQrImage : public QObject
{
    Q_OBJECT

private:
    QString m_zbarimg;
    QTemporaryDir m_dir;

    // What a real decoder reads from the PNG file, as its raw bytes.
    QByteArray decode(const QImage &image, const QString &name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".png"));
        if (!image.save(path, "PNG"))
            return "(could not write " + path.toUtf8() + ")";
        QProcess zbar;
        zbar.start(m_zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), path });
        if (!zbar.waitForFinished(30000))
            return "(zbarimg did not finish)";
        if (zbar.exitStatus() != QProcess::NormalExit || zbar.exitCode() != 0)
            return "(zbarimg found no code: exit " + QByteArray::number(zbar.exitCode()) + ")";
        return zbar.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        // The round trip through a real decoder is the point of this test, so
        // a machine without one fails instead of skipping: scripts/setup
        // installs it (Debian package zbar-tools, scripts/deps-debian.txt).
        m_zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!m_zbarimg.isEmpty(),
                 "zbarimg not found: install the zbar-tools package (scripts/setup does)");
        QVERIFY(m_dir.isValid());
    }

    void testDecodesToThePayload_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("modulePixels");
        QTest::addColumn<QrMatrix::ErrorCorrection>("level");
        const QString central = QStringLiteral(
            "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000"
            "5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D");
        const QString sale = pixPayload(QStringLiteral("87.50"), QStringLiteral("VENDA20260917X1"));
        const QString open = pixPayload({}, {});
        const auto medium = QrMatrix::ErrorCorrection::Medium;
        QTest::addRow("Central Bank example, 4 px") << central << 4 << medium;
        QTest::addRow("Central Bank example, 2 px") << central << 2 << medium;
        QTest::addRow("sale with amount and txid, 3 px") << sale << 3 << medium;
        QTest::addRow("sale with amount and txid, 8 px") << sale << 8 << medium;
        QTest::addRow("open amount, high correction")
            << open << 4 << QrMatrix::ErrorCorrection::High;
        QTest::addRow("open amount, low correction") << open << 4 << QrMatrix::ErrorCorrection::Low;
    }
    void testDecodesToThePayload()
    {
        QFETCH(QString, payload);
        QFETCH(int, modulePixels);
        QFETCH(QrMatrix::ErrorCorrection, level);
        QVERIFY(PixCode::parse(payload).ok());
        auto matrix = QrMatrix::encode(payload, level);
        QVERIFY(matrix.ok());
        const QImage image = QrImage::render(*matrix, modulePixels);
        // zbarimg ends what it read with a newline.
        QCOMPARE(decode(image, QString::fromLatin1(QTest::currentDataTag())),
                 payload.toUtf8() + '\n');
    }

    void testGeometry()
    {
        auto matrix = QrMatrix::encode(QStringLiteral("Balcão"));
        QVERIFY(matrix.ok());
        const int px = 5;
        const QImage image = QrImage::render(*matrix, px);
        const int quiet = QrImage::kQuietZoneModules * px;
        QCOMPARE(image.width(), (matrix->size() + 8) * px);
        QCOMPARE(image.height(), image.width());
        // Every pixel is pure black or white and shows its module; the quiet
        // zone all round is white.
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int mx = (x - quiet) / px;
                const int my = (y - quiet) / px;
                const bool inside
                    = x >= quiet && y >= quiet && mx < matrix->size() && my < matrix->size();
                const bool dark = inside && matrix->isDark(mx, my);
                const QRgb expected = dark ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
                if (image.pixel(x, y) != expected)
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2").arg(x).arg(y)));
            }
        }
    }

    void testNoImageForModulesBelowOnePixel()
    {
        auto matrix = QrMatrix::encode(QStringLiteral("x"));
        QVERIFY(matrix.ok());
        QVERIFY(QrImage::render(*matrix, 0).isNull());
        QVERIFY(QrImage::render(*matrix, -3).isNull());
        QCOMPARE(QrImage::render(*matrix, 1).width(), 21 + 8);
    }
};

QTEST_GUILESS_MAIN(TestQrImage)
#include "TestQrImage.moc"
