// TomcatImageRecipe's parts: the build context (Dockerfile, and the WAR as ROOT), the digest that decides
// whether to rebuild, and refused names. The build itself runs on a real engine in tst_ProvisionOnHost.
#include "docker/DockerClient.h"
#include "provision/TomcatImageRecipe.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;

class tst_TomcatImageRecipe : public QObject
{
    Q_OBJECT

private:
    QStringList tarList(const QByteArray &tar)
    {
        QProcess list;
        list.start(QStringLiteral("tar"), {QStringLiteral("-t")});
        list.write(tar);
        list.closeWriteChannel();
        list.waitForFinished(10000);
        return QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void theDockerfileIsModern()
    {
        const QByteArray dockerfile = TomcatImageRecipe::dockerfile();
        QVERIFY(dockerfile.contains("tomcat10"));
        QVERIFY(dockerfile.contains("USER tomcat"));
        QVERIFY(dockerfile.contains("EXPOSE 8080"));
        QVERIFY(!dockerfile.contains("tomcat7"));
    }

    void theContextCarriesTheWarAsRoot()
    {
        TomcatImageOptions options;
        const auto plain = TomcatImageRecipe::buildContext(options);
        QVERIFY(plain.ok());
        QVERIFY(tarList(plain.value()).contains(QStringLiteral("Dockerfile")));
        QVERIFY(!tarList(plain.value()).contains(QStringLiteral("webapps/ROOT.war")));
        options.war = "PK\x03\x04 not really a war";
        const auto withWar = TomcatImageRecipe::buildContext(options);
        QVERIFY(withWar.ok());
        QVERIFY(tarList(withWar.value()).contains(QStringLiteral("webapps/ROOT.war")));
    }

    void theDigestFollowsWhatTheImageIsMadeOf()
    {
        TomcatImageOptions options;
        const QString plain = TomcatImageRecipe::digest(options);
        QCOMPARE(TomcatImageRecipe::digest(options), plain);
        options.war = "app";
        const QString withWar = TomcatImageRecipe::digest(options);
        QVERIFY(withWar != plain);
        options.aptSource = QStringLiteral("deb http://mirror.example/debian bookworm main");
        QVERIFY(TomcatImageRecipe::digest(options) != withWar);
        // A different tag is the same image.
        options.tag = QStringLiteral("quayside/tomcat:other");
        QCOMPARE(TomcatImageRecipe::digest(options),
                 TomcatImageRecipe::digest(TomcatImageOptions{QStringLiteral("x/y:z"),
                                                              {},
                                                              "app",
                                                              options.baseImage,
                                                              options.aptSource,
                                                              options.verifyTimeoutMs,
                                                              {}}));
    }

    // The user's Dockerfile replaces the built-in one in the build context, and a changed one rebuilds.
    void theUsersDockerfileIsBuilt()
    {
        TomcatImageOptions options;
        const QString builtIn = TomcatImageRecipe::digest(options);
        QCOMPARE(TomcatImageRecipe::dockerfile(options), TomcatImageRecipe::dockerfile());
        // The built-in text given as the user's own is the same image.
        options.dockerfile = TomcatImageRecipe::dockerfile();
        QCOMPARE(TomcatImageRecipe::digest(options), builtIn);

        options.dockerfile = TomcatImageRecipe::dockerfile() + "\nRUN echo 'edited by the user'\n";
        const QString edited = TomcatImageRecipe::digest(options);
        QVERIFY(edited != builtIn);
        const auto context = TomcatImageRecipe::buildContext(options);
        QVERIFY(context.ok());
        QTemporaryDir dir;
        QProcess unpack;
        unpack.start(QStringLiteral("tar"), {QStringLiteral("-x"), QStringLiteral("-C"), dir.path()});
        unpack.write(context.value());
        unpack.closeWriteChannel();
        QVERIFY(unpack.waitForFinished(10000));
        QCOMPARE(unpack.exitCode(), 0);
        QFile dockerfile(dir.filePath(QStringLiteral("Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::ReadOnly));
        QCOMPARE(dockerfile.readAll(), options.dockerfile);

        options.dockerfile.replace("edited by the user", "edited again");
        QVERIFY(TomcatImageRecipe::digest(options) != edited);
        QVERIFY(TomcatImageRecipe::digest(options) != builtIn);
        // The page callback is no part of what the image is made of.
        options.servedPage = [](const TomcatPage &) {};
        options.dockerfile.clear();
        QCOMPARE(TomcatImageRecipe::digest(options), builtIn);
    }

    void badNamesAreRefused()
    {
        QNetworkAccessManager network;
        DockerClient docker(DockerEndpoint{QStringLiteral("nowhere"), QUrl(QStringLiteral("https://127.0.0.1:1")), {}},
                            &network);
        TomcatImageOptions options;
        options.tag = QStringLiteral("Not A Tag");
        QCOMPARE(TomcatImageRecipe::make(&docker, &network, options).error().kind, Error::Kind::InvalidInput);
        options = TomcatImageOptions();
        options.aptSource = QStringLiteral("deb http://a ./\ndeb http://b ./");
        QCOMPARE(TomcatImageRecipe::make(&docker, &network, options).error().kind, Error::Kind::InvalidInput);
        const auto good = TomcatImageRecipe::make(&docker, &network, TomcatImageOptions());
        QVERIFY(good.ok());
        QCOMPARE(good.value().steps.size(), 2);
        QVERIFY(good.value().steps.at(0).localCheck && good.value().steps.at(0).localApply);
    }
};

QTEST_GUILESS_MAIN(tst_TomcatImageRecipe)
#include "tst_TomcatImageRecipe.moc"
