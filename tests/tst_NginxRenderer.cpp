// NginxRenderer against the harness's real nginx: the rendered files pass nginx -t, requests reach every
// backend in the proportions of the weights, a sticky pool keeps a JSESSIONID on one backend, the status
// page answers only the allowed, the check token shows the serving backend to a request that carries it and
// to no other, and hostile names, addresses and tokens never reach a file.
#include "LoopbackHttpServer.h"
#include "ManagedProcess.h"
#include "TestNginx.h"

#include "nginx/NginxRenderer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace quayside;
using namespace quayside::test;

class tst_NginxRenderer : public QObject
{
    Q_OBJECT

private:
    BalancerConfig config(BalanceMethod method, const QList<int> &weights)
    {
        UpstreamPool pool;
        pool.name = QStringLiteral("tomcat_app");
        pool.method = method;
        for (int i = 0; i < weights.size(); ++i) {
            UpstreamServer server;
            server.address = QStringLiteral("127.0.0.1");
            server.port = m_backends.at(i)->port();
            server.weight = weights.at(i);
            pool.servers << server;
        }
        ServerBlock site;
        site.listenAddress = QStringLiteral("127.0.0.1");
        site.listenPort = m_nginx.port();
        site.pool = pool.name;
        site.statusAllow = {QStringLiteral("127.0.0.1")};
        return BalancerConfig{{pool}, {site}};
    }

