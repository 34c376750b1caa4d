#pragma once

#include "nginx/BalancerConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace quayside {

struct ImportedBalancer
{
    BalancerConfig config;
    QStringList warnings; // directives Quayside does not model, left out of the import
};

// Reads an existing backends / default.conf pair (the seed's layout, hand-written or made by Quayside) into
// the model, so a balancer set up by hand can be adopted. What the model has no place for is reported,
// not silently dropped; what it cannot read is an error naming the file and line.
class NginxImporter
{
    Q_DECLARE_TR_FUNCTIONS(NginxImporter)

public:
    static Result<ImportedBalancer> import(const QByteArray &backends, const QByteArray &site);
};

} // namespace quayside
