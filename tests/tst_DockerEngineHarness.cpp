// The harness's Docker Engine: real dockerd, reachable only over mutual TLS.
#include "TestCertificates.h"
#include "TestDockerEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using quayside::test::TestCertificates;
using quayside::test::TestDockerEngine;

namespace {

struct Response
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body;
    QByteArray apiVersionHeader;
};

} // namespace

class tst_DockerEngineHarness : public QObject
{
    Q_OBJECT

private:
    Response get(const QUrl &url, const QSslConfiguration &tls)
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setTransferTimeout(15000);
        // A manager per request: a shared one would reuse an authenticated TLS connection and hide a
        // refusal.
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        Response response;
        response.error = reply->error();
        response.errorString = reply->errorString();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.apiVersionHeader = reply->rawHeader("Api-Version");
        delete reply;
        return response;
    }

    QUrl apiUrl(const QString &path) const
    {
        QUrl url = m_engine.url();
        url.setPath(path);
        return url;
    }

    TestDockerEngine m_engine;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString())); }

    void pingOverMutualTls()
    {
        const Response response = get(apiUrl(QStringLiteral("/_ping")), m_engine.clientTlsConfiguration());
        QVERIFY2(response.error == QNetworkReply::NoError, qPrintable(response.errorString));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("OK"));
        QVERIFY(!response.apiVersionHeader.isEmpty());
    }

    void versionOverMutualTls()
    {
        const Response response = get(apiUrl(QStringLiteral("/version")), m_engine.clientTlsConfiguration());
        QVERIFY2(response.error == QNetworkReply::NoError, qPrintable(response.errorString));
        QCOMPARE(response.status, 200);
        const QJsonObject version = QJsonDocument::fromJson(response.body).object();
        const QStringList apiVersion = version.value(QStringLiteral("ApiVersion")).toString().split(QLatin1Char('.'));
        QCOMPARE(apiVersion.size(), 2);
        QCOMPARE(apiVersion.at(0), QStringLiteral("1"));
        QVERIFY2(apiVersion.at(1).toInt() >= 41, qPrintable(apiVersion.join(QLatin1Char('.'))));
        QCOMPARE(version.value(QStringLiteral("Os")).toString(), QStringLiteral("linux"));
        QCOMPARE(QByteArray(response.apiVersionHeader),
                 version.value(QStringLiteral("ApiVersion")).toString().toLatin1());
    }

    void busyboxImageIsImported()
    {
        const Response response = get(apiUrl(QStringLiteral("/images/json")), m_engine.clientTlsConfiguration());
        QVERIFY2(response.error == QNetworkReply::NoError, qPrintable(response.errorString));
        QStringList tags;
        const QJsonArray images = QJsonDocument::fromJson(response.body).array();
        for (const auto &image : images) {
            for (const auto &tag : image.toObject().value(QStringLiteral("RepoTags")).toArray())
                tags << tag.toString();
        }
        QVERIFY2(tags.contains(TestDockerEngine::busyboxImage()), qPrintable(tags.join(QLatin1Char(' '))));
    }

    void containerServesOnPublishedPort()
    {
        const QStringList run = {
            QStringLiteral("run"),
            QStringLiteral("-d"),
            QStringLiteral("-p"),
            QStringLiteral("127.0.0.1::8080"),
            TestDockerEngine::busyboxImage(),
            QStringLiteral("sh"),
            QStringLiteral("-c"),
            QStringLiteral("echo hello-from-busybox > /www/index.html && exec httpd -f -p 8080 -h /www")};
        const auto started = m_engine.docker(run);
        QVERIFY2(started.ok(), qPrintable(started.describe(QStringLiteral("docker"), run)));
        const QString id = QString::fromLatin1(started.out.trimmed());
        const auto port = m_engine.docker({QStringLiteral("port"), id, QStringLiteral("8080/tcp")});
        QVERIFY2(port.ok(), port.err.constData());
        const QString hostPort = QString::fromLatin1(port.out.trimmed()).section(QLatin1Char(':'), -1);
        QUrl url(QStringLiteral("http://127.0.0.1/index.html"));
        url.setPort(hostPort.toInt());
        Response response;
        QTRY_VERIFY_WITH_TIMEOUT((response = get(url, QSslConfiguration()), response.status == 200), 15000);
        QCOMPARE(response.body, QByteArray("hello-from-busybox\n"));
        QVERIFY(m_engine.docker({QStringLiteral("rm"), QStringLiteral("-f"), id}).ok());
    }

    void refusedWithoutClientCertificate()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_engine.caCertificate()));
        const Response response = get(apiUrl(QStringLiteral("/_ping")), tls);
        QVERIFY2(response.error != QNetworkReply::NoError, response.body.constData());
        QVERIFY(response.body != "OK");
    }

    void refusedWithForeignClientCertificate()
    {
        QTemporaryDir dir;
        TestCertificates foreign;
        QVERIFY2(foreign.createAuthority(dir.path(), QStringLiteral("Someone else's CA")) &&
                     foreign.issueClient(QStringLiteral("intruder"), QStringLiteral("intruder")),
                 qPrintable(foreign.errorString()));
        QSslConfiguration tls = m_engine.clientTlsConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(foreign.certificate(QStringLiteral("intruder"))).value(0));
        QFile key(foreign.privateKey(QStringLiteral("intruder")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        const Response response = get(apiUrl(QStringLiteral("/_ping")), tls);
        QVERIFY2(response.error != QNetworkReply::NoError, response.body.constData());
        QVERIFY(response.body != "OK");
    }

    void plainHttpIsRefused()
    {
        QUrl url = apiUrl(QStringLiteral("/_ping"));
        url.setScheme(QStringLiteral("http"));
        const Response response = get(url, QSslConfiguration());
        QCOMPARE(response.status, 400);
        QVERIFY2(response.body.contains("HTTPS"), response.body.constData());
    }
};

QTEST_GUILESS_MAIN(tst_DockerEngineHarness)
#include "tst_DockerEngineHarness.moc"
