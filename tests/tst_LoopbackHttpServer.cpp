// The test doubles' HTTP/1.1 server, seen byte by byte through a raw socket: keep-alive and requests
// answered in order, bodies that arrive in pieces, Connection: close, exact chunked framing, the ways a
// reply can be cut off, delays, and refusals of what it does not parse.
#include "LoopbackHttpServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using quayside::test::HttpReply;
using quayside::test::HttpRequest;
using quayside::test::LoopbackHttpServer;

namespace {

// A client socket that keeps everything it receives.
struct RawClient
{
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;

    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [this] { closed = true; });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
};

} // namespace

class tst_LoopbackHttpServer : public QObject
{
    Q_OBJECT

private:
    QList<HttpRequest> m_seen;
    std::unique_ptr<LoopbackHttpServer> m_server;

    // Answers by path: /chunked, /drop-*, /slow, /empty, anything else echoes the body with a 200.
    HttpReply answer(const HttpRequest &request)
    {
        m_seen.append(request);
        HttpReply reply;
        reply.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
        reply.body = "echo:" + request.body;
        if (request.path == "/chunked") {
            reply.body = "0123456789abcdefghij";
            reply.delivery = HttpReply::Delivery::Chunked;
        } else if (request.path == "/drop-before") {
            reply.delivery = HttpReply::Delivery::DropBeforeReply;
        } else if (request.path == "/drop-headers") {
            reply.delivery = HttpReply::Delivery::DropAfterHeaders;
        } else if (request.path == "/drop-body") {
            reply.body = "0123456789";
            reply.delivery = HttpReply::Delivery::DropMidBody;
        } else if (request.path == "/slow") {
            reply.delayMs = 200;
        } else if (request.path == "/empty") {
            reply.status = 204;
            reply.body.clear();
        }
        return reply;
    }

private Q_SLOTS:
    void init()
    {
        m_seen.clear();
        m_server = std::make_unique<LoopbackHttpServer>([this](const HttpRequest &request) { return answer(request); });
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        QVERIFY(m_server->port() != 0);
    }

    void cleanup() { m_server.reset(); }

    void keepAliveAnswersPipelinedRequestsInOrder()
    {
        RawClient client(m_server->port());
        QVERIFY(client.socket.waitForConnected(2000));
        client.socket.write("POST /one?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
                            "GET /two HTTP/1.1\r\nHost: a\r\nX-Auth-Token: t0k\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.count("HTTP/1.1 200 OK") == 2, 3000);
        QVERIFY(client.received.indexOf("echo:abc") < client.received.lastIndexOf("HTTP/1.1 200 OK"));
        QVERIFY(client.received.contains("Content-Length: 8\r\n"));
        QVERIFY(client.received.contains("Content-Length: 5\r\n"));
        QCOMPARE(m_seen.size(), 2);
        QCOMPARE(m_seen.at(0).method, QByteArray("POST"));
        QCOMPARE(m_seen.at(0).target, QByteArray("/one?x=1"));
        QCOMPARE(m_seen.at(0).path, QByteArray("/one"));
        QCOMPARE(m_seen.at(0).query, QByteArray("x=1"));
        QCOMPARE(m_seen.at(1).header("x-auth-token"), QByteArray("t0k"));
        QVERIFY(!client.closed);
        QCOMPARE(m_server->openConnectionCount(), 1);
    }

    void bodyMayArriveInPieces()
    {
        RawClient client(m_server->port());
        QVERIFY(client.socket.waitForConnected(2000));
        client.socket.write("PUT /p HTTP/1.1\r\nContent-Le");
        QTest::qWait(30);
        client.socket.write("ngth: 10\r\n\r\n01234");
        QTest::qWait(30);
        QVERIFY(m_seen.isEmpty());
        client.socket.write("56789");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.contains("echo:0123456789"), 3000);
        QCOMPARE(m_seen.size(), 1);
        QCOMPARE(m_seen.first().body, QByteArray("0123456789"));
    }

