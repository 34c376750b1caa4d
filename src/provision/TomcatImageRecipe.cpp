#include "provision/TomcatImageRecipe.h"

#include "core/Logging.h"
#include "docker/BuildContext.h"
#include "docker/DockerClient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

namespace quayside {

namespace {

// Starts a container from the image, waits until it serves Tomcat's page, removes it, and reports; then it
// deletes itself (or goes with the context).
class ServeCheck : public QObject
{
public:
    ServeCheck(DockerClient *docker, QNetworkAccessManager *network, const TomcatImageOptions &options,
               std::function<void(const QString &)> output, std::function<void(const Result<void> &)> done,
               QObject *parent)
        : QObject(parent)
        , m_docker(docker)
        , m_network(network)
        , m_image(options.tag)
        , m_timeoutMs(options.verifyTimeoutMs)
        , m_expectWelcome(options.war.isEmpty()) // a user's WAR need not say "Tomcat": any 200 from it will do
        , m_servedPage(options.servedPage)
        , m_output(std::move(output))
        , m_done(std::move(done))
    {}

    void start()
    {
        ContainerSpec spec;
        spec.name = QStringLiteral("quayside-verify-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        spec.image = m_image;
        spec.labels = {{QStringLiteral("quayside.role"), QStringLiteral("verify")}};
        spec.ports = {PortBinding{8080, QStringLiteral("tcp"), QString(), 0}};
        spec.restartPolicy = RestartPolicy::No;
        m_docker->createContainer(spec, this, [this](const Result<QString> &created) {
            if (!created)
                return finish(created.error());
            m_container = created.value();
            m_docker->startContainer(m_container, this, [this](const Result<void> &started) {
                if (!started)
                    return finish(started.error());
                m_docker->inspectContainer(m_container, this, [this](const Result<ContainerDetails> &details) {
                    if (!details || details.value().ports.isEmpty())
                        return finish(details
                                          ? Error{Error::Kind::Protocol, 0,
                                                  TomcatImageRecipe::tr("The test container has no published port.")}
                                          : details.error());
                    m_url = QUrl(QStringLiteral("http://%1:%2/")
                                     .arg(m_docker->endpoint().url.host())
                                     .arg(details.value().ports.first().hostPort));
                    m_output(TomcatImageRecipe::tr("Waiting for Tomcat at %1").arg(m_url.toString()));
                    m_clock.start();
                    poll();
                });
            });
        });
    }

private:
    void poll()
    {
        QNetworkRequest request(m_url);
        request.setTransferTimeout(5000);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->read(TomcatPage::kMaxBody);
            if (status == 200 && (body.contains("Tomcat") || body.contains("tomcat") || !m_expectWelcome)) {
                m_output(TomcatImageRecipe::tr("Tomcat answered after %1 s").arg(m_clock.elapsed() / 1000));
                if (m_servedPage)
                    m_servedPage(TomcatPage{m_url, status, reply->rawHeader("Content-Type"), body});
                return finish(Result<void>());
            }
            if (m_clock.elapsed() > m_timeoutMs)
                return finish(Error{Error::Kind::Timeout, 0,
                                    TomcatImageRecipe::tr("A container of %1 did not serve Tomcat's page within %2 s.")
                                        .arg(m_image)
                                        .arg(m_timeoutMs / 1000)});
            QTimer::singleShot(1000, this, [this] { poll(); });
        });
    }

    void finish(const Result<void> &result)
    {
        const auto report = [this, result] {
            m_done(result);
            deleteLater();
        };
        if (m_container.isEmpty()) {
            report();
            return;
        }
        m_docker->removeContainer(m_container, true, this, [report](const Result<void> &) { report(); });
    }

    QPointer<DockerClient> m_docker;
    QNetworkAccessManager *m_network;
    QString m_image;
    int m_timeoutMs;
    bool m_expectWelcome;
    std::function<void(const TomcatPage &)> m_servedPage;
    std::function<void(const QString &)> m_output;
    std::function<void(const Result<void> &)> m_done;
    QString m_container;
    QUrl m_url;
    QElapsedTimer m_clock;
};

} // namespace

