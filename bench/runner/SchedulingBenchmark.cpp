// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulingBenchmark.h"

#include "Log.h"
#include "Random.h"
#include "Samples.h"
#include "SimulatedClock.h"
#include "WorkingCopy.h"
#include "catalog/ServiceCatalog.h"
#include "clients/ClientService.h"
#include "locations/LocationService.h"
#include "scheduling/AppointmentBook.h"
#include "scheduling/AvailabilityFinder.h"
#include "storage/LocalStore.h"

#include <QFile>
#include <QSqlQuery>

namespace Balcao::Bench {

SchedulingBenchmark::SchedulingBenchmark(QString generatedPath, QString workPath, DatabaseKey key,
                                         SchedulingOptions options)
    : m_generated(std::move(generatedPath))
    , m_work(std::move(workPath))
    , m_key(std::move(key))
    , m_options(options)
{ }

Result<QJsonObject> SchedulingBenchmark::run() const
{
    if (auto copied = makeWorkingCopy(m_generated, m_work); !copied)
        return copied.error();
    // "Now" is the generated business's, not this machine's: the agenda
    // runs a month past it.
    qint64 businessNow = 0;
    {
        auto probe = LocalStore::open(m_work, m_key);
        if (!probe)
            return probe.error();
        businessNow = scalar(**probe, QStringLiteral("SELECT max(starts_at) FROM appointments"))
            - 30 * 86400000LL;
    }
    SimulatedClock clock(businessNow);
    LocalStore::Options options;
    options.clock = &clock;
    options.checkpoints = m_options.checkpoints;
    if (m_options.pageCacheKiB > 0)
        options.pageCacheKiB = m_options.pageCacheKiB;
    auto opened = LocalStore::open(m_work, m_key, options);
    if (!opened)
        return opened.error();
    LocalStore &store = **opened;
    Random random(m_options.seed, "scheduling-bench");

    const QList<Location> locations = LocationService(store).list();
    const auto catalogue = ServiceCatalog(store).list();
    if (!catalogue)
        return catalogue.error();
    const QList<Service> &services = *catalogue;
    if (locations.isEmpty() || services.isEmpty())
        return Error::invalid(QStringLiteral("bench.noAppointments"),
                              QStringLiteral("the generated business has no services"));
    const Location &location = locations.first();
    const qint64 now = store.clock().nowMsecsSinceEpoch();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, location.timeZone()).date();
    QJsonObject out {
        { QStringLiteral("appointments"),
          scalar(store, QStringLiteral("SELECT count(*) FROM appointments")) },
        { QStringLiteral("clients"),
          scalar(store, QStringLiteral("SELECT count(*) FROM clients")) },
    };

    // Free slotTimes: one service, every staff member who performs it at the
    // location, 7 days from a random day of the coming month.
    Samples slotTimes;
    qint64 slotCount = 0;
    AvailabilityFinder finder(store);
    for (int i = 0; i < m_options.runs; ++i) {
        SlotQuery q;
        q.serviceId = random.pick(services).id;
        q.locationId = location.id;
        q.firstDay = today.addDays(random.between(0, 23));
        q.lastDay = q.firstDay.addDays(6);
        q.notBeforeMsecs = now;
        const auto start = SteadyClock::now();
        auto found = finder.find(q);
        slotTimes.add(nanosecondsSince(start));
        if (!found)
            return found.error();
        slotCount += found->size();
    }
    QJsonObject slotJson = slotTimes.toLimitJson(20);
    slotJson.insert(QStringLiteral("mean_slots_found"),
                    rounded(double(slotCount) / std::max(1, m_options.runs), 1));
    out.insert(QStringLiteral("free_slot_search_7_days"), slotJson);
    logLine(QStringLiteral("scheduling: free-slot search p99 %1 ms")
                .arg(slotJson.value(QStringLiteral("p99_ms")).toDouble()));

