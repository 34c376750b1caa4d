#pragma once

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace quayside::test {

// A TCP relay on a loopback address in front of a real server, for faults the server itself will not
// produce: cutting every connection mid-stream, or swallowing traffic so that requests time out. TLS
// passes through untouched, so the client still talks to the real server.
class TcpRelay : public QObject
{
    Q_OBJECT

public:
    // Forward relays; BlackHole accepts and swallows; Cut accepts and at once drops, as a host that is
    // down behind a load balancer would.
    enum class Mode { Forward, BlackHole, Cut };

    TcpRelay(QHostAddress listenAddress, quint16 targetPort, QObject *parent = nullptr);

    // On `port` when given (a test that needs a port to open only later), else on a free one.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    void setMode(Mode mode) { m_mode = mode; }
    int connectionCount() const;
    // Aborts every relayed connection at once, as a dropped network would.
    void dropAll();

private:
    void accept();

    QTcpServer m_server;
    QHostAddress m_listenAddress;
    quint16 m_targetPort;
    Mode m_mode = Mode::Forward;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace quayside::test
