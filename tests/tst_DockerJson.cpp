// The pure parts of the Docker client: JSON readers on malformed and truncated input, the stream
// decoders, API version negotiation, build-context archives and reference validation.
#include "docker/BuildContext.h"
#include "docker/DockerApiVersion.h"
#include "docker/DockerClient.h"
#include "docker/DockerStreams.h"
#include "docker/DockerTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace quayside;

namespace {

QByteArray frame(int stream, const QByteArray &data)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    const quint32 size = quint32(data.size());
    header[4] = char(size >> 24);
    header[5] = char(size >> 16);
    header[6] = char(size >> 8);
    header[7] = char(size);
    return header + data;
}

// Path -> content of every regular file in a tar, read back with libarchive.
QMap<QString, QByteArray> untar(const QByteArray &tar)
{
    QMap<QString, QByteArray> files;
    archive *reader = archive_read_new();
    archive_read_support_format_tar(reader);
    if (archive_read_open_memory(reader, tar.constData(), size_t(tar.size())) == ARCHIVE_OK) {
        archive_entry *entry = nullptr;
        while (archive_read_next_header(reader, &entry) == ARCHIVE_OK) {
            QByteArray content(qsizetype(archive_entry_size(entry)), '\0');
            archive_read_data(reader, content.data(), size_t(content.size()));
            const QString type = archive_entry_filetype(entry) == AE_IFLNK   ? QStringLiteral("link:")
                                 : archive_entry_filetype(entry) == AE_IFDIR ? QStringLiteral("dir:")
                                                                             : QString();
            files.insert(type + QString::fromUtf8(archive_entry_pathname(entry)),
                         type == QStringLiteral("link:") ? QByteArray(archive_entry_symlink(entry)) : content);
        }
    }
    archive_read_free(reader);
    return files;
}

} // namespace