    // The week view: a location's appointments of one week, past or coming.
    Samples week;
    qint64 shown = 0;
    AppointmentBook book(store);
    for (int i = 0; i < m_options.runs; ++i) {
        const QDate monday
            = today.addDays(-random.between(0, 300)).addDays(1 - today.addDays(0).dayOfWeek());
        const TimeInterval range {
            QDateTime(monday, QTime(0, 0), location.timeZone()).toMSecsSinceEpoch(),
            QDateTime(monday.addDays(7), QTime(0, 0), location.timeZone()).toMSecsSinceEpoch()
        };
        const auto start = SteadyClock::now();
        const QList<Appointment> listed = book.list(location.id, range);
        week.add(nanosecondsSince(start));
        shown += listed.size();
    }
    QJsonObject weekJson = week.toLimitJson(50);
    weekJson.insert(QStringLiteral("mean_appointments"),
                    rounded(double(shown) / std::max(1, m_options.runs), 1));
    out.insert(QStringLiteral("week_view"), weekJson);
    logLine(QStringLiteral("scheduling: week view p99 %1 ms")
                .arg(weekJson.value(QStringLiteral("p99_ms")).toDouble()));

    // Client search by the first three letters of a random client's name,
    // as typed in the search box (the first screen of 50 results).
    Samples search;
    ClientService clients(store);
    const QList<Client> sample = clients.list(QString(), 2000);
    qint64 matches = 0;
    for (int i = 0; i < m_options.runs && !sample.isEmpty(); ++i) {
        const QString three = random.pick(sample).name.left(3);
        const auto start = SteadyClock::now();
        const QList<Client> found = clients.list(three, 50);
        search.add(nanosecondsSince(start));
        matches += found.size();
    }
    QJsonObject searchJson = search.toLimitJson(30);
    searchJson.insert(QStringLiteral("mean_results"),
                      rounded(double(matches) / std::max(1, m_options.runs), 1));
    out.insert(QStringLiteral("client_search_3_chars"), searchJson);
    logLine(QStringLiteral("scheduling: client search p99 %1 ms")
                .arg(searchJson.value(QStringLiteral("p99_ms")).toDouble()));

    // Booking commits: the next free slot of a random service, booked for a
    // random client with every check, version, change-log entry and reminder.
    Samples booking;
    int refused = 0;
    for (int i = 0; i < m_options.runs; ++i) {
        const Service &service = random.pick(services);
        auto slot = finder.next(service.id, location.id, {},
                                now + random.between(0, 20) * 86400000LL, 14);
        if (!slot || !*slot)
            continue;
        BookingRequest r;
        r.locationId = location.id;
        r.clientId = random.pick(sample).id;
        r.startsAtMsecs = (*slot)->time.from;
        r.lines = { BookingLine { service.id, (*slot)->staffId, (*slot)->resourceId, {} } };
        const auto start = SteadyClock::now();
        auto booked = book.book(r);
        const qint64 elapsed = nanosecondsSince(start);
        if (!booked) {
            ++refused; // the client was busy then: not a commit
            continue;
        }
        booking.add(elapsed);
    }
    QJsonObject bookingJson = booking.toLimitJson(5);
    bookingJson.insert(QStringLiteral("refused_client_busy"), refused);
    QJsonObject checkpoints { { QStringLiteral("mode"),
                                m_options.checkpoints ? QStringLiteral("thread")
                                                      : QStringLiteral("commit") } };
    if (const WalCheckpointer *checkpointer = store.checkpointer()) {
        const WalCheckpointer::Counts counts = checkpointer->counts();
        checkpoints.insert(QStringLiteral("threshold_frames"),
                           m_options.checkpoints->thresholdFrames);
        checkpoints.insert(QStringLiteral("on_thread"), counts.passive);
        checkpoints.insert(QStringLiteral("by_writer"), counts.byWriter);
    }
    bookingJson.insert(QStringLiteral("wal_checkpoints"), checkpoints);
    out.insert(QStringLiteral("page_cache_kib"), options.pageCacheKiB);
    out.insert(QStringLiteral("booking_commit"), bookingJson);
    logLine(QStringLiteral("scheduling: booking commit p99 %1 ms")
                .arg(bookingJson.value(QStringLiteral("p99_ms")).toDouble()));
    opened->reset();
    QFile::remove(m_work);
    return out;
}

} // namespace Balcao::Bench
