// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaModel.h"

#include "storage/LocalStore.h"

#include <QDateTime>
#include <QLocale>

namespace Balcao {

AgendaModel::AgendaModel(LocalStore &store, QObject *parent)
    : AgendaModel(store, AgendaReader::Read(), parent)
{ }

AgendaModel::AgendaModel(LocalStore &store, AgendaReader::Read read, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_read(read ? std::move(read) : AgendaReader::Read(&AgendaReader::query))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<AgendaAnswer>();
    m_content = std::make_shared<const AgendaContent>(request());
    m_thread.setObjectName(QStringLiteral("agenda reader"));
    m_reader = new AgendaReader(store, m_read, m_latest);
    m_reader->moveToThread(&m_thread);
    // Destroyed on its thread, which closes its connection there.
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &AgendaReader::answered, this, &AgendaModel::take, Qt::QueuedConnection);
    m_thread.start();
}

AgendaModel::~AgendaModel()
{
    // Waits for a read under way; the requests still queued are dropped.
    m_thread.quit();
    m_thread.wait();
}

void AgendaModel::setLocation(const Location &location)
{
    m_location = location;
    m_zone = location.timeZone().isValid() ? location.timeZone() : QTimeZone::utc();
}

void AgendaModel::setDate(const QDate &date)
{
    m_date = date;
}

void AgendaModel::setSpan(Span span)
{
    m_span = span;
}

void AgendaModel::setColumnKind(ColumnKind kind)
{
    m_columnKind = kind;
}

QList<QDate> AgendaModel::daysOf(const QDate &date, Span span)
{
    if (span == Span::Day)
        return { date };
    const int weekStart = QLocale().firstDayOfWeek();
    const QDate first = date.addDays(-((date.dayOfWeek() - weekStart + 7) % 7));
    QList<QDate> days;
    for (int d = 0; d < 7; ++d)
        days << first.addDays(d);
    return days;
}

AgendaRequest AgendaModel::request() const
{
    const QList<QDate> days = requestedDays();
    AgendaRequest r;
    r.period = AgendaPeriod { m_location.id, days.first(), days.last(), m_zone };
    r.span = m_span;
    r.columnKind = m_columnKind;
    return r;
}

void AgendaModel::reload()
{
    const AgendaRequest asked = request();
    const quint64 generation = ++m_generation;
    m_latest->store(generation, std::memory_order_release);
    setLoading(true);
    if (asked.period.locationId.isNull() || m_readHere) {
        // Nothing to read, or no reader: answered on this thread, but after
        // returning, as the reader would.
        QMetaObject::invokeMethod(
            this,
            [this, asked, generation] {
                AgendaAnswer answer;
                answer.generation = generation;
                if (asked.period.locationId.isNull()) {
                    answer.content = std::make_shared<const AgendaContent>(asked);
                } else if (auto data = m_read(m_store, asked.period)) {
                    answer.content = std::make_shared<const AgendaContent>(
                        AgendaContent::arrange(asked, std::move(*data)));
                } else {
                    answer.error = data.error();
                }
                take(answer);
            },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, generation, asked] { reader->read(generation, asked); },
        Qt::QueuedConnection);
}

void AgendaModel::take(const AgendaAnswer &answer)
{
    // The user asked for another period (or a change happened) since.
    if (answer.generation != m_generation)
        return;
    if (answer.noConnection && !m_readHere) {
        qWarning("Agenda: reading on the UI thread, the reader has no connection: %s",
                 qPrintable(answer.error.message));
        m_readHere = true;
        reload();
        return;
    }
    setLoading(false);
    if (!answer.content) {
        emit readFailed(answer.error.message);
        return;
    }
    m_content = answer.content;
    emit reloaded();
}

void AgendaModel::showChanged(const Appointment &appointment)
{
    m_content = std::make_shared<const AgendaContent>(m_content->withAppointment(appointment));
    emit reloaded();
}

void AgendaModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

qint64 AgendaModel::nowMsecs() const
{
    return m_store.clock().nowMsecsSinceEpoch();
}

int AgendaModel::today() const
{
    return dayOf(QDateTime::fromMSecsSinceEpoch(nowMsecs(), m_content->timeZone()).date());
}

} // namespace Balcao
