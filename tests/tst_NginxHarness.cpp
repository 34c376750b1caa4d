// The harness's nginx: serves a page, validates configs, and picks up a new one on reload.
#include "TestNginx.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using quayside::test::TestNginx;

class tst_NginxHarness : public QObject
{
    Q_OBJECT

private:
    QPair<int, QByteArray> get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    }

    TestNginx m_nginx;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString())); }

    void servesPage()
    {
        QVERIFY(writeFile(m_nginx.htmlRoot() + QStringLiteral("/page.html"), "<p>quayside page 7</p>\n"));
        const auto [status, body] = get(m_nginx.url(QStringLiteral("/page.html")));
        QCOMPARE(status, 200);
        QCOMPARE(body, QByteArray("<p>quayside page 7</p>\n"));
        QCOMPARE(get(m_nginx.url(QStringLiteral("/missing.html"))).first, 404);
    }

    void brokenConfigIsRejected()
    {
        const QString broken = m_nginx.prefix() + QStringLiteral("/broken.conf");
        QVERIFY(writeFile(broken, "events {}\nhttp { server { listen 127.0.0.1:1; no_such_directive on; } }\n"));
        const auto result = m_nginx.validate(broken);
        QVERIFY(!result.ok());
        QVERIFY2(result.err.contains("[emerg]") && result.err.contains("no_such_directive"), result.err.constData());
    }

    void reloadPicksUpNewConfig()
    {
        const QByteArray server = QStringLiteral("server {\n"
                                                 "    listen 127.0.0.1:%1;\n"
                                                 "    location / { return 200 \"reloaded config\\n\"; }\n"
                                                 "}\n")
                                      .arg(m_nginx.port())
                                      .toLatin1();
        QVERIFY(writeFile(m_nginx.confDir() + QStringLiteral("/default.conf"), server));
        const auto check = m_nginx.validate();
        QVERIFY2(check.ok(), check.err.constData());
        QVERIFY(m_nginx.reload());
        QTRY_COMPARE_WITH_TIMEOUT(get(m_nginx.url(QStringLiteral("/anything"))).second, QByteArray("reloaded config\n"),
                                  10000);
    }
};

QTEST_GUILESS_MAIN(tst_NginxHarness)
#include "tst_NginxHarness.moc"
