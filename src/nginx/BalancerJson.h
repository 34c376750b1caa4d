#pragma once

#include "nginx/BalancerConfig.h"

#include <QByteArray>
#include <QCoreApplication>

namespace quayside {

// The balancer model as a JSON document ({"format": "quayside-balancer", "version": 1, "pools": [...],
// "sites": [...], optionally "check_token": "..."}), the form in which Quayside keeps it and quaysidectl
// reads it.
//
// Writing gives the same bytes for the same model (keys sorted, four-space indentation, a final newline), so
// a saved file changes only when the model does. Reading is strict: an unknown key, a value of the wrong type
// or out of range is an error naming its place ("pools[1].servers[0].port: expected a number from 1 to
// 65535"), and a model that reads but fails BalancerConfig::validate() is refused too. Keys left out take
// the model's defaults, except the ones a balancer cannot do without (a pool's name and servers, a
// server's address, a site's pool).
class BalancerJson
{
    Q_DECLARE_TR_FUNCTIONS(BalancerJson)

public:
    static QByteArray toJson(const BalancerConfig &config);
    static Result<BalancerConfig> fromJson(const QByteArray &json);

    static QString methodName(BalanceMethod method);
    static QString formatName() { return QStringLiteral("quayside-balancer"); }
    static constexpr int kVersion = 1;
};

} // namespace quayside