class tst_DockerJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedRepliesAreProtocolErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("[{\"Id\":\"abc\",\"Names\":[\"/x\"],\"Sta");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("wrong shape") << QByteArray("{\"Unexpected\":true}");
        QTest::newRow("missing id") << QByteArray("[{\"Names\":[\"/x\"]}]");
        QTest::newRow("nul bytes") << QByteArray("[\0\0\0]", 5);
    }

    void malformedRepliesAreProtocolErrors()
    {
        QFETCH(QByteArray, json);
        const auto containers = DockerJson::containers(json);
        QVERIFY(!containers.ok());
        QCOMPARE(containers.error().kind, Error::Kind::Protocol);
        QVERIFY(!containers.error().message.isEmpty());
        for (const auto &result :
             {DockerJson::info(json).ok(), DockerJson::version(json).ok(), DockerJson::container(json).ok(),
              DockerJson::event(json).ok(), DockerJson::createdId(json).ok(), DockerJson::stats(json).ok()})
            QVERIFY(!result);
    }

    void readsContainerDetails()
    {
        const QByteArray json =
            "{\"Id\":\"f00d\",\"Name\":\"/web-1\",\"State\":{\"Status\":\"running\",\"Running\":true,\"ExitCode\":0},"
            "            \"Config\":{\"Image\":\"quayside/tomcat:1\",\"Labels\":{\"quayside.app\":\"shop\"}},"
            "            "
            "\"NetworkSettings\":{\"Ports\":{\"8080/"
            "tcp\":[{\"HostIp\":\"0.0.0.0\",\"HostPort\":\"49153\"},{\"HostIp\":\"::\",\"HostPort\":\"49153\"}],\"9000/"
            "udp\":null}}}";
        const auto details = DockerJson::container(json);
        QVERIFY(details.ok());
        QCOMPARE(details.value().name, QStringLiteral("web-1"));
        QVERIFY(details.value().running);
        QCOMPARE(details.value().labels.value(QStringLiteral("quayside.app")), QStringLiteral("shop"));
        QCOMPARE(details.value().ports.size(), 2);
        QCOMPARE(details.value().ports.first().containerPort, 8080);
        QCOMPARE(details.value().ports.first().hostPort, 49153);
        const auto badPort = DockerJson::container(QByteArray(json).replace("8080/tcp", "http/tcp"));
        QCOMPARE(badPort.error().kind, Error::Kind::Protocol);
    }

    void computesCpuAndMemoryLikeDockerStats()
    {
        const QByteArray json =
            "{\"cpu_stats\":{\"cpu_usage\":{\"total_usage\":2000000},\"system_cpu_usage\":20000000,\"online_cpus\":2},"
            "            \"precpu_stats\":{\"cpu_usage\":{\"total_usage\":1000000},\"system_cpu_usage\":10000000},"
            "            "
            "\"memory_stats\":{\"usage\":50000000,\"limit\":100000000,\"stats\":{\"inactive_file\":10000000}}}";
        const auto stats = DockerJson::stats(json);
        QVERIFY(stats.ok());
        QCOMPARE(stats.value().cpuPercent, 20.0);
        QCOMPARE(stats.value().memoryUsageBytes, qint64(40000000));
        QCOMPARE(stats.value().memoryLimitBytes, qint64(100000000));
    }

    void createBodyCarriesTheSpec()
    {
        ContainerSpec spec;
        spec.image = QStringLiteral("quayside/tomcat:1");
        spec.environment = {{QStringLiteral("JAVA_OPTS"), QStringLiteral("-Xmx256m")}};
        spec.labels = {{QStringLiteral("quayside.app"), QStringLiteral("shop")}};
        spec.ports = {PortBinding{8080, QStringLiteral("tcp"), QString(), 0}};
        spec.memoryLimitBytes = 512 * 1024 * 1024;
        spec.cpuLimit = 1.5;
        const QJsonObject body = QJsonDocument::fromJson(DockerJson::containerCreateBody(spec)).object();
        QCOMPARE(body.value(QStringLiteral("Env")).toArray().first().toString(), QStringLiteral("JAVA_OPTS=-Xmx256m"));
        const QJsonObject host = body.value(QStringLiteral("HostConfig")).toObject();
        QCOMPARE(host.value(QStringLiteral("RestartPolicy")).toObject().value(QStringLiteral("Name")).toString(),
                 QStringLiteral("unless-stopped"));
        QCOMPARE(host.value(QStringLiteral("NanoCpus")).toDouble(), 1.5e9);
        QCOMPARE(host.value(QStringLiteral("PortBindings"))
                     .toObject()
                     .value(QStringLiteral("8080/tcp"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("HostPort"))
                     .toString(),
                 QString());
        QVERIFY(body.value(QStringLiteral("ExposedPorts")).toObject().contains(QStringLiteral("8080/tcp")));
    }

    void engineErrorTextIsPassedThrough()
    {
        QCOMPARE(DockerJson::errorMessage("{\"message\":\"No such container: web-1\"}"),
                 QStringLiteral("No such container: web-1"));
        QCOMPARE(DockerJson::errorMessage("plain text failure\n"), QStringLiteral("plain text failure"));
    }

    void splitsJsonLinesAcrossChunks()
    {
        JsonLineSplitter splitter;
        QCOMPARE(splitter.feed("{\"stream\":\"Step 1/2\"}"), QList<QByteArray>());
        QCOMPARE(splitter.feed("\r\n{\"stream\":\"St"), QList<QByteArray>{"{\"stream\":\"Step 1/2\"}"});
        QCOMPARE(splitter.feed("ep 2/2\"}\n\n"), QList<QByteArray>{"{\"stream\":\"Step 2/2\"}"});
        QVERIFY(splitter.remainder().isEmpty());
        splitter.feed("{\"aux\":");
        QCOMPARE(splitter.remainder(), QByteArray("{\"aux\":"));
    }

    void decodesMultiplexedLogs()
    {
        const QByteArray stream = frame(1, "out line\n") + frame(2, "err line\n") + frame(1, QByteArray(70000, 'x'));
        MultiplexedStreamDecoder decoder;
        QList<MultiplexedStreamDecoder::Frame> frames;
        for (qsizetype i = 0; i < stream.size(); i += 7) // chunks that split headers and bodies
            frames << decoder.feed(stream.mid(i, 7));
        QCOMPARE(frames.size(), 3);
        QCOMPARE(frames.at(0).stream, 1);
        QCOMPARE(frames.at(0).data, QByteArray("out line\n"));
        QCOMPARE(frames.at(1).stream, 2);
        QCOMPARE(frames.at(2).data.size(), 70000);
        QVERIFY(!decoder.hasPartialFrame());

        MultiplexedStreamDecoder cut;
        cut.feed(frame(1, "whole\n") + frame(2, "half of it").left(12));
        QVERIFY(cut.hasPartialFrame());

        MultiplexedStreamDecoder tty;
        bool ok = true;
        QVERIFY(tty.feed("plain terminal output, not multiplexed\n", &ok).isEmpty());
        QVERIFY(!ok);
    }

    void negotiatesApiVersions_data()
    {
        QTest::addColumn<QString>("engineNewest");
        QTest::addColumn<QString>("engineOldest");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<int>("kind");
        QTest::newRow("debian 20.10") << QStringLiteral("1.41") << QStringLiteral("1.12") << QStringLiteral("1.41")
                                      << 0;
        QTest::newRow("docker 24") << QStringLiteral("1.43") << QStringLiteral("1.12") << QStringLiteral("1.43") << 0;
        QTest::newRow("current engine") << QStringLiteral("1.51") << QStringLiteral("1.44")
                                        << DockerApiVersion::kNewest.toString() << 0;
        QTest::newRow("engine too old") << QStringLiteral("1.40") << QStringLiteral("1.12") << QString()
                                        << int(Error::Kind::Unsupported);
        QTest::newRow("engine too new") << QStringLiteral("1.60") << QStringLiteral("1.50") << QString()
                                        << int(Error::Kind::Unsupported);
        QTest::newRow("no minimum reported") << QStringLiteral("1.41") << QString() << QStringLiteral("1.41") << 0;
        QTest::newRow("garbage") << QStringLiteral("one.forty") << QStringLiteral("1.12") << QString()
                                 << int(Error::Kind::Protocol);
    }

    void negotiatesApiVersions()
    {
        QFETCH(QString, engineNewest);
        QFETCH(QString, engineOldest);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        const auto chosen = DockerApiNegotiation::negotiate(engineNewest, engineOldest, QStringLiteral("docker-1"));
        if (expected.isEmpty()) {
            QVERIFY(!chosen.ok());
            QCOMPARE(int(chosen.error().kind), kind);
            QVERIFY(chosen.error().message.contains(QStringLiteral("docker-1")));
        } else {
            QVERIFY(chosen.ok());
            QCOMPARE(chosen.value().toString(), expected);
        }
    }

    void buildContextFromAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("webapps/ROOT")));
        QFile dockerfile(dir.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly) && dockerfile.write("FROM scratch\n") > 0);
        dockerfile.close();
        QFile page(dir.filePath(QStringLiteral("webapps/ROOT/index.html")));
        QVERIFY(page.open(QIODevice::WriteOnly) && page.write("<p>hi</p>") > 0);
        page.close();
        QVERIFY(QFile::link(QStringLiteral("webapps/ROOT/index.html"), dir.filePath(QStringLiteral("latest.html"))));

        BuildContext context;
        QVERIFY(context.addDirectory(dir.path()).ok());
        const auto tar = context.toTar();
        QVERIFY(tar.ok());
        const auto files = untar(tar.value());
        QCOMPARE(files.value(QStringLiteral("Dockerfile")), QByteArray("FROM scratch\n"));
        QCOMPARE(files.value(QStringLiteral("webapps/ROOT/index.html")), QByteArray("<p>hi</p>"));
        QCOMPARE(files.value(QStringLiteral("link:latest.html")), QByteArray("webapps/ROOT/index.html"));
        QVERIFY(files.contains(QStringLiteral("dir:webapps/")));

        BuildContext again;
        QVERIFY(again.addDirectory(dir.path()).ok());
        QCOMPARE(again.toTar().value(), tar.value()); // same input, same bytes: the build cache holds
    }

    void buildContextRefusesUnsafePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("climb") << QStringLiteral("../outside");
        QTest::newRow("inner climb") << QStringLiteral("a/../../b");
        QTest::newRow("empty part") << QStringLiteral("a//b");
        QTest::newRow("backslash") << QStringLiteral("a\\b");
        QTest::newRow("empty") << QString();
    }

    void buildContextRefusesUnsafePaths()
    {
        QFETCH(QString, path);
        BuildContext context;
        const auto added = context.addFile(path, "x");
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(context.addDirectory(QStringLiteral("/nonexistent/quayside")).error().kind, Error::Kind::Io);
    }

    void validatesReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("image");
        QTest::addColumn<bool>("container");
        QTest::newRow("tagged image") << QStringLiteral("quayside/tomcat:10.1") << true << false;
        QTest::newRow("registry image") << QStringLiteral("registry.example:5000/team/app:v2") << true << false;
        QTest::newRow("digest") << QStringLiteral("app@sha256:") + QString(64, QLatin1Char('a')) << true << false;
        QTest::newRow("image id") << QStringLiteral("sha256:") + QString(64, QLatin1Char('b')) << true << false;
        QTest::newRow("uppercase repository") << QStringLiteral("Quayside/App") << false << false;
        QTest::newRow("container name") << QStringLiteral("web-1") << true << true;
        QTest::newRow("container id") << QString(64, QLatin1Char('c')) << true << true;
        QTest::newRow("injection") << QStringLiteral("web;rm -rf /") << false << false;
        QTest::newRow("query") << QStringLiteral("web?all=1") << false << false;
    }

    void validatesReferences()
    {
        QFETCH(QString, reference);
        QFETCH(bool, image);
        QFETCH(bool, container);
        QCOMPARE(DockerClient::isValidImageReference(reference), image);
        QCOMPARE(DockerClient::isValidContainerReference(reference), container);
    }
};

QTEST_GUILESS_MAIN(tst_DockerJson)
#include "tst_DockerJson.moc"
