// CloudHttp against a scripted loopback HTTP server: what it waits for, what it repeats, and what never.
#include "Await.h"
#include "LoopbackHttpServer.h"

#include "cloud/CloudHttp.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

using namespace quayside;
using quayside::test::await;
using quayside::test::HttpReply;
using quayside::test::HttpRequest;
using quayside::test::LoopbackHttpServer;

namespace {

HttpReply reply(int status, const QByteArray &body = "{}", quayside::test::HttpHeaders headers = {})
{
    HttpReply answer;
    answer.status = status;
    answer.body = body;
    answer.headers = std::move(headers);
    return answer;
}

HttpReply dropped(HttpReply::Delivery how)
{
    HttpReply answer = reply(200, "{\"server\": {\"id\": \"made\"}}");
    answer.delivery = how;
    return answer;
}

} // namespace

class tst_CloudHttp : public QObject
{
    Q_OBJECT

private:
    // Answers with `script` in turn, then with the last entry for ever.
    void serve(QList<HttpReply> script)
    {
        m_script = std::move(script);
        m_received.clear();
        m_server = std::make_unique<LoopbackHttpServer>([this](const HttpRequest &request) {
            m_received << request;
            return m_script.size() > 1 ? m_script.takeFirst() : m_script.first();
        });
        QVERIFY(m_server->listen());
        m_http = std::make_unique<CloudHttp>(QStringLiteral("the test service"), &m_network);
        CloudHttp::Policy policy;
        policy.timeoutMs = 2000;
        policy.firstPauseMs = 20;
        m_http->setPolicy(policy);
    }

