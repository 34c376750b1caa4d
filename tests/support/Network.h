#pragma once

#include <QtGlobal>

#include <functional>

namespace quayside::test {

// A TCP port on 127.0.0.1 that was free a moment ago. Servers started on it may still lose a race with
// another process; the harness retries with a fresh port when a server reports the address in use.
quint16 freeLoopbackPort();

enum class Launch { Ready, PortTaken, Failed };

// Calls launch(port) with a free port; when the server lost that port to another process, tries again with
// a fresh one, three times at most. Returns the port the server is ready on, or 0.
quint16 launchOnFreePort(const std::function<Launch(quint16)> &launch);

// True when a TCP connection to 127.0.0.1:port is accepted within timeoutMs.
bool canConnect(quint16 port, int timeoutMs = 200);

} // namespace quayside::test
