#include "LoopbackHttpServer.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace quayside::test {

namespace {

constexpr qsizetype MaxHeaderBytes = qsizetype(64) * 1024;
constexpr qint64 MaxBodyBytes = qint64(32) * 1024 * 1024;
// Chunks are written this far apart, so that a client meets them in separate reads.
constexpr int ChunkGapMs = 5;

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

LoopbackHttpServer::LoopbackHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackHttpServer::accept);
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    // The sockets are children of m_server; they must not call back into a half-destroyed server.
    for (const auto &connection : std::as_const(m_connections)) {
        if (connection.socket) {
            connection.socket->disconnect(this);
            connection.socket->abort();
        }
    }
}

bool LoopbackHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

int LoopbackHttpServer::openConnectionCount() const
{
    int count = 0;
    for (const auto &connection : m_connections)
        count += connection.socket && connection.socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return count;
}

QByteArray LoopbackHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 203: return "Non-Authoritative Information";
    case 204: return "No Content";
    case 300: return "Multiple Choices";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Request Entity Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

void LoopbackHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, Connection{socket, {}, false, false});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::readFrom(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    found->buffer += socket->readAll();
    processBuffer(socket);
}

void LoopbackHttpServer::processBuffer(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end() || found->busy)
        return;
    Connection &connection = *found;

    const qsizetype headEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (connection.buffer.size() > MaxHeaderBytes)
            badRequest(socket, "request headers too large");
        return;
    }
    const QList<QByteArray> lines = connection.buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        badRequest(socket, "malformed request line");
        return;
    }
    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    const qsizetype question = request.target.indexOf('?');
    request.path = question < 0 ? request.target : request.target.left(question);
    request.query = question < 0 ? QByteArray() : request.target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            badRequest(socket, "malformed header line");
            return;
        }
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (!request.header("Transfer-Encoding").isEmpty()) {
        // The clients under test send Content-Length; a chunked request is a finding, not a feature to support.
        badRequest(socket, "chunked request bodies are not supported here");
        return;
    }
    bool lengthOk = true;
    const QByteArray lengthHeader = request.header("Content-Length");
    const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > MaxBodyBytes) {
        badRequest(socket, "bad Content-Length");
        return;
    }
    const qsizetype total = headEnd + 4 + length;
    if (connection.buffer.size() < total)
        return;
    request.body = connection.buffer.mid(headEnd + 4, length);
    connection.buffer.remove(0, total);

    const QByteArray connectionHeader = request.header("Connection").toLower();
    connection.closeAfterReply =
        requestLine.at(2) == "HTTP/1.0" ? !connectionHeader.contains("keep-alive") : connectionHeader.contains("close");
    connection.busy = true;
    deliver(socket, m_handler(request));
}

void LoopbackHttpServer::deliver(QTcpSocket *socket, const HttpReply &reply)
{
    if (reply.delayMs > 0) {
        HttpReply now = reply;
        now.delayMs = 0;
        QTimer::singleShot(reply.delayMs, this, [this, guard = QPointer<QTcpSocket>(socket), now] {
            if (guard)
                deliver(guard, now);
        });
        return;
    }
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    if (reply.delivery == HttpReply::Delivery::DropBeforeReply) {
        found->buffer.clear();
        socket->disconnectFromHost();
        return;
    }

    const bool chunked = reply.delivery == HttpReply::Delivery::Chunked;
    const bool bodyless = reply.status == 204 || reply.status == 304;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    if (chunked && !bodyless)
        head += "Transfer-Encoding: chunked\r\n";
    else if (!bodyless)
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (found->closeAfterReply)
        head += "Connection: close\r\n";
    head += "\r\n";

    switch (reply.delivery) {
    case HttpReply::Delivery::DropAfterHeaders:
    case HttpReply::Delivery::DropMidBody:
        socket->write(head);
        if (reply.delivery == HttpReply::Delivery::DropMidBody)
            socket->write(reply.body.left(reply.body.size() / 2));
        found->buffer.clear();
        // disconnectFromHost sends what is written before it closes: the client sees a reply cut short.
        socket->disconnectFromHost();
        return;
    case HttpReply::Delivery::Chunked:
        if (!bodyless) {
            socket->write(head);
            QList<QByteArray> chunks;
            const qsizetype piece = std::max<qsizetype>(1, (reply.body.size() + 2) / 3);
            for (qsizetype at = 0; at < reply.body.size(); at += piece)
                chunks.append(reply.body.mid(at, piece));
            writeChunks(socket, chunks, 0);
            return;
        }
        break;
    case HttpReply::Delivery::ContentLength:
    case HttpReply::Delivery::DropBeforeReply: break;
    }
    socket->write(head + (bodyless ? QByteArray() : reply.body));
    finishReply(socket);
}

void LoopbackHttpServer::writeChunks(QTcpSocket *socket, const QList<QByteArray> &chunks, int next)
{
    if (next >= chunks.size()) {
        socket->write("0\r\n\r\n");
        finishReply(socket);
        return;
    }
    const QByteArray &chunk = chunks.at(next);
    socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    QTimer::singleShot(ChunkGapMs, this, [this, guard = QPointer<QTcpSocket>(socket), chunks, next] {
        if (guard)
            writeChunks(guard, chunks, next + 1);
    });
}

void LoopbackHttpServer::finishReply(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    found->busy = false;
    if (found->closeAfterReply) {
        socket->disconnectFromHost();
        return;
    }
    // A later request may already wait in the buffer; take it on a fresh turn of the event loop.
    QTimer::singleShot(0, this, [this, guard = QPointer<QTcpSocket>(socket)] {
        if (guard)
            processBuffer(guard);
    });
}

void LoopbackHttpServer::badRequest(QTcpSocket *socket, const QByteArray &why)
{
    const auto found = m_connections.find(socket);
    if (found != m_connections.end()) {
        found->buffer.clear();
        found->busy = true;
    }
    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(why.size()) + "\r\n\r\n" + why);
    socket->disconnectFromHost();
}

} // namespace quayside::test
