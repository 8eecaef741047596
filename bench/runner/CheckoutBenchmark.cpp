// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckoutBenchmark.h"

#include "Log.h"
#include "Random.h"
#include "RawSaleWriter.h"
#include "Samples.h"
#include "SimulatedClock.h"
#include "WorkingCopy.h"
#include "catalog/ProductCatalog.h"
#include "inventory/StockLedger.h"
#include "locations/LocationService.h"
#include "sales/CartBuilder.h"
#include "sales/CheckoutService.h"
#include "sales/PriceCalculator.h"
#include "sales/SalesJournal.h"
#include "sales/SalesSettings.h"
#include "storage/LocalStore.h"

#include <QFile>
#include <QSqlQuery>

namespace Balcao::Bench {

namespace {

// Issue 5, item 9.
constexpr double kMaxCommitRatio = 2.0;
constexpr double kMaxCommitP99Ms = 5;
constexpr double kMaxHistoryMs = 50;
constexpr double kMaxOnHandMs = 1;
// The sales history page's defaults (ui/history): the terminal's location,
// the last 30 days, pages of 50 (and one more to know if another follows).
constexpr int kHistoryDays = 30;
constexpr int kHistoryPage = 50;
constexpr int kLines = 5;

double ratio(double service, double raw)
{
    return raw > 0 ? rounded(service / raw, 2) : 0.0;
}

RawSaleWriter::Value text(const QString &value)
{
    if (value.isEmpty())
        return nullptr;
    return value.toStdString();
}

RawSaleWriter::Value id(const Id &value)
{
    if (value.isNull())
        return nullptr;
    return value.toString().toStdString();
}

// The rows CheckoutService writes for `request`, built the way it builds
// them (same columns and values; ids, number and time of the raw writer).
RawSaleWriter::Value minorValue(const std::optional<Money> &amount)
{
    return amount ? RawSaleWriter::Value(amount->minorUnits()) : RawSaleWriter::Value(nullptr);
}

RawSaleWriter::Sale rawSale(RawSaleWriter &writer, const CheckoutRequest &request,
                            const CartTotals &totals, qint64 sequence, qint64 at)
{
    using Row = RawSaleWriter::Row;
    const Cart &cart = request.cart;
    RawSaleWriter::Sale sale;
    sale.id = writer.nextId();
    const std::string location = request.locationId.toString().toStdString();
    sale.sale = Row {
        { "approved_by", nullptr },
        { "appointment_id", nullptr },
        { "at", at },
        { "client_id", id(cart.clientId) },
        { "currency", cart.currency.code().toStdString() },
        { "device_id", writer.deviceId() },
        { "discount_minor", totals.discount.minorUnits() },
        { "exchange_return_id", nullptr },
        { "gross_minor", totals.gross.minorUnits() },
        { "location_id", location },
        { "notes", nullptr },
        { "number", "RAW-" + std::to_string(sequence) },
        { "order_discount", nullptr },
        { "sequence", sequence },
        { "shift_id", nullptr },
        { "tax_minor", totals.tax.minorUnits() },
        { "tax_rounding", std::string("line") },
        { "tip_minor", totals.tip.minorUnits() },
        { "tip_staff_id", nullptr },
        { "total_minor", totals.total.minorUnits() },
        { "user_id", nullptr },
    };
    for (qsizetype i = 0; i < cart.lines.size(); ++i) {
        const CartLine &c = cart.lines.at(i);
        const LineAmounts &a = totals.lines.at(i);
        sale.lines.emplace_back(writer.nextId(),
                                Row { { "appointment_item_id", nullptr },
                                      { "description", c.description.toStdString() },
                                      { "gift_card_id", nullptr },
                                      { "kind", std::string("product") },
                                      { "line_discount_minor", a.lineDiscount.minorUnits() },
                                      { "net_minor", a.net.minorUnits() },
                                      { "order_discount_minor", a.orderDiscount.minorUnits() },
                                      { "position", qint64(i) },
                                      { "product_id", id(c.productId) },
                                      { "quantity", c.quantity },
                                      { "sale_id", sale.id },
                                      { "service_id", nullptr },
                                      { "sku", text(c.sku) },
                                      { "staff_id", nullptr },
                                      { "tax_class_id", id(c.tax.taxClassId) },
                                      { "tax_included", qint64(c.tax.included ? 1 : 0) },
                                      { "tax_minor", a.tax.minorUnits() },
                                      { "tax_name", text(c.tax.name) },
                                      { "tax_rate_bp", qint64(c.tax.rateBp) },
                                      { "total_minor", a.total.minorUnits() },
                                      { "unit_cost_minor", minorValue(c.unitCost) },
                                      { "unit_price_minor", c.unitPrice.minorUnits() } });
        sale.movements.emplace_back(writer.nextId(),
                                    Row { { "at", at },
                                          { "device_id", writer.deviceId() },
                                          { "expires_on", nullptr },
                                          { "kind", std::string("sale") },
                                          { "location_id", location },
                                          { "lot", nullptr },
                                          { "product_id", id(c.productId) },
                                          { "quantity", -c.quantity },
                                          { "reason", nullptr },
                                          { "source_id", sale.id },
                                          { "source_table", std::string("sales") },
                                          { "unit_cost_minor", minorValue(c.unitCost) },
                                          { "user_id", nullptr } });
    }
    for (const Tender &t : request.tenders) {
        sale.payments.emplace_back(writer.nextId(),
                                   Row { { "amount_minor", t.amount.minorUnits() },
                                         { "at", at },
                                         { "change_minor", nullptr },
                                         { "client_id", id(cart.clientId) },
                                         { "currency", cart.currency.code().toStdString() },
                                         { "device_id", writer.deviceId() },
                                         { "gift_card_id", nullptr },
                                         { "location_id", location },
                                         { "method", paymentMethodName(t.method).toStdString() },
                                         { "reference", text(t.reference) },
                                         { "return_id", nullptr },
                                         { "sale_id", sale.id },
                                         { "shift_id", nullptr },
                                         { "tendered_minor", nullptr },
                                         { "user_id", nullptr } });
    }
    return sale;
}

const char *const kCountedTables[]
    = { "sales", "sale_lines", "payments", "stock_movements", "change_log", "column_versions" };

QJsonObject rowCounts(const RawSaleWriter &db)
{
    QJsonObject out;
    for (const char *table : kCountedTables)
        out.insert(QLatin1String(table),
                   db.scalar(QByteArray("SELECT count(*) FROM ").append(table).constData()));
    return out;
}

QJsonObject difference(const QJsonObject &after, const QJsonObject &before)
{
    QJsonObject out;
    for (auto it = after.begin(); it != after.end(); ++it)
        out.insert(it.key(), it.value().toInteger() - before.value(it.key()).toInteger());
    return out;
}

} // namespace

CheckoutBenchmark::CheckoutBenchmark(QString generatedPath, QString workPath, DatabaseKey key,
                                     CheckoutOptions options)
    : m_generated(std::move(generatedPath))
    , m_work(std::move(workPath))
    , m_key(std::move(key))
    , m_options(options)
{ }

Result<QJsonObject> CheckoutBenchmark::run() const
{
    if (auto copied = makeWorkingCopy(m_generated, m_work); !copied)
        return copied.error();
    // "Now" is the generated business's: just after its last sale.
    qint64 businessNow = 0;
    {
        auto probe = LocalStore::open(m_work, m_key);
        if (!probe)
            return probe.error();
        businessNow = scalar(**probe, QStringLiteral("SELECT max(at) FROM sales")) + 60000;
    }
    if (businessNow <= 60000)
        return Error::invalid(QStringLiteral("bench.noSales"),
                              QStringLiteral("the generated business has no sales"));
    SimulatedClock clock(businessNow);
    LocalStore::Options options;
    options.clock = &clock;
    auto opened = LocalStore::open(m_work, m_key, options);
    if (!opened)
        return opened.error();
    LocalStore &store = **opened;
    auto raw = RawSaleWriter::open(m_work, m_key, options.pageCacheKiB);
    if (!raw)
        return raw.error();
    Random random(m_options.seed, "checkout-bench");

    const QList<Location> locations = LocationService(store).list();
    auto catalogue = ProductCatalog(store).search(QString(), 100000);
    if (!catalogue)
        return catalogue.error();
    QList<Product> products;
    for (const Product &p : std::as_const(*catalogue)) {
        if (p.trackStock)
            products << p;
    }
    if (locations.isEmpty() || products.size() < kLines)
        return Error::invalid(QStringLiteral("bench.noProducts"),
                              QStringLiteral("the generated business has too few products"));
    QList<Id> clients;
    {
        QSqlQuery q(store.database().connection());
        if (q.exec(QStringLiteral("SELECT id FROM clients WHERE deleted = 0 LIMIT 1000"))) {
            while (q.next())
                clients << Id::fromString(q.value(0).toString());
        }
    }
    QJsonObject out { { QStringLiteral("sales"),
                        scalar(store, QStringLiteral("SELECT count(*) FROM sales")) },
                      { QStringLiteral("sale_lines"),
                        scalar(store, QStringLiteral("SELECT count(*) FROM sale_lines")) },
                      { QStringLiteral("stock_movements"),
                        scalar(store, QStringLiteral("SELECT count(*) FROM stock_movements")) },
                      { QStringLiteral("products"), qint64(products.size()) } };

    // (1) Commits: a 5-line sale (five stocked products) for a client, paid
    // part by PIX and the rest by card. The cart is built (scanned) before
    // the clock starts; the service side's time is CheckoutService::checkout,
    // the raw side's the same rows in one transaction.
    CartBuilder builder(store);
    CheckoutService checkout(store);
    const auto taxRounding = SalesSettings(store).taxRounding();
    if (!taxRounding)
        return taxRounding.error();
    const TaxRounding rounding = *taxRounding;
    const auto nextRequest = [&]() -> Result<std::pair<CheckoutRequest, CartTotals>> {
        auto cart = builder.emptyCart();
        if (!cart)
            return cart.error();
        QList<qsizetype> picked;
        while (picked.size() < kLines) {
            const auto index = qsizetype(random.below(quint64(products.size())));
            if (!picked.contains(index))
                picked << index;
        }
        for (const qsizetype index : std::as_const(picked)) {
            auto line = builder.productLine(products.at(index), random.chance(200) ? 2 : 1);
            if (!line)
                return line.error();
            cart->lines << *line;
        }
        if (!clients.isEmpty())
            cart->clientId = random.pick(clients);
        auto totals = PriceCalculator::compute(*cart, rounding);
        if (!totals)
            return totals.error();
        CheckoutRequest r;
        r.cart = *cart;
        r.locationId = random.pick(locations).id;
        const Money &total = totals->total;
        const Money pix(total.minorUnits() / 100 * random.between(20, 80), total.currency());
        r.tenders << Tender { PaymentMethod::Pix, pix, {}, {} }
                  << Tender { PaymentMethod::Card,
                              Money(total.minorUnits() - pix.minorUnits(), total.currency()),
                              QStringLiteral("%1").arg(random.between(0, 999999), 6, 10,
                                                       QLatin1Char('0')),
                              {} };
        return std::pair { r, *totals };
    };
    Samples sides[2]; // raw, service
    qint64 rawSequence = 0;
    QJsonObject rowsPerSale[2];
    const int total = m_options.warmup + m_options.runs;
    logLine(QStringLiteral("checkout: %1 sales of %2 lines with 2 payments per side, alternating")
                .arg(m_options.runs)
                .arg(kLines));
    for (int k = 0; k < total; ++k) {
        auto next = nextRequest();
        if (!next)
            return next.error();
        const auto &[request, totals] = *next;
        clock.advance(1000);
        for (int turn = 0; turn < 2; ++turn) {
            const int side = (k + turn) % 2;
            const QJsonObject before = k == 0 ? rowCounts(**raw) : QJsonObject();
            const auto start = SteadyClock::now();
            if (side == 0) {
                const RawSaleWriter::Sale sale
                    = rawSale(**raw, request, totals, ++rawSequence, clock.nowMsecsSinceEpoch());
                if (auto written = (*raw)->write(sale); !written)
                    return written.error();
            } else if (auto sale = checkout.checkout(request); !sale) {
                return sale.error();
            }
            const qint64 elapsed = nanosecondsSince(start);
            if (k >= m_options.warmup)
                sides[side].add(elapsed);
            if (k == 0)
                rowsPerSale[side] = difference(rowCounts(**raw), before);
        }
    }
    const auto sideJson = [&](int side) {
        QJsonObject json = sides[side].toMicrosJson();
        json.insert(QStringLiteral("median_ms"),
                    rounded(static_cast<double>(sides[side].median()) / 1e6, 3));
        json.insert(QStringLiteral("p99_ms"),
                    rounded(static_cast<double>(sides[side].percentile(99)) / 1e6, 3));
        json.insert(QStringLiteral("rows_per_sale"), rowsPerSale[side]);
        return json;
    };
    const double serviceP99 = static_cast<double>(sides[1].percentile(99)) / 1e6;
    const double meanRatio = ratio(sides[1].mean(), sides[0].mean());
    QJsonObject commit {
        { QStringLiteral("runs"), m_options.runs },
        { QStringLiteral("warmup"), m_options.warmup },
        { QStringLiteral("lines"), kLines },
        { QStringLiteral("payments"), 2 },
        { QStringLiteral("raw"), sideJson(0) },
        { QStringLiteral("service"), sideJson(1) },
        { QStringLiteral("ratio_service_to_raw"), meanRatio },
        { QStringLiteral("ratio_p50_service_to_raw"),
          ratio(double(sides[1].median()), double(sides[0].median())) },
        { QStringLiteral("ratio_p99_service_to_raw"),
          ratio(double(sides[1].percentile(99)), double(sides[0].percentile(99))) },
        { QStringLiteral("median_ms"), rounded(static_cast<double>(sides[1].median()) / 1e6, 3) },
        { QStringLiteral("p99_ms"), rounded(serviceP99, 3) },
        { QStringLiteral("max_ratio"), kMaxCommitRatio },
        { QStringLiteral("max_p99_ms"), kMaxCommitP99Ms },
        { QStringLiteral("pass"), meanRatio <= kMaxCommitRatio && serviceP99 < kMaxCommitP99Ms }
    };
    out.insert(QStringLiteral("sale_commit"), commit);
    logLine(QStringLiteral("checkout: sale commit median %1 ms, p99 %2 ms, %3x the raw engine")
                .arg(commit.value(QStringLiteral("median_ms")).toDouble())
                .arg(serviceP99)
                .arg(meanRatio));
    raw->reset();

    // (2) The history's first screen, as the page opens it at each location.
    Samples history;
    qint64 listed = 0;
    SalesJournal journal(store);
    const qint64 now = clock.nowMsecsSinceEpoch();
    for (int i = 0; i < m_options.runs; ++i) {
        const Location &location = locations.at(i % locations.size());
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, location.timeZone()).date();
        SaleFilter filter;
        filter.locationId = location.id;
        filter.fromMsecs
            = QDateTime(today.addDays(1 - kHistoryDays), QTime(0, 0), location.timeZone())
                  .toMSecsSinceEpoch();
        filter.toMsecs
            = QDateTime(today.addDays(1), QTime(0, 0), location.timeZone()).toMSecsSinceEpoch();
        const auto start = SteadyClock::now();
        const auto page = journal.list(filter, kHistoryPage + 1);
        history.add(nanosecondsSince(start));
        if (!page)
            return page.error();
        listed += page->size();
    }
    QJsonObject historyJson = history.toLimitJson(kMaxHistoryMs);
    historyJson.insert(QStringLiteral("mean_rows"),
                       rounded(double(listed) / std::max(1, m_options.runs), 1));
    out.insert(QStringLiteral("sales_history_first_screen"), historyJson);
    logLine(QStringLiteral("checkout: sales history first screen p99 %1 ms")
                .arg(historyJson.value(QStringLiteral("p99_ms")).toDouble()));

    // (3) Stock on hand of a random stocked product at a random location.
    Samples onHand;
    StockLedger stock(store);
    qint64 sum = 0;
    for (int i = 0; i < m_options.runs; ++i) {
        const Id product = random.pick(products).id;
        const Id location = random.pick(locations).id;
        const auto start = SteadyClock::now();
        const auto units = stock.onHand(product, location);
        onHand.add(nanosecondsSince(start));
        if (!units)
            return units.error();
        sum += *units;
    }
    QJsonObject onHandJson = onHand.toLimitJson(kMaxOnHandMs);
    onHandJson.insert(QStringLiteral("mean_on_hand"),
                      rounded(double(sum) / std::max(1, m_options.runs), 1));
    out.insert(QStringLiteral("stock_on_hand"), onHandJson);
    logLine(QStringLiteral("checkout: stock on hand p99 %1 ms")
                .arg(onHandJson.value(QStringLiteral("p99_ms")).toDouble()));
    return out;
}

} // namespace Balcao::Bench
