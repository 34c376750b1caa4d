// NginxImporter: a hand-written backends/default.conf pair gives back an equal model, Quayside's own files
// round-trip (with a check token too), what the model lacks is reported, and broken files are errors with
// their line.
#include "nginx/NginxImporter.h"
#include "nginx/NginxRenderer.h"

#include <QTest>

using namespace quayside;

class tst_NginxImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adoptsAHandWrittenPair()
    {
        const QByteArray backends = "# the seed's backends\n"
                                    "upstream backend {\n"
                                    "    least_conn;\n"
                                    "    server 10.176.4.12:8080;\n"
                                    "    server 10.176.4.13:8080 weight=2 max_fails=3 fail_timeout=30s;\n"
                                    "    server [2001:db8::7]:8080 backup;\n"
                                    "}\n";
        const QByteArray site = "include /etc/nginx/conf.d/backends;\n"
                                "server {\n"
                                "    listen 80;\n"
                                "    server_name example.com www.example.com;\n"
                                "    access_log /var/log/nginx/app.log;\n"
                                "    location / {\n"
                                "        proxy_pass http://backend;\n"
                                "        proxy_set_header Host $host;\n"
                                "        proxy_read_timeout 120s;\n"
                                "    }\n"
                                "}\n";
        const auto imported = NginxImporter::import(backends, site);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));

        UpstreamPool pool;
        pool.name = QStringLiteral("backend");
        pool.method = BalanceMethod::LeastConnections;
        pool.keepalive = 0;
        UpstreamServer first;
        first.address = QStringLiteral("10.176.4.12");
        UpstreamServer second;
        second.address = QStringLiteral("10.176.4.13");
        second.weight = 2;
        second.maxFails = 3;
        second.failTimeoutS = 30;
        UpstreamServer third;
        third.address = QStringLiteral("2001:db8::7");
        third.backup = true;
        pool.servers = {first, second, third};
        ServerBlock block;
        block.listenPort = 80;
        block.serverNames = {QStringLiteral("example.com"), QStringLiteral("www.example.com")};
        block.pool = QStringLiteral("backend");
        block.connectTimeoutS = 60;
        block.readTimeoutS = 120;
        block.clientMaxBodySize = QStringLiteral("1m");
        const BalancerConfig expected{{pool}, {block}};
        QVERIFY(imported.value().config == expected);
        QCOMPARE(imported.value().warnings.size(), 1);
        QVERIFY2(imported.value().warnings.first().contains(QLatin1String("access_log")),
                 qPrintable(imported.value().warnings.first()));
        QVERIFY(imported.value().warnings.first().contains(QLatin1String("line 5")));
    }

    void quaysidesOwnFilesRoundTrip()
    {
        UpstreamPool pool;
        pool.name = QStringLiteral("shop");
        pool.method = BalanceMethod::StickySession;
        UpstreamServer server;
        server.address = QStringLiteral("10.0.0.5");
        server.port = 32768;
        server.weight = 3;
        UpstreamServer drained = server;
        drained.port = 32769;
        drained.down = true;
        pool.servers = {server, drained};
        ServerBlock site;
        site.listenAddress = QStringLiteral("0.0.0.0");
        site.listenPort = 443;
        site.serverNames = {QStringLiteral("*.shop.example")};
        site.pool = QStringLiteral("shop");
        site.tlsCertificatePath = QStringLiteral("/etc/nginx/tls/shop.pem");
        site.tlsKeyPath = QStringLiteral("/etc/nginx/tls/shop.key");
        site.statusAllow = {QStringLiteral("10.0.0.0/8"), QStringLiteral("127.0.0.1")};
        const BalancerConfig original{{pool}, {site}};
        const auto rendered = NginxRenderer::render(original);
        QVERIFY(rendered.ok());
        const auto imported = NginxImporter::import(rendered.value().backends, rendered.value().site);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QVERIFY(imported.value().warnings.isEmpty());
        QVERIFY(imported.value().config == original);
        const auto again = NginxRenderer::render(imported.value().config);
        QCOMPARE(again.value().backends, rendered.value().backends);
        QCOMPARE(again.value().site, rendered.value().site);
    }

    void theCheckTokenRoundTrips()
    {
        UpstreamPool pool;
        pool.name = QStringLiteral("shop");
        UpstreamServer server;
        server.address = QStringLiteral("10.0.0.5");
        pool.servers = {server};
        ServerBlock site;
        site.pool = pool.name;
        ServerBlock tls = site;
        tls.listenPort = 443;
        tls.tlsCertificatePath = QStringLiteral("/etc/nginx/tls/shop.pem");
        tls.tlsKeyPath = QStringLiteral("/etc/nginx/tls/shop.key");
        tls.statusAllow = {QStringLiteral("127.0.0.1")};
        BalancerConfig original{{pool}, {site, tls}};
        original.checkToken = BalancerConfig::makeCheckToken();
        const auto rendered = NginxRenderer::render(original);
        QVERIFY(rendered.ok());
        const auto imported = NginxImporter::import(rendered.value().backends, rendered.value().site);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QVERIFY2(imported.value().warnings.isEmpty(), qPrintable(imported.value().warnings.join(QLatin1Char('\n'))));
        QCOMPARE(imported.value().config.checkToken, original.checkToken);
        QVERIFY(imported.value().config == original);
        const auto again = NginxRenderer::render(imported.value().config);
        QCOMPARE(again.value().backends, rendered.value().backends);
        QCOMPARE(again.value().site, rendered.value().site);
    }

    void anotherMapIsNotATokenButAWarning()
    {
        const QByteArray backends = "upstream app {\n    server 10.0.0.5:8080;\n}\n";
        const QByteArray site = "map $http_x_quayside_check $quayside_backend {\n"
                                "    default $upstream_addr;\n"
                                "    \"0123456789abcdef\" \"\";\n"
                                "}\n"
                                "server {\n    listen 80;\n    location / { proxy_pass http://app; }\n}\n";
        const auto imported = NginxImporter::import(backends, site);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QVERIFY(imported.value().config.checkToken.isEmpty());
        QCOMPARE(imported.value().warnings.size(), 1);
        QVERIFY2(imported.value().warnings.first().contains(QLatin1String("line 1")),
                 qPrintable(imported.value().warnings.first()));
    }

    void brokenFilesSayWhere_data()
    {
        QTest::addColumn<QByteArray>("backends");
        QTest::addColumn<QByteArray>("site");
        QTest::addColumn<QString>("words");
        QTest::newRow("unclosed block") << QByteArray("upstream a {\n server 10.0.0.1:80;\n") << QByteArray()
                                        << QStringLiteral("never closed");
        QTest::newRow("stray brace") << QByteArray() << QByteArray("server { listen 80; }\n}\n")
                                     << QStringLiteral("line 2");
        QTest::newRow("missing semicolon")
            << QByteArray("upstream a {\n server 10.0.0.1:80\n}\n") << QByteArray() << QStringLiteral("line 2");
        QTest::newRow("unterminated quote")
            << QByteArray() << QByteArray("server {\n server_name \"x;\n}\n") << QStringLiteral("line 2");
        QTest::newRow("hostile address") << QByteArray("upstream a {\n server evil$host:80;\n}\n")
                                         << QByteArray("server { listen 80; location / { proxy_pass http://a; } }\n")
                                         << QStringLiteral("evil$host");
        QTest::newRow("short check token")
            << QByteArray("upstream a {\n server 10.0.0.1:80;\n}\n")
            << QByteArray(
                   "map $http_x_quayside_check $quayside_backend {\n default \"\";\n \"short\" $upstream_addr;\n}\n"
                   "server { listen 80; location / { proxy_pass http://a; } }\n")
            << QStringLiteral("check token");
    }

    void brokenFilesSayWhere()
    {
        QFETCH(QByteArray, backends);
        QFETCH(QByteArray, site);
        QFETCH(QString, words);
        const auto imported = NginxImporter::import(backends, site);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(imported.error().message.contains(words), qPrintable(imported.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_NginxImporter)
#include "tst_NginxImporter.moc"
