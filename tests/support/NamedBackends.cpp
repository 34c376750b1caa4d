#include "NamedBackends.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace quayside::test {

NamedBackends namedBackends(const QByteArray &name, int size)
{
    NamedBackends pool;
    for (int i = 0; i < size; ++i) {
        const QByteArray body = name + QByteArray::number(i);
        auto server = std::make_shared<LoopbackHttpServer>([body](const HttpRequest &) {
            HttpReply reply;
            reply.body = body;
            return reply;
        });
        if (!server->listen())
            return {};
        pool << server;
    }
    return pool;
}

QSet<QByteArray> backendNames(const QByteArray &name, int size)
{
    QSet<QByteArray> all;
    for (int i = 0; i < size; ++i)
        all << name + QByteArray::number(i);
    return all;
}

BalancerConfig balancerFor(const NamedBackends &backends, quint16 listenPort)
{
    UpstreamPool pool;
    pool.name = QStringLiteral("tomcat_app");
    for (const auto &backend : backends) {
        UpstreamServer server;
        server.address = QStringLiteral("127.0.0.1");
        server.port = backend->port();
        pool.servers << server;
    }
    ServerBlock site;
    site.listenAddress = QStringLiteral("127.0.0.1");
    site.listenPort = listenPort;
    site.pool = pool.name;
    return BalancerConfig{{pool}, {site}};
}

QByteArray fetchBody(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        reply->abort();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

QSet<QByteArray> answeredBy(QNetworkAccessManager &network, const QUrl &url, int requests)
{
    QSet<QByteArray> who;
    for (int i = 0; i < requests; ++i)
        who << fetchBody(network, url);
    return who;
}

} // namespace quayside::test
