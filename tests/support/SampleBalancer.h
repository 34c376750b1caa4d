#pragma once

#include "nginx/BalancerConfig.h"

namespace quayside::test {

// A balancer that uses most of the model: two pools (round robin with a backup and a drained server,
// sticky sessions over IPv6 and a host name), and two sites, one with names and a status page. It passes
// validate() and `nginx -t` (no TLS: that would need certificate files).
BalancerConfig sampleBalancer();

} // namespace quayside::test
