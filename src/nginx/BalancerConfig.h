#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace quayside {

struct UpstreamServer
{
    QString address; // IPv4, IPv6 or a host name
    int port = 8080;
    int weight = 1;
    int maxFails = 1;
    int failTimeoutS = 10;
    bool backup = false; // used only when the others are down (round robin and least_conn only)
    bool down = false;   // kept in the pool but sent nothing, e.g. while draining

    bool operator==(const UpstreamServer &other) const;
};

enum class BalanceMethod {
    RoundRobin,
    LeastConnections,
    IpHash,
    StickySession, // a hash of the JSESSIONID cookie: a Tomcat session stays on its container
};

// One Tomcat application's containers behind nginx.
struct UpstreamPool
{
    QString name; // letters, digits and '_'
    BalanceMethod method = BalanceMethod::RoundRobin;
    int keepalive = 16; // idle connections kept open to the backends; 0: none
    QList<UpstreamServer> servers;

    bool operator==(const UpstreamPool &other) const;
};

struct ServerBlock
{
    int listenPort = 80;
    QString listenAddress;      // empty: every address of the balancer
    QStringList serverNames;    // empty: any name ("_")
    QString pool;               // the upstream this site passes to
    QString tlsCertificatePath; // set both to serve HTTPS (the user's certificate and key, on the balancer)
    QString tlsKeyPath;
    int connectTimeoutS = 5;
    int sendTimeoutS = 60;
    int readTimeoutS = 60;
    QString clientMaxBodySize = QStringLiteral("10m");
    // stub_status for metrics, only from these addresses or networks; empty: no status page.
    QStringList statusAllow;
    QString statusPath = QStringLiteral("/nginx_status");

    bool operator==(const ServerBlock &other) const;
};

// The load balancer: the seed's conf.d/backends (the pools) and conf.d/default.conf (the sites).
struct BalancerConfig
{
    QList<UpstreamPool> pools;
    QList<ServerBlock> sites;
    // Empty: off. Otherwise a request carrying the header X-Quayside-Check with this value gets an answer
    // header X-Quayside-Backend naming the backend (address:port) nginx passed it to; nobody else learns
    // the internal addresses. ({} keeps BalancerConfig{pools, sites} free of missing-initializer warnings.)
    QString checkToken{};

    // A fresh random token for checkToken: 32 lower-case letters, digits, '-' and '_' (about 167 bits).
    // nginx matches the header case-insensitively.
    static QString makeCheckToken();

    // Every name, address, number and path checked before anything is rendered: a value that could break
    // out of its directive (spaces, ';', '{', quotes, '$', newlines) is refused with a message saying which.
    Result<void> validate() const;
    bool operator==(const BalancerConfig &other) const;
};

class BalancerValidation
{
    Q_DECLARE_TR_FUNCTIONS(BalancerValidation)

public:
    static bool isValidHostName(const QString &name);
    static bool isValidAddress(const QString &address);
    static bool isValidServerName(const QString &name);
    static bool isValidNetwork(const QString &network);
    // Empty, or 16 to 64 of [A-Za-z0-9_-]: safe unquoted and quoted in nginx, never a map keyword.
    static bool isValidCheckToken(const QString &token);
};

} // namespace quayside
