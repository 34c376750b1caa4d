// Benchmark (issue 6): render a pool of 10,000 backends and have the harness's nginx validate it. Prints
// the render time (QBENCHMARK) and the `nginx -t` time.
#include "ManagedProcess.h"
#include "TestNginx.h"

#include "nginx/NginxRenderer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace quayside;
using namespace quayside::test;

class bench_NginxRenderer : public QObject
{
    Q_OBJECT

private:
    static BalancerConfig bigPool(int backends, quint16 port)
    {
        UpstreamPool pool;
        pool.name = QStringLiteral("tomcat_app");
        pool.method = BalanceMethod::LeastConnections;
        for (int i = 0; i < backends; ++i) {
            UpstreamServer server;
            // 10.x.y.z, all distinct; nginx does not connect to them to validate.
            server.address = QStringLiteral("10.%1.%2.%3").arg(i / 65536).arg((i / 256) % 256).arg(i % 256);
            server.port = 32768 + (i % 1000);
            server.weight = 1 + i % 5;
            pool.servers << server;
        }
        ServerBlock site;
        site.listenAddress = QStringLiteral("127.0.0.1");
        site.listenPort = port;
        site.pool = pool.name;
        return BalancerConfig{{pool}, {site}};
    }

    TestNginx m_nginx;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString())); }

    void renderTenThousandBackends()
    {
        const BalancerConfig config = bigPool(10000, m_nginx.port());
        RenderedBalancer rendered;
        QBENCHMARK
        {
            const auto result = NginxRenderer::render(config);
            QVERIFY(result.ok());
            rendered = result.value();
        }
        QVERIFY(rendered.backends.count("\n    server ") == 10000);
    }

    void validateTenThousandBackends()
    {
        const auto rendered = NginxRenderer::render(bigPool(10000, m_nginx.port()));
        QVERIFY(rendered.ok());
        QVERIFY(writeFile(m_nginx.confDir() + QStringLiteral("/backends"), rendered.value().backends));
        QVERIFY(writeFile(m_nginx.confDir() + QStringLiteral("/default.conf"), rendered.value().site));
        QElapsedTimer clock;
        clock.start();
        const ToolResult checked = m_nginx.validate();
        const qint64 ms = clock.elapsed();
        QVERIFY2(checked.ok(), checked.err.constData());
        qInfo().noquote() << QStringLiteral("nginx -t of 10,000 backends: %1 ms (%2 KiB of backends)")
                                 .arg(ms)
                                 .arg(rendered.value().backends.size() / 1024);
    }
};

QTEST_GUILESS_MAIN(bench_NginxRenderer)
#include "bench_NginxRenderer.moc"
