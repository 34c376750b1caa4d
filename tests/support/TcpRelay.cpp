#include "TcpRelay.h"

namespace quayside::test {

TcpRelay::TcpRelay(QHostAddress listenAddress, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_listenAddress(std::move(listenAddress))
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
}

bool TcpRelay::listen(quint16 port)
{
    return m_server.listen(m_listenAddress, port);
}

int TcpRelay::connectionCount() const
{
    int count = 0;
    for (const auto &socket : m_sockets)
        count += socket && socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return count;
}

void TcpRelay::dropAll()
{
    for (const auto &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
}

void TcpRelay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_mode == Mode::Cut) {
            client->abort();
            client->deleteLater();
            continue;
        }
        m_sockets << client;
        if (m_mode == Mode::BlackHole) {
            connect(client, &QTcpSocket::readyRead, client, [client] { client->readAll(); });
            continue;
        }
        auto *upstream = new QTcpSocket(client);
        m_sockets << upstream;
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

} // namespace quayside::test