    void connectionCloseIsHonoured()
    {
        RawClient client(m_server->port());
        QVERIFY(client.socket.waitForConnected(2000));
        client.socket.write("GET /bye HTTP/1.1\r\nConnection: close\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.closed, 3000);
        QVERIFY(client.received.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(client.received.contains("\r\nConnection: close\r\n"));

        RawClient old(m_server->port());
        QVERIFY(old.socket.waitForConnected(2000));
        old.socket.write("GET /old HTTP/1.0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(old.closed, 3000);
        QVERIFY(old.received.endsWith("echo:"));
    }

    void chunkedRepliesAreFramedExactly()
    {
        RawClient client(m_server->port());
        QVERIFY(client.socket.waitForConnected(2000));
        client.socket.write("GET /chunked HTTP/1.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("\r\n0\r\n\r\n"), 3000);
        const qsizetype headEnd = client.received.indexOf("\r\n\r\n");
        const QByteArray head = client.received.left(headEnd);
        QVERIFY(head.contains("\r\nTransfer-Encoding: chunked"));
        QVERIFY(!head.contains("Content-Length"));
        QByteArray rest = client.received.mid(headEnd + 4);
        QByteArray body;
        int chunks = 0;
        while (true) {
            const qsizetype lineEnd = rest.indexOf("\r\n");
            QVERIFY(lineEnd > 0);
            bool ok = false;
            const int size = rest.left(lineEnd).toInt(&ok, 16);
            QVERIFY(ok);
            if (size == 0)
                break;
            body += rest.mid(lineEnd + 2, size);
            QCOMPARE(rest.mid(lineEnd + 2 + size, 2), QByteArray("\r\n"));
            rest = rest.mid(lineEnd + 2 + size + 2);
            ++chunks;
        }
        QCOMPARE(body, QByteArray("0123456789abcdefghij"));
        QVERIFY(chunks >= 2);

        // The connection stays usable after a chunked reply.
        client.received.clear();
        client.socket.write("GET /again HTTP/1.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("echo:"), 3000);
    }

    void repliesCanBeCutOff_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("before the reply") << QByteArray("/drop-before") << QByteArray();
        QTest::newRow("after the headers") << QByteArray("/drop-headers") << QByteArray("Content-Length: 5\r\n");
        QTest::newRow("mid body") << QByteArray("/drop-body") << QByteArray("Content-Length: 10\r\n");
    }

    void repliesCanBeCutOff()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, expected);
        RawClient client(m_server->port());
        QVERIFY(client.socket.waitForConnected(2000));
        client.socket.write("GET " + path + " HTTP/1.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.closed, 3000);
        if (expected.isEmpty()) {
            QVERIFY(client.received.isEmpty());
            return;
        }
        QVERIFY(client.received.contains(expected));
        const QByteArray body = client.received.mid(client.received.indexOf("\r\n\r\n") + 4);
        QCOMPARE(body, path == "/drop-body" ? QByteArray("01234") : QByteArray());
    }

    void delayedRepliesWait()
    {
        RawClient client(m_server->port());
        QVERIFY(client.socket.waitForConnected(2000));
        QElapsedTimer timer;
        timer.start();
        client.socket.write("GET /slow HTTP/1.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("echo:"), 3000);
        QVERIFY2(timer.elapsed() >= 180, qPrintable(QString::number(timer.elapsed())));
    }

    void noContentHasNoBody()
    {
        RawClient client(m_server->port());
        QVERIFY(client.socket.waitForConnected(2000));
        client.socket.write("DELETE /empty HTTP/1.1\r\n\r\nGET /next HTTP/1.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.endsWith("echo:"), 3000);
        QVERIFY(client.received.startsWith("HTTP/1.1 204 No Content\r\n"));
        const QByteArray first = client.received.left(client.received.indexOf("HTTP/1.1 200"));
        QVERIFY(!first.contains("Content-Length"));
        QVERIFY(first.endsWith("\r\n\r\n"));
    }

    void refusesWhatItCannotParse_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("request line") << QByteArray("NONSENSE\r\n\r\n");
        QTest::newRow("header line") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n");
        QTest::newRow("length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -4\r\n\r\n");
        QTest::newRow("chunked body") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
    }

    void refusesWhatItCannotParse()
    {
        QFETCH(QByteArray, request);
        RawClient client(m_server->port());
        QVERIFY(client.socket.waitForConnected(2000));
        client.socket.write(request);
        QTRY_VERIFY_WITH_TIMEOUT(client.closed, 3000);
        QVERIFY(client.received.startsWith("HTTP/1.1 400 Bad Request\r\n"));
        QVERIFY(m_seen.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LoopbackHttpServer)
#include "tst_LoopbackHttpServer.moc"
