// DockerClient against the harness's real dockerd over mutual TLS: build, run, fetch, logs, events,
// stop and remove; and every refusal and fault a person may meet.
#include "Await.h"
#include "Network.h"
#include "TcpRelay.h"
#include "TestCertificates.h"
#include "TestDockerEngine.h"

#include "docker/BuildContext.h"
#include "docker/DockerClient.h"
#include "docker/DockerEventStream.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace quayside;
using quayside::test::await;
using quayside::test::TcpRelay;
using quayside::test::TestCertificates;
using quayside::test::TestDockerEngine;

class tst_DockerClient : public QObject
{
    Q_OBJECT

private:
    DockerEndpoint endpoint(const QSslConfiguration &tls) const
    {
        return DockerEndpoint{QStringLiteral("test engine"), m_engine.url(), tls};
    }

    // The test engine, reached through `relay` on 127.0.0.1.
    DockerEndpoint throughRelay(const TcpRelay &relay) const
    {
        DockerEndpoint relayed = endpoint(m_engine.clientTlsConfiguration());
        relayed.url.setPort(relay.port());
        return relayed;
    }

    QByteArray httpGet(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
        delete reply;
        return body;
    }

    TestDockerEngine m_engine;
    QNetworkAccessManager m_network;
    std::unique_ptr<DockerClient> m_client;
    QString m_image;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_engine.start(), qPrintable(m_engine.errorString()));
        m_client = std::make_unique<DockerClient>(endpoint(m_engine.clientTlsConfiguration()), &m_network);
    }

    void negotiatesTheApiVersion()
    {
        const auto version = await<DockerVersion>([&](auto done) { m_client->version(this, done); });
        VERIFY_OK(version);
        QVERIFY(!m_client->apiVersion()); // /version is unversioned: nothing negotiated yet
        const auto info = await<DockerInfo>([&](auto done) { m_client->info(this, done); });
        VERIFY_OK(info);
        QVERIFY(m_client->apiVersion());
        const auto engineNewest = DockerApiVersion::parse(version.value().apiVersion);
        QVERIFY(engineNewest);
        const DockerApiVersion expected =
            *engineNewest < DockerApiVersion::kNewest ? *engineNewest : DockerApiVersion::kNewest;
        QCOMPARE(m_client->apiVersion()->toString(), expected.toString());
        QVERIFY(info.value().cpus >= 1);
        QVERIFY(info.value().memoryBytes > 0);
    }

    void pings()
    {
        VERIFY_OK(await<void>([&](auto done) { m_client->ping(this, done); }));
    }

    void buildsAnImage()
    {
        BuildContext context;
        VERIFY_OK(context.addFile(QStringLiteral("Dockerfile"),
                                  "FROM " + TestDockerEngine::busyboxImage().toUtf8() +
                                      "\n"
                                      "RUN echo built-by-quayside > /www/built.txt\n"
                                      "COPY site/ /www/\n"
                                      "EXPOSE 8080\n"
                                      "CMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]\n"));
        VERIFY_OK(context.addFile(QStringLiteral("site/index.html"), "<p>quayside test page</p>\n"));
        const auto tar = context.toTar();
        VERIFY_OK(tar);
        QStringList progress;
        const auto built = await<QString>([&](auto done) {
            m_client->buildImage(
                tar.value(), QStringLiteral("quayside-test/site:1"), QString(), this,
                [&progress](const QString &line) { progress << line; }, done);
        });
        VERIFY_OK(built);
        QVERIFY2(built.value().startsWith(QLatin1String("sha256:")), qPrintable(built.value()));
        QVERIFY2(progress.join(QLatin1Char('\n')).contains(QLatin1String("Step 1/5")),
                 qPrintable(progress.join(QLatin1Char('\n'))));
        const auto image = await<DockerImage>(
            [&](auto done) { m_client->inspectImage(QStringLiteral("quayside-test/site:1"), this, done); });
        VERIFY_OK(image);
        QCOMPARE(image.value().id, built.value());
        QVERIFY(image.value().tags.contains(QStringLiteral("quayside-test/site:1")));
        m_image = QStringLiteral("quayside-test/site:1");
    }

    void buildsWithArgumentsAndLabels()
    {
        BuildContext context;
        VERIFY_OK(context.addFile(QStringLiteral("Dockerfile.args"), "ARG BASE\nFROM ${BASE}\nARG GREETING=none\n"
                                                                     "RUN echo \"$GREETING\" > /greeting\n"
                                                                     "CMD [\"cat\", \"/greeting\"]\n"));
        ImageBuild build;
        build.tag = QStringLiteral("quayside-test/args:1");
        build.dockerfile = QStringLiteral("Dockerfile.args");
        build.buildArgs = {{QStringLiteral("BASE"), TestDockerEngine::busyboxImage()},
                           {QStringLiteral("GREETING"), QStringLiteral("it's $(not) run")}};
        build.labels = {{QStringLiteral("quayside.recipe"), QStringLiteral("abc123")}};
        VERIFY_OK(await<QString>([&](auto done) {
            m_client->buildImage(
                context.toTar().value(), build, this, [](const QString &) {}, done);
        }));
        const auto image = await<DockerImage>([&](auto done) { m_client->inspectImage(build.tag, this, done); });
        VERIFY_OK(image);
        QCOMPARE(image.value().labels.value(QStringLiteral("quayside.recipe")), QStringLiteral("abc123"));
        const auto listed = await<QList<DockerImage>>([&](auto done) { m_client->images(this, done); });
        VERIFY_OK(listed);
        bool seen = false;
        for (const DockerImage &one : listed.value())
            seen = seen || (one.tags.contains(build.tag) &&
                            one.labels.value(QStringLiteral("quayside.recipe")) == QLatin1String("abc123"));
        QVERIFY(seen);
        const auto ran = m_engine.docker({QStringLiteral("run"), QStringLiteral("--rm"), build.tag});
        QVERIFY2(ran.ok(), ran.err.constData());
        QCOMPARE(ran.out, QByteArray("it's $(not) run\n"));
        VERIFY_OK(await<void>([&](auto done) { m_client->removeImage(build.tag, false, this, done); }));
    }

    void failedBuildSaysWhy()
    {
        BuildContext context;
        VERIFY_OK(context.addFile(QStringLiteral("Dockerfile"),
                                  "FROM " + TestDockerEngine::busyboxImage().toUtf8() + "\nRUN exit 7\n"));
        const auto built = await<QString>([&](auto done) {
            m_client->buildImage(context.toTar().value(), QStringLiteral("quayside-test/broken:1"), QString(), this, {},
                                 done);
        });
        QVERIFY(!built.ok());
        QVERIFY2(built.error().message.contains(QLatin1String("returned a non-zero code: 7")),
                 qPrintable(built.error().message));
    }

    void runsTwoContainersAndFollowsThemThroughEvents()
    {
        QVERIFY(!m_image.isEmpty());
        const QString runLabel = QString::number(QDateTime::currentMSecsSinceEpoch());
        QList<DockerEvent> events;
        std::optional<Result<void>> eventsEnded;
        DockerStream *stream = m_client->events(
            0,
            {{QStringLiteral("type"), {QStringLiteral("container")}},
             {QStringLiteral("label"), {QStringLiteral("quayside.test.run=") + runLabel}}},
            this, [&events](const DockerEvent &event) { events << event; },
            [&eventsEnded](const Result<void> &result) { eventsEnded = result; });
        QTest::qWait(300); // let the subscription reach the engine before anything happens

        const int fixedPort = quayside::test::freeLoopbackPort();
        QStringList ids;
        for (const QString &name : {QStringLiteral("quayside-test-a"), QStringLiteral("quayside-test-b")}) {
            ContainerSpec spec;
            spec.name = name + QLatin1Char('-') + runLabel;
            spec.image = m_image;
            spec.command = {
                QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("echo started-$NAME; echo warning-$NAME >&2; exec httpd -f -p 8080 -h /www")};
            spec.environment = {{QStringLiteral("NAME"), name}};
            spec.labels = {{QStringLiteral("quayside.test.run"), runLabel},
                           {QStringLiteral("quayside.app"), QStringLiteral("site")}};
            // The first lets the engine choose its host port; the second asks for a fixed one, a CPU limit
            // and a restart policy.
            const bool fixed = !ids.isEmpty();
            spec.ports = {PortBinding{8080, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), fixed ? fixedPort : 0}};
            spec.restartPolicy = fixed ? RestartPolicy::UnlessStopped : RestartPolicy::No;
            spec.memoryLimitBytes = 64 * 1024 * 1024;
            spec.cpuLimit = fixed ? 0.5 : 0;
            const auto created = await<QString>([&](auto done) { m_client->createContainer(spec, this, done); });
            VERIFY_OK(created);
            VERIFY_OK(await<void>([&](auto done) { m_client->startContainer(created.value(), this, done); }));
            ids << created.value();
        }

        for (const QString &id : ids) {
            const auto details =
                await<ContainerDetails>([&](auto done) { m_client->inspectContainer(id, this, done); });
            VERIFY_OK(details);
            QVERIFY(details.value().running);
            QCOMPARE(details.value().ports.size(), 1);
            const int port = details.value().ports.first().hostPort;
            QVERIFY(port > 0);
            if (id == ids.at(1))
                QCOMPARE(port, fixedPort);
            QUrl url(QStringLiteral("http://127.0.0.1/index.html"));
            url.setPort(port);
            QTRY_COMPARE_WITH_TIMEOUT(httpGet(url), QByteArray("<p>quayside test page</p>\n"), 10000);
            url.setPath(QStringLiteral("/built.txt"));
            QCOMPARE(httpGet(url), QByteArray("built-by-quayside\n"));
        }

        // What the engine made of the specs, seen through the docker command line.
        const auto hostConfig = m_engine.docker(
            {QStringLiteral("inspect"), QStringLiteral("--format"),
             QStringLiteral("{{.HostConfig.NanoCpus}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.Memory}} "
                            "{{(index (index .HostConfig.PortBindings \"8080/tcp\") 0).HostPort}}"),
             ids.at(0), ids.at(1)});
        QVERIFY2(hostConfig.ok(), hostConfig.err.constData());
        QCOMPARE(QString::fromUtf8(hostConfig.out),
                 QStringLiteral("0 no 67108864 \n500000000 unless-stopped 67108864 %1\n").arg(fixedPort));

        const auto listed = await<QList<ContainerSummary>>([&](auto done) {
            m_client->containers({{QStringLiteral("quayside.test.run"), runLabel}}, true, this, done);
        });
        VERIFY_OK(listed);
        QCOMPARE(listed.value().size(), 2);

        const auto logs = await<ContainerLogs>([&](auto done) { m_client->logs(ids.first(), 0, this, done); });
        VERIFY_OK(logs);
        QCOMPARE(logs.value().out, QByteArray("started-quayside-test-a\n"));
        QCOMPARE(logs.value().err, QByteArray("warning-quayside-test-a\n"));

        const auto stats = await<ContainerStats>([&](auto done) { m_client->stats(ids.first(), this, done); });
        VERIFY_OK(stats);
        QVERIFY(stats.value().memoryUsageBytes > 0);
        QCOMPARE(stats.value().memoryLimitBytes, qint64(64 * 1024 * 1024));

        for (const QString &id : ids)
            VERIFY_OK(await<void>([&](auto done) { m_client->stopContainer(id, 1, this, done); }));
        const auto seen = [&events, &ids](const QString &action) {
            int count = 0;
            for (const DockerEvent &event : events)
                count += event.action == action && ids.contains(event.actorId) ? 1 : 0;
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(seen(QStringLiteral("die")), 2, 15000);
        QCOMPARE(seen(QStringLiteral("start")), 2);
        QCOMPARE(events.first().attributes.value(QStringLiteral("quayside.app")), QStringLiteral("site"));

        for (const QString &id : ids)
            VERIFY_OK(await<void>([&](auto done) { m_client->removeContainer(id, false, this, done); }));
        const auto after = await<QList<ContainerSummary>>([&](auto done) {
            m_client->containers({{QStringLiteral("quayside.test.run"), runLabel}}, true, this, done);
        });
        VERIFY_OK(after);
        QVERIFY(after.value().isEmpty());
        const auto gone =
            await<ContainerDetails>([&](auto done) { m_client->inspectContainer(ids.first(), this, done); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        QVERIFY2(gone.error().message.contains(QLatin1String("No such container")), qPrintable(gone.error().message));

        stream->cancel();
        QTRY_VERIFY(eventsEnded.has_value());
        QCOMPARE(eventsEnded->error().kind, Error::Kind::Cancelled);
    }

    void nameConflictIsAConflict()
    {
        ContainerSpec spec;
        spec.name = QStringLiteral("quayside-test-conflict");
        spec.image = TestDockerEngine::busyboxImage();
        const auto first = await<QString>([&](auto done) { m_client->createContainer(spec, this, done); });
        VERIFY_OK(first);
        const auto second = await<QString>([&](auto done) { m_client->createContainer(spec, this, done); });
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Conflict);
        QCOMPARE(second.error().httpStatus, 409);
        QVERIFY2(second.error().message.contains(QLatin1String("already in use")), qPrintable(second.error().message));
        VERIFY_OK(await<void>([&](auto done) { m_client->removeContainer(first.value(), true, this, done); }));
    }

    void missingImageIsNotFound()
    {
        ContainerSpec spec;
        spec.image = QStringLiteral("quayside-test/no-such-image:1");
        const auto created = await<QString>([&](auto done) { m_client->createContainer(spec, this, done); });
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, Error::Kind::NotFound);
        const auto removed = await<void>([&](auto done) { m_client->removeImage(spec.image, false, this, done); });
        QCOMPARE(removed.error().kind, Error::Kind::NotFound);
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("path climb") << QStringLiteral("../../images/json");
        QTest::newRow("query") << QStringLiteral("web?force=1");
        QTest::newRow("space") << QStringLiteral("web 1");
        QTest::newRow("newline") << QStringLiteral("web\nHost: elsewhere");
        QTest::newRow("empty") << QString();
    }

    void hostileNamesAreRefused()
    {
        QFETCH(QString, name);
        const auto details = await<ContainerDetails>([&](auto done) { m_client->inspectContainer(name, this, done); });
        QVERIFY(!details.ok());
        QCOMPARE(details.error().kind, Error::Kind::InvalidInput);
        const auto image = await<DockerImage>([&](auto done) { m_client->inspectImage(name, this, done); });
        QCOMPARE(image.error().kind, Error::Kind::InvalidInput);
        if (name.isEmpty())
            return; // an empty name in a container spec means "let the engine choose"
        ContainerSpec spec;
        spec.name = name;
        spec.image = TestDockerEngine::busyboxImage();
        const auto created = await<QString>([&](auto done) { m_client->createContainer(spec, this, done); });
        QCOMPARE(created.error().kind, Error::Kind::InvalidInput);
    }

    void importsAndRemovesAnImage()
    {
        BuildContext rootfs;
        VERIFY_OK(rootfs.addFile(QStringLiteral("hello.txt"), "hello\n"));
        const auto imported = await<QString>([&](auto done) {
            m_client->importImage(rootfs.toTar().value(), QStringLiteral("quayside-test/imported:2"),
                                  {QStringLiteral("CMD [\"/x\"]")}, this, done);
        });
        VERIFY_OK(imported);
        const auto image = await<DockerImage>(
            [&](auto done) { m_client->inspectImage(QStringLiteral("quayside-test/imported:2"), this, done); });
        VERIFY_OK(image);
        VERIFY_OK(await<void>(
            [&](auto done) { m_client->removeImage(QStringLiteral("quayside-test/imported:2"), false, this, done); }));
        const auto images = await<QList<DockerImage>>([&](auto done) { m_client->images(this, done); });
        VERIFY_OK(images);
        for (const DockerImage &listed : images.value())
            QVERIFY(!listed.tags.contains(QStringLiteral("quayside-test/imported:2")));
    }

    void loadsAnImageSavedByDocker()
    {
        // `docker save` makes the tar the way a user's own machine would; the client loads it back.
        const QString name = QStringLiteral("quayside-test/loaded:1");
        const auto tagged = m_engine.docker({QStringLiteral("tag"), TestDockerEngine::busyboxImage(), name});
        QVERIFY2(tagged.ok(), tagged.err.constData());
        const auto saved = m_engine.docker({QStringLiteral("save"), name});
        QVERIFY2(saved.ok(), saved.err.constData());
        const auto removed = m_engine.docker({QStringLiteral("rmi"), name});
        QVERIFY2(removed.ok(), removed.err.constData());

        const auto loaded = await<QStringList>([&](auto done) { m_client->loadImage(saved.out, this, done); });
        VERIFY_OK(loaded);
        QVERIFY2(loaded.value().contains(name), qPrintable(loaded.value().join(QLatin1Char(','))));
        VERIFY_OK(await<DockerImage>([&](auto done) { m_client->inspectImage(name, this, done); }));
        VERIFY_OK(await<void>([&](auto done) { m_client->removeImage(name, false, this, done); }));

        // A damaged tar is the engine's to refuse, and its words reach the caller.
        const auto damaged =
            await<QStringList>([&](auto done) { m_client->loadImage(saved.out.left(4096), this, done); });
        QVERIFY(!damaged.ok());
        QVERIFY2(!damaged.error().message.isEmpty(), "no message");
    }

    void followsLogsAsTheyAreWritten()
    {
        ContainerSpec spec;
        spec.name = QStringLiteral("quayside-test-follow-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        spec.image = TestDockerEngine::busyboxImage();
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("sleep 1; for i in 1 2 3; do echo out-$i; echo err-$i >&2; sleep 0.2; done")};
        const auto created = await<QString>([&](auto done) { m_client->createContainer(spec, this, done); });
        VERIFY_OK(created);
        QByteArray out;
        QByteArray err;
        std::optional<Result<void>> ended;
        VERIFY_OK(await<void>([&](auto done) { m_client->startContainer(created.value(), this, done); }));
        DockerStream *stream = m_client->followLogs(
            created.value(), this,
            [&out, &err](int which, const QByteArray &data) { (which == 2 ? err : out) += data; },
            [&ended](const Result<void> &result) { ended = result; });
        QVERIFY(stream);
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("out-1"), 10000);
        QVERIFY(!ended.has_value()); // still following while the container runs
        QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 15000);
        VERIFY_OK(*ended);
        QCOMPARE(out, QByteArray("out-1\nout-2\nout-3\n"));
        QCOMPARE(err, QByteArray("err-1\nerr-2\nerr-3\n"));
        VERIFY_OK(await<void>([&](auto done) { m_client->removeContainer(created.value(), true, this, done); }));

        // A name that is not one is refused before anything is sent.
        std::optional<Result<void>> refused;
        QVERIFY(!m_client->followLogs(
            QStringLiteral("../../etc"), this, [](int, const QByteArray &) {},
            [&refused](const Result<void> &result) { refused = result; }));
        QTRY_VERIFY(refused.has_value());
        QCOMPARE(refused->error().kind, Error::Kind::InvalidInput);
    }

    void refusedWithoutClientCertificate()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_engine.caCertificate()));
        QNetworkAccessManager network; // a shared manager would reuse an authenticated TLS connection
        DockerClient client(endpoint(tls), &network);
        const auto ping = await<void>([&](auto done) { client.ping(this, done); });
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error().kind, Error::Kind::Tls);
        QVERIFY2(ping.error().message.contains(QLatin1String("refused Quayside's client certificate")),
                 qPrintable(ping.error().message));
    }

    void refusedWithAnotherAuthoritysCertificate()
    {
        QTemporaryDir dir;
        TestCertificates other;
        QVERIFY(other.createAuthority(dir.path(), QStringLiteral("other CA")) &&
                other.issueClient(QStringLiteral("c"), QStringLiteral("c")));
        QSslConfiguration tls = m_engine.clientTlsConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(other.certificate(QStringLiteral("c"))).value(0));
        QFile key(other.privateKey(QStringLiteral("c")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        QNetworkAccessManager network; // a shared manager would reuse an authenticated TLS connection
        DockerClient client(endpoint(tls), &network);
        const auto ping = await<void>([&](auto done) { client.ping(this, done); });
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error().kind, Error::Kind::Tls);
    }

    void serverOfAnotherAuthorityIsRefused()
    {
        QTemporaryDir dir;
        TestCertificates other;
        QVERIFY(other.createAuthority(dir.path(), QStringLiteral("other CA")));
        QSslConfiguration tls = m_engine.clientTlsConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(other.authorityCertificate()));
        QNetworkAccessManager network; // a shared manager would reuse an authenticated TLS connection
        DockerClient client(endpoint(tls), &network);
        const auto ping = await<void>([&](auto done) { client.ping(this, done); });
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error().kind, Error::Kind::Tls);
        QVERIFY2(ping.error().message.contains(QLatin1String("Quayside refused the certificate")),
                 qPrintable(ping.error().message));
    }

    void serverCertificateForAnotherNameIsRefused()
    {
        // 127.0.0.2 reaches the same engine through a relay, but its certificate names only 127.0.0.1.
        TcpRelay relay(QHostAddress(QStringLiteral("127.0.0.2")), m_engine.port());
        QVERIFY(relay.listen());
        DockerEndpoint elsewhere = endpoint(m_engine.clientTlsConfiguration());
        elsewhere.url.setHost(QStringLiteral("127.0.0.2"));
        elsewhere.url.setPort(relay.port());
        DockerClient client(elsewhere, &m_network);
        const auto ping = await<void>([&](auto done) { client.ping(this, done); });
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error().kind, Error::Kind::CertificateNameMismatch);
        QVERIFY2(ping.error().message.contains(QLatin1String("127.0.0.1")), qPrintable(ping.error().message));
    }

    void plainHttpIsRefused()
    {
        DockerEndpoint plain = endpoint(m_engine.clientTlsConfiguration());
        plain.url.setScheme(QStringLiteral("http"));
        DockerClient client(plain, &m_network);
        const auto ping = await<void>([&](auto done) { client.ping(this, done); });
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error().kind, Error::Kind::Tls);
        QVERIFY2(ping.error().message.contains(QLatin1String("https://")), qPrintable(ping.error().message));
    }

    void unreachableEngineSaysSo()
    {
        DockerEndpoint nowhere = endpoint(m_engine.clientTlsConfiguration());
        nowhere.url.setPort(quayside::test::freeLoopbackPort()); // nothing listens there
        DockerClient client(nowhere, &m_network);
        const auto ping = await<void>([&](auto done) { client.ping(this, done); });
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error().kind, Error::Kind::Network);
    }

    void silentEngineTimesOut()
    {
        TcpRelay hole(QHostAddress::LocalHost, m_engine.port());
        hole.setMode(TcpRelay::Mode::BlackHole);
        QVERIFY(hole.listen());
        DockerClient client(throughRelay(hole), &m_network);
        client.setTimeout(800);
        QElapsedTimer timer;
        timer.start();
        const auto ping = await<void>([&](auto done) { client.ping(this, done); });
        QVERIFY(!ping.ok());
        QCOMPARE(ping.error().kind, Error::Kind::Timeout);
        QVERIFY(timer.elapsed() < 10000);
    }

    void drivesManyEnginesAtOnceAndASlowOneHoldsNoneUp()
    {
        TestDockerEngine second;
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        TcpRelay hole(QHostAddress::LocalHost, m_engine.port());
        hole.setMode(TcpRelay::Mode::BlackHole);
        QVERIFY(hole.listen());

        // Each client object has its own network access manager, as in the application.
        struct Driven
        {
            std::unique_ptr<QNetworkAccessManager> network = std::make_unique<QNetworkAccessManager>();
            std::unique_ptr<DockerClient> client;
            std::optional<Result<DockerInfo>> info;
            qint64 finishedAtMs = -1;
        };
        std::vector<Driven> driven(9);
        for (size_t i = 0; i < driven.size(); ++i) {
            const bool slow = i == 0;
            const DockerEndpoint where = slow    ? throughRelay(hole)
                                         : i % 2 ? endpoint(m_engine.clientTlsConfiguration())
                                                 : DockerEndpoint{QStringLiteral("second engine"), second.url(),
                                                                  second.clientTlsConfiguration()};
            driven[i].client = std::make_unique<DockerClient>(where, driven[i].network.get());
            if (slow)
                driven[i].client->setTimeout(3000);
        }

        // The caller's thread stays free while they all run: a timer keeps ticking (a blocking client would
        // stall it for the 3 s the silent engine takes; the bound leaves room for a loaded CI machine).
        QElapsedTimer clock;
        clock.start();
        qint64 lastTick = 0;
        qint64 longestGap = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - lastTick);
            lastTick = clock.elapsed();
        });
        ticker.start(20);
        for (Driven &one : driven) {
            one.client->info(this, [&one, &clock](const Result<DockerInfo> &result) {
                one.info = result;
                one.finishedAtMs = clock.elapsed();
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(driven.begin(), driven.end(), [](const Driven &one) { return one.info.has_value(); }), 20000);
        ticker.stop();

        const Driven &slow = driven.front();
        QCOMPARE(slow.info->error().kind, Error::Kind::Timeout);
        QVERIFY(slow.finishedAtMs >= 2700); // its own 3 s limit (a coarse timer may fire up to 5 % early)
        for (size_t i = 1; i < driven.size(); ++i) {
            VERIFY_OK(*driven[i].info);
            QVERIFY2(driven[i].finishedAtMs < slow.finishedAtMs,
                     qPrintable(QStringLiteral("engine %1 answered after the silent one timed out").arg(i)));
        }
        QVERIFY2(longestGap < 1500, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(longestGap)));
    }

    void droppedEventStreamEndsWithAnError()
    {
        TcpRelay relay(QHostAddress::LocalHost, m_engine.port());
        QVERIFY(relay.listen());
        DockerClient client(throughRelay(relay), &m_network);
        int events = 0;
        std::optional<Result<void>> ended;
        client.events(
            0, {}, this, [&events](const DockerEvent &) { ++events; },
            [&ended](const Result<void> &result) { ended = result; });
        QTRY_VERIFY(client.apiVersion().has_value() && relay.connectionCount() > 0);
        QTest::qWait(300);
        relay.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 10000);
        QVERIFY(!ended->ok());
        QCOMPARE(ended->error().kind, Error::Kind::Network);
    }

    void eventStreamResumesAfterADropWithoutLosingOrRepeating()
    {
        TcpRelay relay(QHostAddress::LocalHost, m_engine.port());
        QVERIFY(relay.listen());
        DockerClient client(throughRelay(relay), &m_network);
        const QString runLabel = QStringLiteral("resume-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        DockerEventStream events(&client,
                                 {{QStringLiteral("type"), {QStringLiteral("container")}},
                                  {QStringLiteral("label"), {QStringLiteral("quayside.test.run=") + runLabel}}});
        events.setRetryDelays(200, 800);
        QList<DockerEvent> received;
        connect(&events, &DockerEventStream::eventReceived, this,
                [&received](const DockerEvent &event) { received << event; });
        QSignalSpy connected(&events, &DockerEventStream::connected);
        QSignalSpy lost(&events, &DockerEventStream::connectionLost);
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);

        // Lost before any event was seen: it resumes from the engine's clock at the first connection.
        relay.setMode(TcpRelay::Mode::Cut);
        relay.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 1, 10000);
        ContainerSpec spec;
        spec.name = QStringLiteral("quayside-test-resume-") + runLabel;
        spec.image = TestDockerEngine::busyboxImage();
        spec.command = {QStringLiteral("sleep"), QStringLiteral("60")};
        spec.labels = {{QStringLiteral("quayside.test.run"), runLabel}};
        const auto created = await<QString>([&](auto done) { m_client->createContainer(spec, this, done); });
        VERIFY_OK(created);
        const QString id = created.value();
        const auto count = [&received, &id](const QString &action) {
            int n = 0;
            for (const DockerEvent &event : received)
                n += event.action == action && event.actorId == id ? 1 : 0;
            return n;
        };
        relay.setMode(TcpRelay::Mode::Forward);
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("create")), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 10000);
        lost.clear();

        // The network goes away and stays away for a few attempts; meanwhile the container starts.
        relay.setMode(TcpRelay::Mode::Cut);
        relay.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 3, 10000);
        QVERIFY(!events.isConnected());
        QCOMPARE(lost.first().at(0).value<Error>().kind, Error::Kind::Network);
        QVERIFY(lost.at(2).at(1).toInt() > lost.at(0).at(1).toInt()); // backing off
        VERIFY_OK(await<void>([&](auto done) { m_client->startContainer(id, this, done); }));
        QCOMPARE(count(QStringLiteral("start")), 0);

        // Back again: the start that happened while away arrives, and the create is not repeated.
        relay.setMode(TcpRelay::Mode::Forward);
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("start")), 1, 10000);
        QVERIFY(events.isConnected());
        QCOMPARE(connected.size(), 3);
        QCOMPARE(count(QStringLiteral("create")), 1);

        VERIFY_OK(await<void>([&](auto done) { m_client->removeContainer(id, true, this, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("destroy")), 1, 10000);
        QCOMPARE(count(QStringLiteral("start")), 1);
        events.stop();
        QVERIFY(!events.isConnected());
    }

    void destroyingTheClientAbortsQuietly()
    {
        auto client = std::make_unique<DockerClient>(endpoint(m_engine.clientTlsConfiguration()), &m_network);
        bool called = false;
        client->events(
            0, {}, this, [](const DockerEvent &) {}, [&called](const Result<void> &) { called = true; });
        client->ping(this, [&called](const Result<void> &) { called = true; });
        client.reset();
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_DockerClient)
#include "tst_DockerClient.moc"