    bool deploy(const BalancerConfig &balancer)
    {
        const auto rendered = NginxRenderer::render(balancer);
        if (!rendered)
            return false;
        return writeFile(m_nginx.confDir() + QStringLiteral("/backends"), rendered.value().backends) &&
               writeFile(m_nginx.confDir() + QStringLiteral("/default.conf"), rendered.value().site) &&
               m_nginx.validate().ok() && m_nginx.reloadAndWait();
    }

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray backend; // the X-Quayside-Backend header; empty when the answer has none
        bool hasBackend = false;
    };

    Answer fetch(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(m_nginx.url(path));
        request.setTransferTimeout(5000);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            reply->abort();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.hasBackend = reply->hasRawHeader("X-Quayside-Backend");
        answer.backend = reply->rawHeader("X-Quayside-Backend");
        delete reply;
        return answer;
    }

    QByteArray get(const QString &path, const QByteArray &cookie = {}, int *status = nullptr)
    {
        const Answer answer =
            fetch(path, cookie.isEmpty() ? QList<std::pair<QByteArray, QByteArray>>()
                                         : QList<std::pair<QByteArray, QByteArray>>{{"Cookie", cookie}});
        if (status)
            *status = answer.status;
        return answer.body;
    }

    TestNginx m_nginx;
    QList<std::shared_ptr<LoopbackHttpServer>> m_backends;
    int m_checksForwarded = 0; // requests that reached a backend still carrying X-Quayside-Check
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
        for (int i = 0; i < 3; ++i) {
            const QByteArray name = "backend-" + QByteArray::number(i);
            auto server = std::make_shared<LoopbackHttpServer>([this, name](const HttpRequest &request) {
                if (!request.header("X-Quayside-Check").isEmpty())
                    ++m_checksForwarded;
                HttpReply reply;
                reply.body = name;
                return reply;
            });
            QVERIFY(server->listen());
            m_backends << server;
        }
    }

    void rendersTheSameBytesAndPassesNginxCheck()
    {
        const BalancerConfig balancer = config(BalanceMethod::LeastConnections, {1, 1, 1});
        const auto first = NginxRenderer::render(balancer);
        const auto second = NginxRenderer::render(balancer);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value().backends, second.value().backends);
        QCOMPARE(first.value().site, second.value().site);
        QVERIFY(first.value().backends.startsWith(NginxRenderer::header()));
        QVERIFY(first.value().backends.contains("least_conn;"));
        QVERIFY(deploy(balancer));
        const ToolResult checked = m_nginx.validate();
        QVERIFY2(checked.ok(), checked.err.constData());
    }

    void weightsShareTheRequests()
    {
        QVERIFY(deploy(config(BalanceMethod::RoundRobin, {1, 2, 3})));
        QMap<QByteArray, int> counts;
        for (int i = 0; i < 60; ++i)
            ++counts[get(QStringLiteral("/"))];
        QCOMPARE(counts.value("backend-0"), 10);
        QCOMPARE(counts.value("backend-1"), 20);
        QCOMPARE(counts.value("backend-2"), 30);
    }

    void aSessionStaysOnItsBackend()
    {
        QVERIFY(deploy(config(BalanceMethod::StickySession, {1, 1, 1})));
        QSet<QByteArray> seen;
        for (int i = 0; i < 15; ++i)
            seen << get(QStringLiteral("/"), "JSESSIONID=4D2C7A1E9F0B");
        QCOMPARE(seen.size(), 1);
        QSet<QByteArray> spread;
        for (int i = 0; i < 30; ++i)
            spread << get(QStringLiteral("/"), "JSESSIONID=" + QByteArray::number(i * 7919));
        QVERIFY2(spread.size() > 1, "different sessions land on different backends");
    }

    void theStatusPageAnswersOnlyTheAllowed()
    {
        BalancerConfig balancer = config(BalanceMethod::RoundRobin, {1, 1, 1});
        QVERIFY(deploy(balancer));
        int status = 0;
        QVERIFY(get(QStringLiteral("/nginx_status"), {}, &status).contains("Active connections"));
        QCOMPARE(status, 200);
        balancer.sites.first().statusAllow = {QStringLiteral("10.0.0.0/8")};
        QVERIFY(deploy(balancer));
        get(QStringLiteral("/nginx_status"), {}, &status);
        QCOMPARE(status, 403);
    }

    void theCheckTokenShowsTheBackendToItsHolderOnly()
    {
        BalancerConfig balancer = config(BalanceMethod::RoundRobin, {1, 1, 1});
        balancer.checkToken = BalancerConfig::makeCheckToken();
        QVERIFY(BalancerValidation::isValidCheckToken(balancer.checkToken));
        QVERIFY(BalancerConfig::makeCheckToken() != balancer.checkToken);
        QVERIFY(deploy(balancer));
        QMap<QByteArray, QByteArray> addressOf; // what each backend answers -> where it listens
        for (int i = 0; i < m_backends.size(); ++i)
            addressOf.insert("backend-" + QByteArray::number(i),
                             "127.0.0.1:" + QByteArray::number(m_backends.at(i)->port()));

        const QByteArray token = balancer.checkToken.toLatin1();
        QSet<QByteArray> named;
        for (int i = 0; i < 6; ++i) {
            const Answer answer = fetch(QStringLiteral("/"), {{"X-Quayside-Check", token}});
            QCOMPARE(answer.status, 200);
            QVERIFY2(addressOf.contains(answer.body), answer.body.constData());
            QCOMPARE(answer.backend, addressOf.value(answer.body));
            named << answer.backend;
        }
        QCOMPARE(named, QSet<QByteArray>(addressOf.cbegin(), addressOf.cend()));

        const QList<QList<std::pair<QByteArray, QByteArray>>> others = {
            {},
            {{"X-Quayside-Check", token.chopped(1)}},
            {{"X-Quayside-Check", token + "x"}},
            {{"X-Quayside-Check", BalancerConfig::makeCheckToken().toLatin1()}},
            {{"X-Quayside-Backend-Check", token}},
        };
        for (const auto &headers : others) {
            const Answer answer = fetch(QStringLiteral("/"), headers);
            QCOMPARE(answer.status, 200);
            QVERIFY2(addressOf.contains(answer.body), answer.body.constData());
            QVERIFY2(!answer.hasBackend, answer.backend.constData());
        }
        // The status page passes to no backend, and the token never travels on to one.
        const Answer status = fetch(QStringLiteral("/nginx_status"), {{"X-Quayside-Check", token}});
        QCOMPARE(status.status, 200);
        QVERIFY(!status.hasBackend);
        QCOMPARE(m_checksForwarded, 0);
    }

    void withoutATokenNothingChanges()
    {
        BalancerConfig balancer = config(BalanceMethod::RoundRobin, {1, 1, 1});
        const auto plain = NginxRenderer::render(balancer);
        QVERIFY(plain.ok());
        QVERIFY(!plain.value().site.contains("quayside_"));
        QVERIFY(!plain.value().site.contains("X-Quayside"));
        QVERIFY(!plain.value().site.contains("add_header"));

        // The token adds the map and two lines per site and changes nothing else.
        balancer.checkToken = QStringLiteral("0123456789abcdef");
        const auto checked = NginxRenderer::render(balancer);
        QVERIFY(checked.ok());
        QCOMPARE(checked.value().backends, plain.value().backends);
        QByteArray site = checked.value().site;
        const QByteArray map = "\nmap $http_x_quayside_check $quayside_backend {\n"
                               "    default \"\";\n"
                               "    \"0123456789abcdef\" $upstream_addr;\n"
                               "}\n";
        const QByteArray lines = "        proxy_set_header X-Quayside-Check \"\";\n"
                                 "        add_header X-Quayside-Backend $quayside_backend always;\n";
        QCOMPARE(site.count(map), 1);
        QCOMPARE(site.count(lines), balancer.sites.size());
        QCOMPARE(site.replace(map, "").replace(lines, ""), plain.value().site);

        QVERIFY(deploy(balancer));
        QVERIFY(deploy(config(BalanceMethod::RoundRobin, {1, 1, 1})));
        QVERIFY(!fetch(QStringLiteral("/"), {{"X-Quayside-Check", "0123456789abcdef"}}).hasBackend);
    }

    void hostileValuesAreRefused_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("server name with a directive") << 0 << QStringLiteral("example.com; include /etc/shadow");
        QTest::newRow("server name with a brace") << 0 << QStringLiteral("example.com}");
        QTest::newRow("address with a semicolon") << 1 << QStringLiteral("10.0.0.5;");
        QTest::newRow("address with a variable") << 1 << QStringLiteral("$host");
        QTest::newRow("address with a newline") << 1 << QStringLiteral("10.0.0.5\nserver evil.example:80");
        QTest::newRow("pool name with a space") << 2 << QStringLiteral("tomcat app");
        // A pattern's "$" also matches before a last newline: the checks must end at the very end.
        QTest::newRow("pool name with a trailing newline") << 2 << QStringLiteral("tomcat\n");
        QTest::newRow("server name with a trailing newline") << 0 << QStringLiteral("example.com\n");
        QTest::newRow("body size with a trailing newline") << 4 << QStringLiteral("10m\n");
        QTest::newRow("status network all") << 3 << QStringLiteral("all");
        QTest::newRow("body size with a directive") << 4 << QStringLiteral("10m; error_log /tmp/x");
        QTest::newRow("certificate path with a quote") << 5 << QStringLiteral("/etc/ssl/it's.pem");
        QTest::newRow("listen address with ssl") << 6 << QStringLiteral("127.0.0.1 ssl");
        QTest::newRow("check token too short") << 7 << QStringLiteral("0123456789abcde");
        QTest::newRow("check token too long") << 7 << QString(65, QLatin1Char('a'));
        QTest::newRow("check token with a space") << 7 << QStringLiteral("0123456789 abcdef");
        QTest::newRow("check token with a semicolon") << 7 << QStringLiteral("0123456789abcdef; include x");
        QTest::newRow("check token with a variable") << 7 << QStringLiteral("0123456789abcdef$host");
        QTest::newRow("check token with a quote") << 7 << QStringLiteral("0123456789abcdef\" $host \"");
        QTest::newRow("check token with a single quote") << 7 << QStringLiteral("0123456789'abcdef");
        QTest::newRow("check token with a newline") << 7 << QStringLiteral("0123456789abcdef\n");
        QTest::newRow("check token with a brace") << 7 << QStringLiteral("0123456789abcdef}");
        QTest::newRow("check token with a tilde (a regex)") << 7 << QStringLiteral("~0123456789abcdef");
    }

    void hostileValuesAreRefused()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        BalancerConfig balancer = config(BalanceMethod::RoundRobin, {1, 1, 1});
        ServerBlock &site = balancer.sites.first();
        UpstreamPool &pool = balancer.pools.first();
        switch (field) {
        case 0: site.serverNames = {value}; break;
        case 1: pool.servers.first().address = value; break;
        case 2:
            pool.name = value;
            site.pool = value;
            break;
        case 3: site.statusAllow = {value}; break;
        case 4: site.clientMaxBodySize = value; break;
        case 5:
            site.tlsCertificatePath = value;
            site.tlsKeyPath = QStringLiteral("/etc/ssl/key.pem");
            break;
        case 6: site.listenAddress = value; break;
        case 7: balancer.checkToken = value; break;
        }
        const auto rendered = NginxRenderer::render(balancer);
        QVERIFY(!rendered.ok());
        QCOMPARE(rendered.error().kind, Error::Kind::InvalidInput);
        const QString &message = rendered.error().message;
        if (field == 7) // the token is not repeated: it is almost a secret
            QVERIFY2(message.contains(QLatin1String("check token")) && !message.contains(value), qPrintable(message));
        else
            QVERIFY2(message.contains(value.left(8)) || field == 2 || field == 5, qPrintable(message));
    }

    void backupServersNeedARotatingMethod()
    {
        BalancerConfig balancer = config(BalanceMethod::RoundRobin, {1, 1, 1});
        balancer.pools.first().servers.last().backup = true;
        QVERIFY(deploy(balancer));
        QSet<QByteArray> seen;
        for (int i = 0; i < 12; ++i)
            seen << get(QStringLiteral("/"));
        QVERIFY(!seen.contains("backend-2")); // the backup serves only when the others are down
        balancer.pools.first().method = BalanceMethod::StickySession;
        QCOMPARE(NginxRenderer::render(balancer).error().kind, Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(tst_NginxRenderer)
#include "tst_NginxRenderer.moc"
