#include "docker/DockerEventStream.h"

#include "core/Logging.h"

namespace quayside {

DockerEventStream::DockerEventStream(DockerClient *client, QMap<QString, QStringList> filters, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_filters(std::move(filters))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DockerEventStream::open);
}

DockerEventStream::~DockerEventStream()
{
    stop();
}

void DockerEventStream::setRetryDelays(int firstMs, int mostMs)
{
    m_firstDelayMs = firstMs;
    m_mostDelayMs = mostMs;
    m_nextDelayMs = firstMs;
}

void DockerEventStream::start(qint64 sinceNano)
{
    m_running = true;
    m_lastNano = sinceNano;
    m_seenAtLast.clear();
    m_nextDelayMs = m_firstDelayMs;
    open();
}

void DockerEventStream::stop()
{
    m_running = false;
    m_retry.stop();
    if (m_stream)
        m_stream->cancel();
    m_connected = false;
}

void DockerEventStream::deliver(const DockerEvent &event)
{
    // Resuming from `since` replays the events of that instant; skip those already delivered.
    const QString key = QString::number(event.timeNano) + event.type + event.action + event.actorId;
    if (event.timeNano < m_lastNano || (event.timeNano == m_lastNano && m_seenAtLast.contains(key)))
        return;
    if (event.timeNano > m_lastNano) {
        m_lastNano = event.timeNano;
        m_seenAtLast.clear();
    }
    m_seenAtLast.insert(key);
    Q_EMIT eventReceived(event);
}

void DockerEventStream::open()
{
    if (!m_running || !m_client)
        return;
    m_stream = m_client->events(
        m_lastNano, m_filters, this, [this](const DockerEvent &event) { deliver(event); },
        [this](const Result<void> &ended) {
            m_connected = false;
            if (!m_running)
                return;
            const Error error = ended.ok() ? Error{Error::Kind::Network, 0,
                                                   tr("The Docker Engine at %1 closed its event stream.")
                                                       .arg(m_client ? m_client->endpoint().name : QString())}
                                           : ended.error();
            const int delay = m_nextDelayMs;
            m_nextDelayMs = std::min(m_nextDelayMs * 2, m_mostDelayMs);
            qCInfo(lcDocker) << "event stream lost:" << error.message << "- retrying in" << delay << "ms";
            Q_EMIT connectionLost(error, delay);
            m_retry.start(delay);
        });
    if (m_stream) {
        connect(m_stream, &DockerStream::opened, this, [this](qint64 engineTimeNano) {
            m_connected = true;
            // Started "from now": remember the engine's now, so that a reconnect resumes from here
            // rather than from its own later now (events in between would be lost).
            if (m_lastNano == 0)
                m_lastNano = engineTimeNano;
            m_nextDelayMs = m_firstDelayMs;
            Q_EMIT connected();
        });
    }
}

} // namespace quayside
