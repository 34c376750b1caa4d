#pragma once

#include "TestNginx.h"

#include "nginx/BalancerApplier.h"

namespace quayside::test {

// Puts a BalancerConfig in service on the harness's nginx, the way NginxDeployer does on a balancer host:
// render, write both files (each atomically), nginx -t, put the old files back if nginx refuses, else
// reload and report once the old workers have finished. The wait polls on a timer, so the event loop (and
// any requests a test runs through nginx meanwhile) keeps going.
class TestNginxApplier : public BalancerApplier
{
    Q_OBJECT

public:
    explicit TestNginxApplier(TestNginx *nginx, QObject *parent = nullptr);

    void apply(const BalancerConfig &config, QObject *context, Done done) override;

    int applyCount() const { return m_applyCount; }
    QString backendsFile() const;
    QByteArray backendsText() const;

private:
    TestNginx *m_nginx;
    int m_applyCount = 0;
};

} // namespace quayside::test
