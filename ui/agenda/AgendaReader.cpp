// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgendaReader.h"

#include "storage/LocalStore.h"

namespace Balcao {

AgendaReader::AgendaReader(LocalStore &store, Read read,
                           std::shared_ptr<const std::atomic<quint64>> latest)
    : m_store(store)
    , m_read(read ? std::move(read) : Read(&AgendaReader::query))
    , m_latest(std::move(latest))
{ }

// Destroyed on its thread (deleteLater when the thread finishes), so the
// connection closes on the thread that opened it.
AgendaReader::~AgendaReader() = default;

Result<AgendaData> AgendaReader::query(LocalStore &store, const AgendaPeriod &period)
{
    return AgendaQuery(store).read(period);
}

void AgendaReader::read(quint64 generation, const AgendaRequest &request)
{
    if (generation < m_latest->load(std::memory_order_acquire))
        return;
    AgendaAnswer answer;
    answer.generation = generation;
    // A second try on a fresh connection: the one kept may have gone bad
    // (the file was re-keyed, say).
    for (int attempt = 0; attempt < 2 && !answer.content; ++attempt) {
        if (!m_own) {
            auto opened = m_store.openReader();
            if (!opened) {
                answer.error = opened.error();
                answer.noConnection = true;
                break;
            }
            m_own = std::move(*opened);
        }
        auto data = m_read(*m_own, request.period);
        if (!data) {
            answer.error = data.error();
            m_own.reset();
            continue;
        }
        answer.content = std::make_shared<const AgendaContent>(
            AgendaContent::arrange(request, std::move(*data)));
    }
    emit answered(answer);
}

} // namespace Balcao
