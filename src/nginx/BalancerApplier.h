#pragma once

#include "core/Result.h"
#include "nginx/BalancerConfig.h"

#include <QObject>

#include <functional>

namespace quayside {

// Whatever puts a load-balancer model in service. NginxDeployer does it on a balancer host over SSH;
// LiveBackends only knows this interface, so that it can be driven and tested apart from the transport.
class BalancerApplier : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<void> &)>;
    using QObject::QObject;

    // Renders `config`, has nginx validate it, swaps it in and reloads. `done` runs once requests see the
    // new configuration: nginx's old workers have finished the requests they held. On failure the
    // configuration in service is the one before, and the error carries nginx's own message.
    virtual void apply(const BalancerConfig &config, QObject *context, Done done) = 0;
};

} // namespace quayside