QByteArray TomcatImageRecipe::dockerfile()
{
    QFile file(QStringLiteral(":/docker/tomcat/Dockerfile"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray TomcatImageRecipe::dockerfile(const TomcatImageOptions &options)
{
    return options.dockerfile.isEmpty() ? dockerfile() : options.dockerfile;
}

QString TomcatImageRecipe::digest(const TomcatImageOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &part :
         {dockerfile(options), options.war, options.baseImage.toUtf8(), options.aptSource.toUtf8()}) {
        hash.addData(QByteArray(QByteArray::number(part.size()) + ':'));
        hash.addData(part);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<QByteArray> TomcatImageRecipe::buildContext(const TomcatImageOptions &options)
{
    const QByteArray text = dockerfile(options);
    if (text.isEmpty())
        return Error{Error::Kind::Internal, 0, tr("The Tomcat Dockerfile is missing from this build.")};
    BuildContext context;
    auto added = context.addFile(QStringLiteral("Dockerfile"), text);
    if (added)
        added = options.war.isEmpty() ? context.addFile(QStringLiteral("webapps/.quayside"), "")
                                      : context.addFile(QStringLiteral("webapps/ROOT.war"), options.war);
    if (!added)
        return added.error();
    return context.toTar();
}

Result<Recipe> TomcatImageRecipe::make(DockerClient *docker, QNetworkAccessManager *network,
                                       const TomcatImageOptions &options)
{
    if (!DockerClient::isValidImageReference(options.tag) || !DockerClient::isValidImageReference(options.baseImage))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("\"%1\" or \"%2\" cannot name an image.").arg(options.tag, options.baseImage)};
    if (options.aptSource.contains(QLatin1Char('\n')))
        return Error{Error::Kind::InvalidInput, 0, tr("The package source must be one line.")};
    auto context = buildContext(options);
    if (!context)
        return context.error();
    const QByteArray tar = context.value();
    const QString wanted = digest(options);
    QPointer<DockerClient> client(docker);

    ProvisionStep build;
    build.id = QStringLiteral("tomcat-image");
    build.title = tr("Build the Tomcat image %1").arg(options.tag);
    build.localCheck = [client, options, wanted](QObject *context, std::function<void(const Result<bool> &)> done) {
        if (!client)
            return done(Error{Error::Kind::Cancelled, 0, tr("The Docker host is gone.")});
        client->inspectImage(options.tag, context, [done, wanted](const Result<DockerImage> &image) {
            if (!image && image.error().kind == Error::Kind::NotFound)
                return done(false);
            if (!image)
                return done(image.error());
            done(image.value().labels.value(QLatin1String(kDigestLabel)) == wanted);
        });
    };
    build.localApply = [client, options, wanted, tar](QObject *context, std::function<void(const QString &)> output,
                                                      std::function<void(const Result<void> &)> done) {
        if (!client)
            return done(Error{Error::Kind::Cancelled, 0, tr("The Docker host is gone.")});
        ImageBuild spec;
        spec.tag = options.tag;
        spec.buildArgs = {{QStringLiteral("BASE"), options.baseImage}};
        if (!options.aptSource.isEmpty())
            spec.buildArgs.insert(QStringLiteral("APT_SOURCE"), options.aptSource);
        spec.labels = {{QLatin1String(kDigestLabel), wanted}};
        client->buildImage(tar, spec, context, output, [done](const Result<QString> &built) {
            if (!built)
                done(built.error());
            else
                done(Result<void>());
        });
    };

    ProvisionStep serve;
    serve.id = QStringLiteral("tomcat-serves");
    serve.title = tr("Check that a container of it serves a page");
    serve.localApply = [client, network, options](QObject *context, std::function<void(const QString &)> output,
                                                  std::function<void(const Result<void> &)> done) {
        if (!client)
            return done(Error{Error::Kind::Cancelled, 0, tr("The Docker host is gone.")});
        auto *check = new ServeCheck(client, network, options, output, done, context);
        check->start();
    };
    serve.timeoutMs = options.verifyTimeoutMs + 60000;
    return Recipe{QStringLiteral("tomcat-image"), tr("Tomcat image"), {build, serve}}.complete();
}

} // namespace quayside
