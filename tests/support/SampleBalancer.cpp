#include "SampleBalancer.h"

namespace quayside::test {

BalancerConfig sampleBalancer()
{
    UpstreamPool shop;
    shop.name = QStringLiteral("shop");
    shop.servers = {
        UpstreamServer{QStringLiteral("127.0.0.1"), 18081, 3, 2, 30, false, false},
        UpstreamServer{QStringLiteral("127.0.0.1"), 18082, 1, 1, 10, false, true},
        UpstreamServer{QStringLiteral("127.0.0.1"), 18083, 1, 1, 10, true, false},
    };
    UpstreamPool api;
    api.name = QStringLiteral("api_v2");
    api.method = BalanceMethod::StickySession;
    api.keepalive = 0;
    api.servers = {
        UpstreamServer{QStringLiteral("::1"), 18091},
        UpstreamServer{QStringLiteral("localhost"), 18092, 5},
    };
    ServerBlock shopSite;
    shopSite.listenPort = 18080;
    shopSite.listenAddress = QStringLiteral("127.0.0.1");
    shopSite.serverNames = {QStringLiteral("shop.example.com"), QStringLiteral("*.shop.example.com")};
    shopSite.pool = shop.name;
    shopSite.statusAllow = {QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8")};
    ServerBlock apiSite;
    apiSite.listenPort = 18090;
    apiSite.pool = api.name;
    apiSite.readTimeoutS = 300;
    apiSite.clientMaxBodySize = QStringLiteral("50m");
    return BalancerConfig{{shop, api}, {shopSite, apiSite}};
}

} // namespace quayside::test
