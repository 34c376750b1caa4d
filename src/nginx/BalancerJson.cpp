#include "nginx/BalancerJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace quayside {

namespace {

const std::pair<BalanceMethod, const char *> kMethods[] = {
    {BalanceMethod::RoundRobin, "round_robin"},
    {BalanceMethod::LeastConnections, "least_conn"},
    {BalanceMethod::IpHash, "ip_hash"},
    {BalanceMethod::StickySession, "sticky_session"},
};

// Reads the members of one JSON object, refusing what it does not expect. Each read returns false after
// recording the first error, with the member's place in the document.
class ObjectReader
{
public:
    ObjectReader(const QJsonValue &value, QString place)
        : m_object(value.toObject())
        , m_place(std::move(place))
    {
        if (!value.isObject())
            m_error = BalancerJson::tr("%1: expected an object").arg(m_place);
    }

    bool ok() const { return m_error.isEmpty(); }
    Error error() const { return Error{Error::Kind::InvalidInput, 0, m_error}; }
    QString place(const QString &key) const { return m_place.isEmpty() ? key : m_place + QLatin1Char('.') + key; }

    bool integer(const QString &key, int *out, int low, int high, bool required = false)
    {
        const QJsonValue value = take(key, required);
        if (!ok() || value.isUndefined())
            return ok();
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < low || number > high)
            return fail(BalancerJson::tr("%1: expected a number from %2 to %3").arg(place(key)).arg(low).arg(high));
        *out = int(number);
        return true;
    }

    bool string(const QString &key, QString *out, bool required = false)
    {
        const QJsonValue value = take(key, required);
        if (!ok() || value.isUndefined())
            return ok();
        if (!value.isString())
            return fail(BalancerJson::tr("%1: expected a string").arg(place(key)));
        *out = value.toString();
        return true;
    }

    bool boolean(const QString &key, bool *out)
    {
        const QJsonValue value = take(key, false);
        if (!ok() || value.isUndefined())
            return ok();
        if (!value.isBool())
            return fail(BalancerJson::tr("%1: expected true or false").arg(place(key)));
        *out = value.toBool();
        return true;
    }

    bool strings(const QString &key, QStringList *out)
    {
        QJsonArray array;
        if (!this->array(key, &array, false))
            return false;
        out->clear();
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return fail(BalancerJson::tr("%1[%2]: expected a string").arg(place(key)).arg(i));
            *out << array.at(i).toString();
        }
        return true;
    }

    bool array(const QString &key, QJsonArray *out, bool required)
    {
        const QJsonValue value = take(key, required);
        if (!ok() || value.isUndefined())
            return ok();
        if (!value.isArray())
            return fail(BalancerJson::tr("%1: expected a list").arg(place(key)));
        *out = value.toArray();
        return true;
    }

    // Refuses members nobody asked for: a misspelt key must not be silently ignored.
    bool finish()
    {
        if (!ok())
            return false;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_read.contains(it.key()))
                return fail(BalancerJson::tr("%1: unknown key").arg(place(it.key())));
        }
        return true;
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

private:
    QJsonValue take(const QString &key, bool required)
    {
        if (!ok())
            return QJsonValue::Undefined;
        m_read.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && required)
            fail(BalancerJson::tr("%1: missing").arg(place(key)));
        return value;
    }

    QJsonObject m_object;
    QString m_place;
    QSet<QString> m_read;
    QString m_error;
};

QString indexed(const QString &place, int index)
{
    return QStringLiteral("%1[%2]").arg(place).arg(index);
}

Result<UpstreamServer> readServer(const QJsonValue &value, const QString &place)
{
    UpstreamServer server;
    ObjectReader in(value, place);
    if (in.string(QStringLiteral("address"), &server.address, true) &&
        in.integer(QStringLiteral("port"), &server.port, 1, 65535) &&
        in.integer(QStringLiteral("weight"), &server.weight, 1, 1000) &&
        in.integer(QStringLiteral("max_fails"), &server.maxFails, 0, 1000) &&
        in.integer(QStringLiteral("fail_timeout"), &server.failTimeoutS, 1, 86400) &&
        in.boolean(QStringLiteral("backup"), &server.backup) && in.boolean(QStringLiteral("down"), &server.down) &&
        in.finish())
        return server;
    return in.error();
}

Result<UpstreamPool> readPool(const QJsonValue &value, const QString &place)
{
    UpstreamPool pool;
    ObjectReader in(value, place);
    QString method = BalancerJson::methodName(pool.method);
    QJsonArray servers;
    if (!in.string(QStringLiteral("name"), &pool.name, true) || !in.string(QStringLiteral("method"), &method) ||
        !in.integer(QStringLiteral("keepalive"), &pool.keepalive, 0, 10000) ||
        !in.array(QStringLiteral("servers"), &servers, true) || !in.finish())
        return in.error();
    const auto known = std::find_if(std::begin(kMethods), std::end(kMethods),
                                    [&method](const auto &entry) { return method == QLatin1String(entry.second); });
    if (known == std::end(kMethods)) {
        in.fail(BalancerJson::tr("%1: expected one of round_robin, least_conn, ip_hash, sticky_session")
                    .arg(in.place(QStringLiteral("method"))));
        return in.error();
    }
    pool.method = known->first;
    for (int i = 0; i < servers.size(); ++i) {
        auto server = readServer(servers.at(i), indexed(in.place(QStringLiteral("servers")), i));
        if (!server)
            return server.error();
        pool.servers << server.value();
    }
    return pool;
}

