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
    bool isApplying() const { return m_applying; }
    // Each deployment first waits this long, as one over a slow link to a balancer host would.
    void setDelay(int milliseconds) { m_delayMs = milliseconds; }
    QString backendsFile() const;
    QByteArray backendsText() const;

private:
    void applyNow(const BalancerConfig &config, const Done &done);

    TestNginx *m_nginx;
    int m_applyCount = 0;
    int m_delayMs = 0;
    bool m_applying = false;
};

} // namespace quayside::test
