#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace quayside::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One request as it arrived, body complete.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: percent-encoded path, then ?query when there is one
    QByteArray path;   // target up to '?', still percent-encoded
    QByteArray query;  // after '?', still percent-encoded; empty when there is none
    HttpHeaders headers;
    QByteArray body;

    // The first header of that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
};

// What to answer, and how to deliver it: the delivery modes are the faults a real server or the network
// between produces, seen from the client.
struct HttpReply
{
    enum class Delivery {
        ContentLength,    // the normal reply
        Chunked,          // Transfer-Encoding: chunked, the body in several chunks written apart
        DropBeforeReply,  // read the request, then close without answering
        DropAfterHeaders, // send the status line and headers (with the full Content-Length), then close
        DropMidBody,      // send headers and half of the body, then close
    };

    int status = 200;
    HttpHeaders headers; // Content-Length, Transfer-Encoding, Date and Connection are added on delivery
    QByteArray body;
    Delivery delivery = Delivery::ContentLength;
    int delayMs = 0; // wait this long before the first byte of the reply
};

// A minimal HTTP/1.1 server on 127.0.0.1 for test doubles: Content-Length request bodies, keep-alive,
// requests on one connection answered in order. It runs on the thread's event loop, so a client on the
// same thread must be asynchronous (QNetworkAccessManager is).
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpReply(const HttpRequest &)>;

    explicit LoopbackHttpServer(Handler handler, QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // Listens on 127.0.0.1 on a port the system picks.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    int openConnectionCount() const;

    static QByteArray reasonPhrase(int status);

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool busy = false; // a reply is being delivered: later requests wait in the buffer
        bool closeAfterReply = false;
    };

    void accept();
    void readFrom(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    void deliver(QTcpSocket *socket, const HttpReply &reply);
    void writeChunks(QTcpSocket *socket, const QList<QByteArray> &chunks, int next);
    void finishReply(QTcpSocket *socket);
    void badRequest(QTcpSocket *socket, const QByteArray &why);

    Handler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
};

} // namespace quayside::test
