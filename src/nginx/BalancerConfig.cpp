#include "nginx/BalancerConfig.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace quayside {

bool UpstreamServer::operator==(const UpstreamServer &other) const
{
    return address == other.address && port == other.port && weight == other.weight && maxFails == other.maxFails &&
           failTimeoutS == other.failTimeoutS && backup == other.backup && down == other.down;
}

bool UpstreamPool::operator==(const UpstreamPool &other) const
{
    return name == other.name && method == other.method && keepalive == other.keepalive && servers == other.servers;
}

bool ServerBlock::operator==(const ServerBlock &other) const
{
    return listenPort == other.listenPort && listenAddress == other.listenAddress && serverNames == other.serverNames &&
           pool == other.pool && tlsCertificatePath == other.tlsCertificatePath && tlsKeyPath == other.tlsKeyPath &&
           connectTimeoutS == other.connectTimeoutS && sendTimeoutS == other.sendTimeoutS &&
           readTimeoutS == other.readTimeoutS && clientMaxBodySize == other.clientMaxBodySize &&
           statusAllow == other.statusAllow && statusPath == other.statusPath;
}

bool BalancerConfig::operator==(const BalancerConfig &other) const
{
    return pools == other.pools && sites == other.sites && checkToken == other.checkToken;
}

QString BalancerConfig::makeCheckToken()
{
    // No capitals: nginx's map compares strings without regard to case, so they would add no strength.
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789-_";
    QString token;
    for (int i = 0; i < 32; ++i)
        token += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof kAlphabet) - 1)]);
    return token;
}

bool BalancerValidation::isValidHostName(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\z"));
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    return std::all_of(labels.begin(), labels.end(), [](const QString &part) { return label.match(part).hasMatch(); });
}

bool BalancerValidation::isValidAddress(const QString &address)
{
    QHostAddress parsed;
    if (parsed.setAddress(address))
        return !address.contains(QLatin1Char('%')); // no scope ids: they mean nothing on the balancer
    return isValidHostName(address);
}

bool BalancerValidation::isValidServerName(const QString &name)
{
    if (name.startsWith(QLatin1String("*.")))
        return isValidHostName(name.mid(2));
    return isValidHostName(name);
}

bool BalancerValidation::isValidNetwork(const QString &network)
{
    const QString address = network.section(QLatin1Char('/'), 0, 0);
    const QString length = network.section(QLatin1Char('/'), 1);
    QHostAddress parsed;
    if (!parsed.setAddress(address) || address.contains(QLatin1Char('%')))
        return false;
    if (length.isEmpty())
        return !network.contains(QLatin1Char('/'));
    bool number = false;
    const int bits = length.toInt(&number);
    const int most = parsed.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    return number && bits >= 0 && bits <= most;
}

bool BalancerValidation::isValidCheckToken(const QString &token)
{
    // anchoredPattern ends in \z: a '$' would let a final newline through.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{16,64}")));
    return token.isEmpty() || pattern.match(token).hasMatch();
}

