#pragma once

#include "docker/DockerClient.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace quayside {

// Follows one engine's events for as long as it runs. After a drop it reconnects with growing pauses
// and resumes from the last event seen (the API's `since`), so events that happened while it was away
// are still delivered, and none is delivered twice.
class DockerEventStream : public QObject
{
    Q_OBJECT

public:
    DockerEventStream(DockerClient *client, QMap<QString, QStringList> filters, QObject *parent = nullptr);
    ~DockerEventStream() override;

    // From `sinceNano` (0: from now on).
    void start(qint64 sinceNano = 0);
    void stop();
    bool isConnected() const { return m_connected; }
    qint64 lastEventNano() const { return m_lastNano; }
    // Pauses before reconnecting: first, doubled after each failure up to most.
    void setRetryDelays(int firstMs, int mostMs);

Q_SIGNALS:
    void eventReceived(const quayside::DockerEvent &event);
    void connected();
    // The stream broke; it will try again in retryInMs.
    void connectionLost(const quayside::Error &error, int retryInMs);

private:
    void open();
    void deliver(const DockerEvent &event);

    QPointer<DockerClient> m_client;
    QMap<QString, QStringList> m_filters;
    QPointer<DockerStream> m_stream;
    QTimer m_retry;
    int m_firstDelayMs = 1000;
    int m_mostDelayMs = 30000;
    int m_nextDelayMs = 1000;
    bool m_running = false;
    bool m_connected = false;
    qint64 m_lastNano = 0;
    QSet<QString> m_seenAtLast; // events at m_lastNano already delivered
};

} // namespace quayside
