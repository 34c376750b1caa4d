#include "nginx/NginxImporter.h"

#include <QRegularExpression>

namespace quayside {

namespace {

struct Token
{
    QString text;
    int line = 0;
    bool quoted = false;
};

// nginx's own lexical rules, as far as these files need them: words, quoted strings, ';', '{', '}' and
// comments to the end of the line.
Result<QList<Token>> tokenize(const QByteArray &data, const QString &file)
{
    const QString text = QString::fromUtf8(data);
    QList<Token> tokens;
    int line = 1;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('#')) {
            while (i < text.size() && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char(';') || c == QLatin1Char('{') || c == QLatin1Char('}')) {
            tokens << Token{QString(c), line, false};
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(c, i + 1);
            if (end < 0)
                return Error{Error::Kind::InvalidInput, 0,
                             NginxImporter::tr("%1, line %2: a quoted string does not end.").arg(file).arg(line)};
            tokens << Token{text.mid(i + 1, end - i - 1), line, true};
            line += int(text.mid(i, end - i).count(QLatin1Char('\n')));
            i = end + 1;
        } else {
            qsizetype end = i;
            while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char(';') &&
                   text.at(end) != QLatin1Char('{') && text.at(end) != QLatin1Char('}'))
                ++end;
            tokens << Token{text.mid(i, end - i), line, false};
            i = end;
        }
    }
    return tokens;
}

struct Directive
{
    QStringList words;
    int line = 0;
    QList<Directive> block; // for name { ... }
    bool hasBlock = false;
};

// The directives of a block, unless its last one never got its ';'.
Result<QList<Directive>> unfinished(const Directive &current, const QList<Directive> &directives, const QString &file)
{
    if (current.words.isEmpty())
        return directives;
    return Error{Error::Kind::InvalidInput, 0,
                 NginxImporter::tr("%1, line %2: \"%3\" lacks its \";\".")
                     .arg(file)
                     .arg(current.line)
                     .arg(current.words.first())};
}

Result<QList<Directive>> parse(const QList<Token> &tokens, qsizetype &at, const QString &file, bool nested)
{
    QList<Directive> directives;
    Directive current;
    while (at < tokens.size()) {
        const Token &token = tokens.at(at++);
        if (!token.quoted && token.text == QLatin1String(";")) {
            if (current.words.isEmpty())
                continue;
            directives << current;
            current = Directive();
        } else if (!token.quoted && token.text == QLatin1String("{")) {
            auto inner = parse(tokens, at, file, true);
            if (!inner)
                return inner.error();
            current.block = inner.value();
            current.hasBlock = true;
            directives << current;
            current = Directive();
        } else if (!token.quoted && token.text == QLatin1String("}")) {
            if (!nested)
                return Error{Error::Kind::InvalidInput, 0,
                             NginxImporter::tr("%1, line %2: a \"}\" closes nothing.").arg(file).arg(token.line)};
            return unfinished(current, directives, file);
        } else {
            if (current.words.isEmpty())
                current.line = token.line;
            current.words << token.text;
        }
    }
    if (nested)
        return Error{Error::Kind::InvalidInput, 0, NginxImporter::tr("%1: a \"{\" is never closed.").arg(file)};
    return unfinished(current, directives, file);
}

Result<QList<Directive>> read(const QByteArray &data, const QString &file)
{
    auto tokens = tokenize(data, file);
    if (!tokens)
        return tokens.error();
    qsizetype at = 0;
    return parse(tokens.value(), at, file, false);
}

// The map NginxRenderer writes for BalancerConfig::checkToken; anything else named map is not the model's.
bool readCheckMap(const Directive &map, QString &token)
{
    if (map.words != QStringList{QStringLiteral("map"), QStringLiteral("$http_x_quayside_check"),
                                 QStringLiteral("$quayside_backend")} ||
        !map.hasBlock || map.block.size() != 2 ||
        map.block.at(0).words != QStringList{QStringLiteral("default"), QString()} ||
        map.block.at(1).words.size() != 2 || map.block.at(1).words.at(1) != QLatin1String("$upstream_addr"))
        return false;
    token = map.block.at(1).words.at(0);
    return true;
}

int seconds(const QString &value)
{
    QString number = value;
    if (number.endsWith(QLatin1Char('s')))
        number.chop(1);
    bool ok = false;
    const int parsed = number.toInt(&ok);
    return ok ? parsed : -1;
}

// "10.0.0.5:8080", "[2001:db8::5]:8080", "web-1" (port 80)
bool splitHostPort(const QString &text, QString &host, int &port)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\[([^\\]]+)\\]|([^:]+))(?::(\\d+))?\\z"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    host = match.captured(2).isEmpty() ? match.captured(3) : match.captured(2);
    port = match.captured(4).isEmpty() ? 80 : match.captured(4).toInt();
    return true;
}

} // namespace