Result<ServerBlock> readSite(const QJsonValue &value, const QString &place)
{
    ServerBlock site;
    ObjectReader in(value, place);
    if (in.integer(QStringLiteral("listen_port"), &site.listenPort, 1, 65535) &&
        in.string(QStringLiteral("listen_address"), &site.listenAddress) &&
        in.strings(QStringLiteral("server_names"), &site.serverNames) &&
        in.string(QStringLiteral("pool"), &site.pool, true) &&
        in.string(QStringLiteral("tls_certificate"), &site.tlsCertificatePath) &&
        in.string(QStringLiteral("tls_key"), &site.tlsKeyPath) &&
        in.integer(QStringLiteral("connect_timeout"), &site.connectTimeoutS, 1, 3600) &&
        in.integer(QStringLiteral("send_timeout"), &site.sendTimeoutS, 1, 3600) &&
        in.integer(QStringLiteral("read_timeout"), &site.readTimeoutS, 1, 3600) &&
        in.string(QStringLiteral("client_max_body_size"), &site.clientMaxBodySize) &&
        in.strings(QStringLiteral("status_allow"), &site.statusAllow) &&
        in.string(QStringLiteral("status_path"), &site.statusPath) && in.finish())
        return site;
    return in.error();
}

} // namespace

QString BalancerJson::methodName(BalanceMethod method)
{
    for (const auto &[value, name] : kMethods) {
        if (value == method)
            return QLatin1String(name);
    }
    return {};
}

QByteArray BalancerJson::toJson(const BalancerConfig &config)
{
    QJsonArray pools;
    for (const UpstreamPool &pool : config.pools) {
        QJsonArray servers;
        for (const UpstreamServer &server : pool.servers) {
            servers.append(QJsonObject{
                {QStringLiteral("address"), server.address},
                {QStringLiteral("port"), server.port},
                {QStringLiteral("weight"), server.weight},
                {QStringLiteral("max_fails"), server.maxFails},
                {QStringLiteral("fail_timeout"), server.failTimeoutS},
                {QStringLiteral("backup"), server.backup},
                {QStringLiteral("down"), server.down},
            });
        }
        pools.append(QJsonObject{
            {QStringLiteral("name"), pool.name},
            {QStringLiteral("method"), methodName(pool.method)},
            {QStringLiteral("keepalive"), pool.keepalive},
            {QStringLiteral("servers"), servers},
        });
    }
    QJsonArray sites;
    for (const ServerBlock &site : config.sites) {
        sites.append(QJsonObject{
            {QStringLiteral("listen_port"), site.listenPort},
            {QStringLiteral("listen_address"), site.listenAddress},
            {QStringLiteral("server_names"), QJsonArray::fromStringList(site.serverNames)},
            {QStringLiteral("pool"), site.pool},
            {QStringLiteral("tls_certificate"), site.tlsCertificatePath},
            {QStringLiteral("tls_key"), site.tlsKeyPath},
            {QStringLiteral("connect_timeout"), site.connectTimeoutS},
            {QStringLiteral("send_timeout"), site.sendTimeoutS},
            {QStringLiteral("read_timeout"), site.readTimeoutS},
            {QStringLiteral("client_max_body_size"), site.clientMaxBodySize},
            {QStringLiteral("status_allow"), QJsonArray::fromStringList(site.statusAllow)},
            {QStringLiteral("status_path"), site.statusPath},
        });
    }
    // QJsonObject keeps its keys sorted, which is what makes the output stable.
    QJsonObject document{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("pools"), pools},
        {QStringLiteral("sites"), sites},
    };
    // Only when set, so the files of balancers without one stay as they were.
    if (!config.checkToken.isEmpty())
        document.insert(QStringLiteral("check_token"), config.checkToken);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<BalancerConfig> BalancerJson::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Error::Kind::InvalidInput, 0,
                     tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)};
    ObjectReader in(document.object(), QString());
    if (!document.isObject())
        return Error{Error::Kind::InvalidInput, 0, tr("expected a JSON object at the top")};
    QString format;
    int version = 0;
    if (!in.string(QStringLiteral("format"), &format, true))
        return in.error();
    if (format != formatName())
        return Error{Error::Kind::InvalidInput, 0,
                     tr("format: expected \"%1\", found \"%2\"; this is not a Quayside balancer file")
                         .arg(formatName(), format)};
    if (!in.integer(QStringLiteral("version"), &version, 1, 1000000, true))
        return in.error();
    if (version != kVersion)
        return Error{Error::Kind::Unsupported, 0,
                     tr("version: this Quayside reads version %1 of the balancer format, the file is version %2; "
                        "use a newer Quayside")
                         .arg(kVersion)
                         .arg(version)};
    QJsonArray pools;
    QJsonArray sites;
    BalancerConfig config;
    if (!in.array(QStringLiteral("pools"), &pools, true) || !in.array(QStringLiteral("sites"), &sites, true) ||
        !in.string(QStringLiteral("check_token"), &config.checkToken) || !in.finish())
        return in.error();
    if (!BalancerValidation::isValidCheckToken(config.checkToken))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("check_token: expected 16 to 64 letters, digits, \"-\" or \"_\"")};
    for (int i = 0; i < pools.size(); ++i) {
        auto pool = readPool(pools.at(i), indexed(QStringLiteral("pools"), i));
        if (!pool)
            return pool.error();
        config.pools << pool.value();
    }
    for (int i = 0; i < sites.size(); ++i) {
        auto site = readSite(sites.at(i), indexed(QStringLiteral("sites"), i));
        if (!site)
            return site.error();
        config.sites << site.value();
    }
    const auto valid = config.validate();
    if (!valid)
        return valid.error();
    return config;
}

} // namespace quayside
