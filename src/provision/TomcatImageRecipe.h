#pragma once

#include "provision/Recipe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace quayside {

class DockerClient;

// A page Tomcat served: what the image's check or the fleet's final check got.
struct TomcatPage
{
    QUrl url;
    int status = 0;
    QByteArray contentType;
    QByteArray body; // its first kMaxBody bytes

    static constexpr qint64 kMaxBody = 256 * 1024;
};

struct TomcatImageOptions
{
    QString tag = QStringLiteral("quayside/tomcat:10.1");
    QByteArray dockerfile;                                      // the user's; empty: the built-in one (dockerfile())
    QByteArray war;                                             // the user's application; empty: Tomcat's welcome page
    QString baseImage = QStringLiteral("debian:bookworm-slim"); // a Debian 12 image the engine has or can pull
    QString aptSource;                                          // one "deb ..." line to install from, or empty
    int verifyTimeoutMs = 180000;                               // Tomcat takes a while to come up on a small server
    // Called with the page a container of the image served once the check accepted it; not part of the digest.
    std::function<void(const TomcatPage &page)> servedPage;
};

// Builds the JDK + Tomcat image on a Docker host through its API (resources/docker/tomcat/Dockerfile, or the
// user's own Dockerfile) and proves it: a container from it serves Tomcat's page. The image carries a digest of what it
// was built from, so running the recipe again rebuilds nothing unless the Dockerfile, the WAR or the options changed.
class TomcatImageRecipe
{
    Q_DECLARE_TR_FUNCTIONS(TomcatImageRecipe)

public:
    static constexpr const char *kDigestLabel = "quayside.tomcat-image.digest";

    static Result<Recipe> make(DockerClient *docker, QNetworkAccessManager *network, const TomcatImageOptions &options);
    // The build context: the Dockerfile and webapps/ (with ROOT.war when there is one).
    static Result<QByteArray> buildContext(const TomcatImageOptions &options);
    static QString digest(const TomcatImageOptions &options);
    // The built-in Dockerfile (a starting point for the user's own).
    static QByteArray dockerfile();
    // The Dockerfile the options build with: the user's, else the built-in one.
    static QByteArray dockerfile(const TomcatImageOptions &options);
};

} // namespace quayside