Result<ImportedBalancer> NginxImporter::import(const QByteArray &backends, const QByteArray &site)
{
    ImportedBalancer result;
    const QString backendsName = QStringLiteral("backends");
    const QString siteName = QStringLiteral("default.conf");
    const auto upstreams = read(backends, backendsName);
    if (!upstreams)
        return upstreams.error();
    const auto servers = read(site, siteName);
    if (!servers)
        return servers.error();
    const auto warn = [&result](const QString &file, const Directive &directive) {
        result.warnings << tr("%1, line %2: \"%3\" is not part of Quayside's model and was left out.")
                               .arg(file)
                               .arg(directive.line)
                               .arg(directive.words.join(QLatin1Char(' ')));
    };

    for (const Directive &top : upstreams.value()) {
        if (top.words.value(0) != QLatin1String("upstream") || !top.hasBlock || top.words.size() != 2) {
            warn(backendsName, top);
            continue;
        }
        UpstreamPool pool;
        pool.name = top.words.at(1);
        pool.keepalive = 0;
        for (const Directive &inner : top.block) {
            const QString name = inner.words.value(0);
            if (name == QLatin1String("least_conn")) {
                pool.method = BalanceMethod::LeastConnections;
            } else if (name == QLatin1String("ip_hash")) {
                pool.method = BalanceMethod::IpHash;
            } else if (name == QLatin1String("hash") && inner.words.value(1) == QLatin1String("$cookie_JSESSIONID")) {
                pool.method = BalanceMethod::StickySession;
            } else if (name == QLatin1String("keepalive")) {
                pool.keepalive = inner.words.value(1).toInt();
            } else if (name == QLatin1String("server") && inner.words.size() >= 2) {
                UpstreamServer server;
                if (!splitHostPort(inner.words.at(1), server.address, server.port))
                    return Error{Error::Kind::InvalidInput, 0,
                                 tr("%1, line %2: \"%3\" is not an address and port.")
                                     .arg(backendsName)
                                     .arg(inner.line)
                                     .arg(inner.words.at(1))};
                for (const QString &parameter : inner.words.mid(2)) {
                    const QString key = parameter.section(QLatin1Char('='), 0, 0);
                    const QString value = parameter.section(QLatin1Char('='), 1);
                    if (key == QLatin1String("weight"))
                        server.weight = value.toInt();
                    else if (key == QLatin1String("max_fails"))
                        server.maxFails = value.toInt();
                    else if (key == QLatin1String("fail_timeout"))
                        server.failTimeoutS = seconds(value);
                    else if (parameter == QLatin1String("backup"))
                        server.backup = true;
                    else if (parameter == QLatin1String("down"))
                        server.down = true;
                    else
                        result.warnings << tr("%1, line %2: the server parameter \"%3\" was left out.")
                                               .arg(backendsName)
                                               .arg(inner.line)
                                               .arg(parameter);
                }
                pool.servers << server;
            } else {
                warn(backendsName, inner);
            }
        }
        result.config.pools << pool;
    }

    for (const Directive &top : servers.value()) {
        if (top.words.value(0) == QLatin1String("include"))
            continue; // the backends file itself
        if (top.words.value(0) == QLatin1String("map") && readCheckMap(top, result.config.checkToken))
            continue;
        if (top.words.value(0) != QLatin1String("server") || !top.hasBlock) {
            warn(siteName, top);
            continue;
        }
        // What nginx does where the file says nothing, not the defaults Quayside writes for a new balancer.
        ServerBlock block;
        block.connectTimeoutS = 60;
        block.clientMaxBodySize = QStringLiteral("1m");
        for (const Directive &inner : top.block) {
            const QString name = inner.words.value(0);
            if (name == QLatin1String("listen")) {
                const QString where = inner.words.value(1);
                bool number = false;
                block.listenPort = where.toInt(&number);
                if (!number && !splitHostPort(where, block.listenAddress, block.listenPort))
                    return Error{
                        Error::Kind::InvalidInput, 0,
                        tr("%1, line %2: \"%3\" is not an address and port.").arg(siteName).arg(inner.line).arg(where)};
            } else if (name == QLatin1String("server_name")) {
                block.serverNames = inner.words.mid(1);
                block.serverNames.removeAll(QStringLiteral("_"));
            } else if (name == QLatin1String("ssl_certificate")) {
                block.tlsCertificatePath = inner.words.value(1);
            } else if (name == QLatin1String("ssl_certificate_key")) {
                block.tlsKeyPath = inner.words.value(1);
            } else if (name == QLatin1String("client_max_body_size")) {
                block.clientMaxBodySize = inner.words.value(1);
            } else if (name == QLatin1String("location") && inner.hasBlock) {
                const bool exact = inner.words.value(1) == QLatin1String("=");
                const QString path = exact ? inner.words.value(2) : inner.words.value(1);
                bool status = false;
                for (const Directive &in : inner.block) {
                    const QString key = in.words.value(0);
                    if (key == QLatin1String("proxy_pass")) {
                        QString target = in.words.value(1);
                        target.remove(QRegularExpression(QStringLiteral("^https?://")));
                        block.pool = target.section(QLatin1Char('/'), 0, 0);
                    } else if (key == QLatin1String("proxy_connect_timeout")) {
                        block.connectTimeoutS = seconds(in.words.value(1));
                    } else if (key == QLatin1String("proxy_send_timeout")) {
                        block.sendTimeoutS = seconds(in.words.value(1));
                    } else if (key == QLatin1String("proxy_read_timeout")) {
                        block.readTimeoutS = seconds(in.words.value(1));
                    } else if (key == QLatin1String("stub_status")) {
                        status = true;
                    } else if (key == QLatin1String("allow")) {
                        block.statusAllow << in.words.value(1);
                    } else if (in.words == QStringList{QStringLiteral("add_header"),
                                                       QStringLiteral("X-Quayside-Backend"),
                                                       QStringLiteral("$quayside_backend"), QStringLiteral("always")}) {
                        continue; // goes with the check map
                    } else if (!key.startsWith(QLatin1String("proxy_")) && key != QLatin1String("deny")) {
                        warn(siteName, in);
                    }
                }
                if (status)
                    block.statusPath = path;
                else if (!block.statusAllow.isEmpty() && !status)
                    block.statusAllow.clear();
            } else {
                warn(siteName, inner);
            }
        }
        result.config.sites << block;
    }
    const auto valid = result.config.validate();
    if (!valid)
        return Error{valid.error().kind, 0,
                     tr("The imported configuration does not fit Quayside's model: %1").arg(valid.error().message)};
    return result;
}

} // namespace quayside