    Result<CloudResponse> call(const QByteArray &verb)
    {
        CloudRequest request;
        request.verb = verb;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/compute/servers").arg(m_server->port()));
        if (verb == "POST")
            request.body = "{\"server\": {}}";
        return await<CloudResponse>([&](auto done) { m_http->send(request, this, done); }, 30000);
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<CloudHttp> m_http;
    QList<HttpReply> m_script;
    QList<HttpRequest> m_received;

private Q_SLOTS:
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void waitsAsARateLimitAsks()
    {
        serve({reply(429, "{\"overLimit\": {\"message\": \"slow down\", \"code\": 429}}", {{"Retry-After", "1"}}),
               reply(202, "{\"ok\": true}")});
        QElapsedTimer clock;
        clock.start();
        const auto response = call("POST"); // refused unprocessed: even a create may be sent again
        VERIFY_OK(response);
        QCOMPARE(response.value().status, 202);
        QCOMPARE(m_received.size(), 2);
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
    }

    void aLongWaitIsReportedNotSatThrough()
    {
        serve({reply(413, "{\"overLimit\": {\"message\": \"This request was rate-limited.\", \"code\": 413}}",
                     {{"Retry-After", "3600"}})});
        const auto response = call("GET");
        QVERIFY(!response.ok());
        QCOMPARE(response.error().httpStatus, 413);
        QVERIFY2(response.error().message.contains(QLatin1String("3600 s")), qPrintable(response.error().message));
        QVERIFY(response.error().message.contains(QLatin1String("This request was rate-limited.")));
        QCOMPARE(m_received.size(), 1);
    }

    void aQuotaWithoutRetryAfterIsReported()
    {
        serve({reply(413, "{\"overLimit\": {\"message\": \"Quota exceeded for instances\", \"code\": 413}}")});
        const auto response = call("POST");
        QCOMPARE(response.error().httpStatus, 413);
        QVERIFY(response.error().message.contains(QLatin1String("quotas")));
        QCOMPARE(m_received.size(), 1);
    }

    void aGetIsRepeatedAfterPassingFailures()
    {
        serve({reply(503, "{\"serviceUnavailable\": {\"message\": \"busy\", \"code\": 503}}"),
               dropped(HttpReply::Delivery::DropMidBody), reply(500), reply(200, "{\"servers\": []}")});
        const auto response = call("GET");
        VERIFY_OK(response);
        QCOMPARE(response.value().body, QByteArray("{\"servers\": []}"));
        QCOMPARE(m_received.size(), 4);
    }

    void aGetGivesUpAfterItsAttempts()
    {
        serve({reply(500, "{\"computeFault\": {\"message\": \"The server has either erred\", \"code\": 500}}")});
        const auto response = call("GET");
        QCOMPARE(response.error().kind, Error::Kind::Http);
        QCOMPARE(response.error().httpStatus, 500);
        QVERIFY(response.error().message.contains(QLatin1String("The server has either erred")));
        QCOMPARE(m_received.size(), m_http->policy().attempts);
    }

    void aPostIsNeverRepeatedBlindly_data()
    {
        QTest::addColumn<int>("delivery");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << int(HttpReply::Delivery::ContentLength) << 500;
        QTest::newRow("dropped after headers") << int(HttpReply::Delivery::DropAfterHeaders) << 202;
        QTest::newRow("dropped mid-body") << int(HttpReply::Delivery::DropMidBody) << 202;
        QTest::newRow("dropped before the reply") << int(HttpReply::Delivery::DropBeforeReply) << 202;
    }

    void aPostIsNeverRepeatedBlindly()
    {
        QFETCH(int, delivery);
        QFETCH(int, status);
        HttpReply first = reply(status, "{\"server\": {\"id\": \"made\"}}");
        first.delivery = HttpReply::Delivery(delivery);
        serve({first, reply(202, "{\"server\": {\"id\": \"second\"}}")});
        const auto response = call("POST");
        QVERIFY(!response.ok());
        QCOMPARE(m_received.size(), 1);
    }

    void aSilentServerTimesOut()
    {
        HttpReply slow = reply(200);
        slow.delayMs = 5000;
        serve({slow});
        CloudHttp::Policy policy = m_http->policy();
        policy.timeoutMs = 300;
        policy.attempts = 2;
        m_http->setPolicy(policy);
        const auto response = call("GET");
        QCOMPARE(response.error().kind, Error::Kind::Timeout);
        QCOMPARE(m_received.size(), 2);
    }

    void chunkedBodiesAreRead()
    {
        HttpReply chunked = reply(200, QByteArray(20000, 'x'));
        chunked.delivery = HttpReply::Delivery::Chunked;
        serve({chunked});
        const auto response = call("GET");
        VERIFY_OK(response);
        QCOMPARE(response.value().body.size(), 20000);
    }

    void errorsCarryTheCloudsWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("nova 404")
            << 404 << QByteArray("{\"itemNotFound\": {\"message\": \"Instance x could not be found.\", \"code\": 404}}")
            << int(Error::Kind::NotFound) << QStringLiteral("Instance x could not be found.");
        QTest::newRow("keystone 401") << 401
                                      << QByteArray("{\"error\": {\"message\": \"The request you have made requires "
                                                    "authentication.\", \"code\": 401, \"title\": \"Unauthorized\"}}")
                                      << int(Error::Kind::Unauthorized) << QStringLiteral("requires authentication");
        QTest::newRow("409")
            << 409
            << QByteArray("{\"conflictingRequest\": {\"message\": \"Key pair 'k' already exists.\", \"code\": 409}}")
            << int(Error::Kind::Conflict) << QStringLiteral("already exists");
        QTest::newRow("400 plain text") << 400 << QByteArray("Invalid imageRef provided.")
                                        << int(Error::Kind::InvalidInput)
                                        << QStringLiteral("Invalid imageRef provided.");
        QTest::newRow("403") << 403 << QByteArray("{\"forbidden\": {\"message\": \"Quota exceeded\", \"code\": 403}}")
                             << int(Error::Kind::Unauthorized) << QStringLiteral("Quota exceeded");
        QTest::newRow("html from a proxy") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                                           << int(Error::Kind::Http) << QStringLiteral("HTTP 502");
    }

    void errorsCarryTheCloudsWords()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const Error error = CloudHttp::errorFromResponse(QStringLiteral("the compute service"), status, body);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
    }

    void readsRetryAfter()
    {
        QCOMPARE(CloudHttp::retryAfterSeconds("120"), 120);
        QCOMPARE(CloudHttp::retryAfterSeconds(""), -1);
        QCOMPARE(CloudHttp::retryAfterSeconds("soon"), -1);
        const QByteArray inAMinute = QDateTime::currentDateTimeUtc()
                                         .addSecs(60)
                                         .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                         .toLatin1();
        const int seconds = CloudHttp::retryAfterSeconds(inAMinute);
        QVERIFY2(seconds >= 58 && seconds <= 60, qPrintable(QString::number(seconds)));
    }

    void unreachableHostSaysSo()
    {
        serve({reply(200)});
        const quint16 port = m_server->port();
        m_server.reset(); // nothing listens there any more
        CloudRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        const auto response = await<CloudResponse>([&](auto done) { m_http->send(request, this, done); });
        QCOMPARE(response.error().kind, Error::Kind::Network);
        QVERIFY2(response.error().message.contains(QLatin1String("refused")), qPrintable(response.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_CloudHttp)
#include "tst_CloudHttp.moc"
