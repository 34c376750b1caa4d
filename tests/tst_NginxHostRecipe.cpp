// NginxHostRecipe's composition: the seed's steps 14 and 15 in order, the configuration uploaded beside the
// live one and checked by digest, and unsafe names refused.
#include "provision/NginxHostRecipe.h"

#include <QCryptographicHash>
#include <QTest>

using namespace quayside;

class tst_NginxHostRecipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsInOrder()
    {
        const QByteArray backends = "upstream tomcat { server 10.0.0.5:8080; }\n";
        const QByteArray site = "server { listen 80; location / { proxy_pass http://tomcat; } }\n";
        const auto recipe = NginxHostRecipe::make(NginxHostOptions(), backends, site);
        QVERIFY2(recipe.ok(), recipe.ok() ? "" : qPrintable(recipe.error().message));
        QStringList ids;
        for (const ProvisionStep &step : recipe.value().steps)
            ids << step.id;
        QCOMPARE(ids, QStringList({QStringLiteral("cloud-init"), QStringLiteral("install-nginx"),
                                   QStringLiteral("sites-disabled"), QStringLiteral("incoming-folder"),
                                   QStringLiteral("configs"), QStringLiteral("boot"), QStringLiteral("loaded")}));
        const ProvisionStep &configs = recipe.value().steps.at(4);
        QCOMPARE(configs.uploads.size(), 2);
        QCOMPARE(configs.uploads.at(0).path, QStringLiteral("/etc/nginx/.quayside-incoming/backends"));
        QCOMPARE(configs.uploads.at(0).data, backends);
        QCOMPARE(configs.uploads.at(1).path, QStringLiteral("/etc/nginx/.quayside-incoming/default.conf"));
        QCOMPARE(configs.variables.value(QStringLiteral("SITE_SHA256")),
                 QString::fromLatin1(QCryptographicHash::hash(site, QCryptographicHash::Sha256).toHex()));
        for (const ProvisionStep &step : recipe.value().steps) {
            QVERIFY2(step.checkScript.contains(QLatin1String("set -eu")), qPrintable(step.id));
            QVERIFY(!step.title.isEmpty());
        }
    }

    void unsafeNamesAreRefused_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("backends");
        QTest::addColumn<QString>("site");
        QTest::newRow("climbing folder") << QStringLiteral("/etc/nginx/../..") << QStringLiteral("backends")
                                         << QStringLiteral("default.conf");
        QTest::newRow("relative folder") << QStringLiteral("conf.d") << QStringLiteral("backends")
                                         << QStringLiteral("default.conf");
        QTest::newRow("slash in a name") << QStringLiteral("/etc/nginx/conf.d") << QStringLiteral("../backends")
                                         << QStringLiteral("default.conf");
        QTest::newRow("hidden name") << QStringLiteral("/etc/nginx/conf.d") << QStringLiteral(".backends")
                                     << QStringLiteral("default.conf");
        QTest::newRow("quote in a name") << QStringLiteral("/etc/nginx/conf.d") << QStringLiteral("backends")
                                         << QStringLiteral("it's.conf");
        QTest::newRow("one name twice") << QStringLiteral("/etc/nginx/conf.d") << QStringLiteral("a.conf")
                                        << QStringLiteral("a.conf");
    }

    void unsafeNamesAreRefused()
    {
        QFETCH(QString, folder);
        QFETCH(QString, backends);
        QFETCH(QString, site);
        const auto recipe = NginxHostRecipe::make(NginxHostOptions{folder, backends, site}, "x", "y");
        QVERIFY(!recipe.ok());
        QCOMPARE(recipe.error().kind, Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(tst_NginxHostRecipe)
#include "tst_NginxHostRecipe.moc"
