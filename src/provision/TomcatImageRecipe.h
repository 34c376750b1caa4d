#pragma once

#include "provision/Recipe.h"

#include <QCoreApplication>
#include <QPointer>

class QNetworkAccessManager;

namespace quayside {

class DockerClient;

struct TomcatImageOptions
{
    QString tag = QStringLiteral("quayside/tomcat:10.1");
    QByteArray war;                                             // the user's application; empty: Tomcat's welcome page
    QString baseImage = QStringLiteral("debian:bookworm-slim"); // a Debian 12 image the engine has or can pull
    QString aptSource;                                          // one "deb ..." line to install from, or empty
    int verifyTimeoutMs = 180000;                               // Tomcat takes a while to come up on a small server
};

// Builds the JDK + Tomcat image on a Docker host through its API (resources/docker/tomcat/Dockerfile) and
// proves it: a container from it serves Tomcat's page. The image carries a digest of what it was built from,
// so running the recipe again rebuilds nothing unless the Dockerfile, the WAR or the options changed.
class TomcatImageRecipe
{
    Q_DECLARE_TR_FUNCTIONS(TomcatImageRecipe)

public:
    static constexpr const char *kDigestLabel = "quayside.tomcat-image.digest";

    static Result<Recipe> make(DockerClient *docker, QNetworkAccessManager *network, const TomcatImageOptions &options);
    // The build context: the Dockerfile and webapps/ (with ROOT.war when there is one).
    static Result<QByteArray> buildContext(const TomcatImageOptions &options);
    static QString digest(const TomcatImageOptions &options);
    static QByteArray dockerfile();
};

} // namespace quayside
