#pragma once

#include <QtGlobal>

namespace quayside::test {

// A TCP port on 127.0.0.1 that was free a moment ago. Servers started on it may still lose a race with
// another process; the harness retries with a fresh port when a server reports the address in use.
quint16 freeLoopbackPort();

// True when a TCP connection to 127.0.0.1:port is accepted within timeoutMs.
bool canConnect(quint16 port, int timeoutMs = 200);

} // namespace quayside::test
