// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgendaContent.h"
#include "AgendaReader.h"
#include "locations/LocationService.h"

#include <QDate>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Balcao {

class LocalStore;

// The day or week of one location the agenda shows. What to show (location,
// date, day or week, staff or resource columns) is set here; reload() asks
// AgendaReader for it, which reads on a thread of its own, and the answer
// replaces the content shown (an AgendaContent) and says so with reloaded().
// An answer to an older request never replaces a newer one. Decides nothing
// about what may be booked.
class AgendaModel : public QObject
{
    Q_OBJECT
public:
    using Span = AgendaSpan;
    using ColumnKind = AgendaColumnKind;

    explicit AgendaModel(LocalStore &store, QObject *parent = nullptr);
    // With another read than AgendaQuery's (tests watch and pace it); it
    // still runs on the reader's thread and connection.
    AgendaModel(LocalStore &store, AgendaReader::Read read, QObject *parent = nullptr);
    ~AgendaModel() override;

    // What to show next; reload() asks for it.
    void setLocation(const Location &location);
    const Location &location() const { return m_location; }
    QTimeZone timeZone() const { return m_zone; }
    // Any day of the period: a week view starts on the locale's first day
    // of the week.
    void setDate(const QDate &date);
    QDate date() const { return m_date; }
    void setSpan(Span span);
    Span span() const { return m_span; }
    void setColumnKind(ColumnKind kind);
    ColumnKind columnKind() const { return m_columnKind; }
    // The days the period of `date` covers.
    static QList<QDate> daysOf(const QDate &date, Span span);
    QList<QDate> requestedDays() const { return daysOf(m_date, m_span); }

    // Reads what was set (again: after a change here or a sync round), off
    // this thread; reloaded() when the answer is shown.
    void reload();
    // Waiting for an answer.
    bool isLoading() const { return m_loading; }
    // A change made here, shown at once from what the change returned (a
    // block lands where it was dropped) until the reload that must follow
    // confirms it.
    void showChanged(const Appointment &appointment);

    // What is shown: the content of the last answer.
    const AgendaContent &content() const { return *m_content; }
    std::shared_ptr<const AgendaContent> sharedContent() const { return m_content; }
    const QList<QDate> &days() const { return m_content->days(); }
    const QList<AgendaColumn> &columns() const { return m_content->columns(); }
    const QList<AgendaBlock> &blocks() const { return m_content->blocks(); }
    const QList<Appointment> &appointments() const { return m_content->appointments(); }
    const Appointment *appointment(const Id &id) const { return m_content->appointment(id); }
    int dayOf(const QDate &date) const { return m_content->dayOf(date); }
    int columnOf(const Id &id) const { return m_content->columnOf(id); }
    QString staffName(const Id &staffId) const { return m_content->staffName(staffId); }
    QString resourceName(const Id &id) const { return m_content->resourceName(id); }
    AgendaContent::Spans workingMinutes(int day, int column) const
    {
        return m_content->workingMinutes(day, column);
    }
    bool isIdle(int day) const { return m_content->isIdle(day); }
    int firstMinute() const { return m_content->firstMinute(); }
    int lastMinute() const { return m_content->lastMinute(); }
    qint64 utcAt(int day, int minute) const { return m_content->utcAt(day, minute); }
    int localMinute(int day, qint64 msecs) const { return m_content->localMinute(day, msecs); }
    TimeInterval range() const { return m_content->range(); }

    // "Now" by the store's clock (the fake one in tests).
    qint64 nowMsecs() const;
    int today() const;

signals:
    void reloaded();
    void loadingChanged(bool loading);
    // The read failed; what is shown stays.
    void readFailed(const QString &message);

private:
    AgendaRequest request() const;
    void take(const AgendaAnswer &answer);
    void setLoading(bool loading);

    LocalStore &m_store;
    AgendaReader::Read m_read;
    Location m_location;
    QTimeZone m_zone = QTimeZone::utc();
    QDate m_date = QDate::currentDate();
    Span m_span = Span::Week;
    ColumnKind m_columnKind = ColumnKind::Staff;

    std::shared_ptr<const AgendaContent> m_content;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_loading = false;
    // The reader could not open a connection: read here, as before.
    bool m_readHere = false;
    QThread m_thread;
    AgendaReader *m_reader = nullptr; // lives on m_thread
};

} // namespace Balcao