Result<void> BalancerConfig::validate() const
{
    static const QRegularExpression poolName(QStringLiteral("^[A-Za-z0-9_]{1,64}\\z"));
    static const QRegularExpression size(QStringLiteral("^[0-9]{1,6}[kKmMgG]?\\z"));
    static const QRegularExpression path(QStringLiteral("^/[A-Za-z0-9_./-]*\\z"));
    const auto refuse = [](const QString &message) { return Error{Error::Kind::InvalidInput, 0, message}; };
    // The token is not repeated in the message: it opens a view of the internal addresses.
    if (!BalancerValidation::isValidCheckToken(checkToken))
        return refuse(BalancerValidation::tr("The check token must be 16 to 64 characters, each a letter, digit, "
                                             "\"-\" or \"_\"; make a new one or leave it empty."));
    QStringList names;
    for (const UpstreamPool &pool : pools) {
        if (!poolName.match(pool.name).hasMatch())
            return refuse(
                BalancerValidation::tr("\"%1\" cannot name a pool: use letters, digits and \"_\".").arg(pool.name));
        if (names.contains(pool.name))
            return refuse(BalancerValidation::tr("There are two pools named %1.").arg(pool.name));
        names << pool.name;
        if (pool.servers.isEmpty())
            return refuse(BalancerValidation::tr("Pool %1 has no servers; nginx needs at least one.").arg(pool.name));
        if (pool.keepalive < 0 || pool.keepalive > 10000)
            return refuse(BalancerValidation::tr("Pool %1 keeps %2 idle connections; use 0 to 10000.")
                              .arg(pool.name)
                              .arg(pool.keepalive));
        const bool hashing = pool.method == BalanceMethod::IpHash || pool.method == BalanceMethod::StickySession;
        for (const UpstreamServer &server : pool.servers) {
            if (!BalancerValidation::isValidAddress(server.address))
                return refuse(BalancerValidation::tr("\"%1\" in pool %2 is not an address or host name.")
                                  .arg(server.address, pool.name));
            if (server.port < 1 || server.port > 65535 || server.weight < 1 || server.weight > 1000 ||
                server.maxFails < 0 || server.maxFails > 1000 || server.failTimeoutS < 1 || server.failTimeoutS > 86400)
                return refuse(
                    BalancerValidation::tr("A server of pool %1 (%2) has a port, weight or failure limit out of range.")
                        .arg(pool.name, server.address));
            if (server.backup && hashing)
                return refuse(
                    BalancerValidation::tr("Pool %1 hashes its clients to servers, so it cannot have backup servers "
                                           "(nginx allows them with round robin and least connections only).")
                        .arg(pool.name));
        }
    }
    for (const ServerBlock &site : sites) {
        if (site.listenPort < 1 || site.listenPort > 65535)
            return refuse(BalancerValidation::tr("%1 is not a port nginx can listen on.").arg(site.listenPort));
        if (!site.listenAddress.isEmpty() &&
            (!BalancerValidation::isValidNetwork(site.listenAddress) || site.listenAddress.contains(QLatin1Char('/'))))
            return refuse(
                BalancerValidation::tr("\"%1\" is not an address nginx can listen on.").arg(site.listenAddress));
        for (const QString &name : site.serverNames) {
            if (!BalancerValidation::isValidServerName(name))
                return refuse(
                    BalancerValidation::tr("\"%1\" is not a server name (a host name, or *. and a domain).").arg(name));
        }
        if (!names.contains(site.pool))
            return refuse(BalancerValidation::tr("The site on port %1 passes to pool \"%2\", which does not exist.")
                              .arg(site.listenPort)
                              .arg(site.pool));
        if (site.tlsCertificatePath.isEmpty() != site.tlsKeyPath.isEmpty())
            return refuse(BalancerValidation::tr("HTTPS needs both a certificate and its key."));
        for (const QString &file : {site.tlsCertificatePath, site.tlsKeyPath, site.statusPath}) {
            if (!file.isEmpty() && (!path.match(file).hasMatch() || file.contains(QLatin1String(".."))))
                return refuse(
                    BalancerValidation::tr("\"%1\" is not a path Quayside writes into a configuration.").arg(file));
        }
        if (!size.match(site.clientMaxBodySize).hasMatch())
            return refuse(BalancerValidation::tr("\"%1\" is not a size such as 10m.").arg(site.clientMaxBodySize));
        for (int timeout : {site.connectTimeoutS, site.sendTimeoutS, site.readTimeoutS}) {
            if (timeout < 1 || timeout > 3600)
                return refuse(BalancerValidation::tr("A timeout of the site on port %1 is out of range (1 to 3600 s).")
                                  .arg(site.listenPort));
        }
        for (const QString &network : site.statusAllow) {
            if (!BalancerValidation::isValidNetwork(network))
                return refuse(
                    BalancerValidation::tr("\"%1\" is not an address or network such as 10.0.0.0/8.").arg(network));
        }
    }
    return {};
}

} // namespace quayside
