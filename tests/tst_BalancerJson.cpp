// BalancerJson: the model round-trips through its JSON form byte for byte, the output is fixed, and every
// kind of bad document is refused with the place of the fault.
#include "SampleBalancer.h"

#include "nginx/BalancerJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace quayside;
using quayside::test::sampleBalancer;

class tst_BalancerJson : public QObject
{
    Q_OBJECT

private:
    // The sample as a JSON object, with `edit` applied to it, serialised again.
    static QByteArray edited(const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject document = QJsonDocument::fromJson(BalancerJson::toJson(sampleBalancer())).object();
        edit(document);
        return QJsonDocument(document).toJson();
    }

    static void setServerField(QJsonObject &document, int pool, int server, const QString &key, const QJsonValue &value)
    {
        QJsonArray pools = document.value(QLatin1String("pools")).toArray();
        QJsonObject poolObject = pools.at(pool).toObject();
        QJsonArray servers = poolObject.value(QLatin1String("servers")).toArray();
        QJsonObject serverObject = servers.at(server).toObject();
        if (value.isUndefined())
            serverObject.remove(key);
        else
            serverObject.insert(key, value);
        servers.replace(server, serverObject);
        poolObject.insert(QStringLiteral("servers"), servers);
        pools.replace(pool, poolObject);
        document.insert(QStringLiteral("pools"), pools);
    }

private Q_SLOTS:
    void roundTripsTheModel()
    {
        BalancerConfig config = sampleBalancer();
        config.sites[1].tlsCertificatePath = QStringLiteral("/etc/ssl/api.pem");
        config.sites[1].tlsKeyPath = QStringLiteral("/etc/ssl/private/api.key");
        config.pools[0].method = BalanceMethod::LeastConnections;
        const QByteArray json = BalancerJson::toJson(config);
        const auto loaded = BalancerJson::fromJson(json);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded.value(), config);
        QCOMPARE(BalancerJson::toJson(loaded.value()), json);
    }

    void theCheckTokenRoundTripsAndIsLeftOutWhenEmpty()
    {
        BalancerConfig config = sampleBalancer();
        QVERIFY(!BalancerJson::toJson(config).contains("check_token"));
        config.checkToken = BalancerConfig::makeCheckToken();
        const QByteArray json = BalancerJson::toJson(config);
        QVERIFY(json.contains(QByteArray("\"check_token\": \"" + config.checkToken.toLatin1() + "\"")));
        const auto loaded = BalancerJson::fromJson(json);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded.value().checkToken, config.checkToken);
        QCOMPARE(loaded.value(), config);
        QCOMPARE(BalancerJson::toJson(loaded.value()), json);
    }

    void everyMethodRoundTrips_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("name");
        QTest::newRow("round robin") << int(BalanceMethod::RoundRobin) << QStringLiteral("round_robin");
        QTest::newRow("least connections") << int(BalanceMethod::LeastConnections) << QStringLiteral("least_conn");
        QTest::newRow("ip hash") << int(BalanceMethod::IpHash) << QStringLiteral("ip_hash");
        QTest::newRow("sticky") << int(BalanceMethod::StickySession) << QStringLiteral("sticky_session");
    }

    void everyMethodRoundTrips()
    {
        QFETCH(int, method);
        QFETCH(QString, name);
        BalancerConfig config = sampleBalancer();
        config.pools[1].method = BalanceMethod(method);
        const QByteArray json = BalancerJson::toJson(config);
        QVERIFY(json.contains(QByteArray("\"method\": \"" + name.toLatin1() + "\"")));
        const auto loaded = BalancerJson::fromJson(json);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().pools[1].method, BalanceMethod(method));
    }

    void writesAFixedLayout()
    {
        UpstreamPool pool;
        pool.name = QStringLiteral("app");
        pool.servers = {UpstreamServer{QStringLiteral("10.0.0.5")}};
        ServerBlock site;
        site.pool = pool.name;
        site.serverNames = {QStringLiteral("example.com")};
        const QByteArray expected = R"({
    "format": "quayside-balancer",
    "pools": [
        {
            "keepalive": 16,
            "method": "round_robin",
            "name": "app",
            "servers": [
                {
                    "address": "10.0.0.5",
                    "backup": false,
                    "down": false,
                    "fail_timeout": 10,
                    "max_fails": 1,
                    "port": 8080,
                    "weight": 1
                }
            ]
        }
    ],
    "sites": [
        {
            "client_max_body_size": "10m",
            "connect_timeout": 5,
            "listen_address": "",
            "listen_port": 80,
            "pool": "app",
            "read_timeout": 60,
            "send_timeout": 60,
            "server_names": [
                "example.com"
            ],
            "status_allow": [
            ],
            "status_path": "/nginx_status",
            "tls_certificate": "",
            "tls_key": ""
        }
    ],
    "version": 1
}
)";
        QCOMPARE(BalancerJson::toJson(BalancerConfig{{pool}, {site}}), expected);
    }

    void leftOutKeysTakeTheDefaults()
    {
        const auto loaded = BalancerJson::fromJson(R"({"format": "quayside-balancer", "version": 1,
            "pools": [{"name": "app", "servers": [{"address": "app1.internal"}]}],
            "sites": [{"pool": "app"}]})");
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        UpstreamPool pool;
        pool.name = QStringLiteral("app");
        pool.servers = {UpstreamServer{QStringLiteral("app1.internal")}};
        ServerBlock site;
        site.pool = pool.name;
        QCOMPARE(loaded.value(), (BalancerConfig{{pool}, {site}}));
    }

    void badDocumentsNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const auto server = [](int pool, int index, const char *key, const QJsonValue &value) {
            return edited(
                [=](QJsonObject &document) { setServerField(document, pool, index, QString::fromLatin1(key), value); });
        };
        QTest::newRow("port too big") << server(1, 0, "port", 70000)
                                      << QStringLiteral("pools[1].servers[0].port: expected a number from 1 to 65535");
        QTest::newRow("port a string") << server(0, 2, "port", QStringLiteral("8080"))
                                       << QStringLiteral("pools[0].servers[2].port: expected a number from 1 to 65535");
        QTest::newRow("port a fraction") << server(0, 0, "port", 80.5)
                                         << QStringLiteral(
                                                "pools[0].servers[0].port: expected a number from 1 to 65535");
        QTest::newRow("weight zero") << server(0, 1, "weight", 0)
                                     << QStringLiteral("pools[0].servers[1].weight: expected a number from 1 to 1000");
        QTest::newRow("backup a string") << server(0, 1, "backup", QStringLiteral("yes"))
                                         << QStringLiteral("pools[0].servers[1].backup: expected true or false");
        QTest::newRow("address missing") << server(1, 1, "address", QJsonValue::Undefined)
                                         << QStringLiteral("pools[1].servers[1].address: missing");
        QTest::newRow("misspelt key") << server(0, 0, "max_fail", 3)
                                      << QStringLiteral("pools[0].servers[0].max_fail: unknown key");
        QTest::newRow("hostile address") << server(0, 0, "address", QStringLiteral("10.0.0.1; include /etc/shadow"))
                                         << QStringLiteral("is not an address or host name");
        QTest::newRow("unknown method") << edited([](QJsonObject &document) {
            QJsonArray pools = document.value(QLatin1String("pools")).toArray();
            QJsonObject pool = pools.at(1).toObject();
            pool.insert(QStringLiteral("method"), QStringLiteral("random"));
            pools.replace(1, pool);
            document.insert(QStringLiteral("pools"), pools);
        }) << QStringLiteral("pools[1].method: expected one of round_robin, least_conn, ip_hash, sticky_session");
        QTest::newRow("server not an object") << edited([](QJsonObject &document) {
            QJsonArray pools = document.value(QLatin1String("pools")).toArray();
            QJsonObject pool = pools.at(0).toObject();
            pool.insert(QStringLiteral("servers"), QJsonArray{QStringLiteral("10.0.0.1:8080")});
            pools.replace(0, pool);
            document.insert(QStringLiteral("pools"), pools);
        }) << QStringLiteral("pools[0].servers[0]: expected an object");
        QTest::newRow("server names not a list") << edited([](QJsonObject &document) {
            QJsonArray sites = document.value(QLatin1String("sites")).toArray();
            QJsonObject site = sites.at(0).toObject();
            site.insert(QStringLiteral("server_names"), QStringLiteral("example.com"));
            sites.replace(0, site);
            document.insert(QStringLiteral("sites"), sites);
        }) << QStringLiteral("sites[0].server_names: expected a list");
        QTest::newRow("site to a missing pool") << edited([](QJsonObject &document) {
            QJsonArray sites = document.value(QLatin1String("sites")).toArray();
            QJsonObject site = sites.at(1).toObject();
            site.insert(QStringLiteral("pool"), QStringLiteral("gone"));
            sites.replace(1, site);
            document.insert(QStringLiteral("sites"), sites);
        }) << QStringLiteral("passes to pool \"gone\", which does not exist");
        const auto topLevel = [](const char *key, const QJsonValue &value) {
            return edited([=](QJsonObject &document) { document.insert(QString::fromLatin1(key), value); });
        };
        QTest::newRow("check token a number")
            << topLevel("check_token", 1234567890123456.0) << QStringLiteral("check_token: expected a string");
        QTest::newRow("check token too short") << topLevel("check_token", QStringLiteral("0123456789abcde"))
                                               << QStringLiteral("check_token: expected 16 to 64 letters, digits");
        QTest::newRow("check token with a quote") << topLevel("check_token", QStringLiteral("0123456789abcdef\" $host"))
                                                  << QStringLiteral("check_token: expected 16 to 64 letters, digits");
        QTest::newRow("check token misspelt")
            << topLevel("checkToken", QStringLiteral("0123456789abcdef")) << QStringLiteral("checkToken: unknown key");
        QTest::newRow("another format") << topLevel("format", QStringLiteral("nginx-ui"))
                                        << QStringLiteral("format: expected \"quayside-balancer\"");
        QTest::newRow("newer version") << topLevel("version", 2)
                                       << QStringLiteral("the file is version 2; use a newer Quayside");
        QTest::newRow("no pools") << edited([](QJsonObject &document) { document.remove(QStringLiteral("pools")); })
                                  << QStringLiteral("pools: missing");
        QTest::newRow("not JSON") << QByteArray("{\"format\": \"quayside-balancer\",") << QStringLiteral("not JSON: ");
        QTest::newRow("a list") << QByteArray("[]") << QStringLiteral("expected a JSON object at the top");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON: ");
    }

    void badDocumentsNameThePlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto loaded = BalancerJson::fromJson(json);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.error().message));
        QVERIFY(loaded.error().kind == Error::Kind::InvalidInput || loaded.error().kind == Error::Kind::Unsupported);
    }
};

QTEST_GUILESS_MAIN(tst_BalancerJson)
#include "tst_BalancerJson.moc"
