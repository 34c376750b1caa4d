#include "Network.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace quayside::test {

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

quint16 launchOnFreePort(const std::function<Launch(quint16)> &launch)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = freeLoopbackPort();
        switch (launch(port)) {
        case Launch::Ready: return port;
        case Launch::Failed: return 0;
        case Launch::PortTaken: break;
        }
    }
    return 0;
}

bool canConnect(quint16 port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(timeoutMs);
    socket.abort();
    return connected;
}

} // namespace quayside::test
