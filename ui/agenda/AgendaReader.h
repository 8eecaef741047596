// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AgendaContent.h"
#include "common/Error.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Balcao {

class LocalStore;

// What the reader found for one request of the model.
struct AgendaAnswer
{
    quint64 generation = 0; // the model's count of requests when it asked
    std::shared_ptr<const AgendaContent> content; // null when the read failed
    Error error;
    // This thread could not open its own connection (the model then reads
    // on its own thread instead).
    bool noConnection = false;
};

// Reads the agenda off the UI thread: lives on a thread of its own with a
// read-only connection of its own to the store's file (a connection may
// only be used by the thread that opened it), runs the read (AgendaQuery by
// default) and arranges the content there, and answers with a signal that
// reaches the model on its thread. A request older than the newest one the
// model made is skipped: paging fast reads only where the user stopped.
class AgendaReader : public QObject
{
    Q_OBJECT
public:
    using Read = std::function<Result<AgendaData>(LocalStore &, const AgendaPeriod &)>;

    // `store`: the UI thread's store, only to open another connection to its
    // file from this thread. `latest`: the generation of the model's newest
    // request.
    AgendaReader(LocalStore &store, Read read, std::shared_ptr<const std::atomic<quint64>> latest);
    ~AgendaReader() override;

    // Call on the reader's thread (queued).
    void read(quint64 generation, const AgendaRequest &request);

    // The default read: AgendaQuery.
    static Result<AgendaData> query(LocalStore &store, const AgendaPeriod &period);

signals:
    void answered(const Balcao::AgendaAnswer &answer);

private:
    LocalStore &m_store;
    Read m_read;
    std::shared_ptr<const std::atomic<quint64>> m_latest;
    std::unique_ptr<LocalStore> m_own;
};

} // namespace Balcao

Q_DECLARE_METATYPE(Balcao::AgendaAnswer)
