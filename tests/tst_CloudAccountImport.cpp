// CloudAccountImport on clouds.yaml (with secure.yaml), openrc files and OS_* environments, from the fixture
// files in tests/data/accounts (made-up hosts and credentials).
#include "Await.h"
#include "ManagedProcess.h"

#include "cloud/CloudAccountImport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace quayside;
using quayside::test::readFile;
using quayside::test::writeFile;

Q_DECLARE_METATYPE(quayside::CloudAccount)

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(QUAYSIDE_ACCOUNT_DATA "/") + name;
}

CloudAccount account(const QString &id, const QString &name, CloudAuthMethod method, const QString &url)
{
    CloudAccount made;
    made.id = id;
    made.displayName = name;
    made.method = method;
    made.authUrl = QUrl(url);
    return made;
}

// Every field, one per line, so a failed comparison shows which field differs.
QString describe(const CloudAccount &a)
{
    return QStringList{
        QStringLiteral("id=") + a.id,
        QStringLiteral("displayName=") + a.displayName,
        QStringLiteral("method=") + CloudAccount::secretKind(a.method),
        QStringLiteral("authUrl=") + a.authUrl.toString(),
        QStringLiteral("region=") + a.region,
        QStringLiteral("interface=") +
            (a.interface == EndpointInterface::Internal ? QStringLiteral("internal") : QStringLiteral("public")),
        QStringLiteral("userName=") + a.userName,
        QStringLiteral("userId=") + a.userId,
        QStringLiteral("userDomainName=") + a.userDomainName,
        QStringLiteral("userDomainId=") + a.userDomainId,
        QStringLiteral("projectName=") + a.projectName,
        QStringLiteral("projectId=") + a.projectId,
        QStringLiteral("projectDomainName=") + a.projectDomainName,
        QStringLiteral("projectDomainId=") + a.projectDomainId,
        QStringLiteral("applicationCredentialId=") + a.applicationCredentialId,
        QStringLiteral("applicationCredentialName=") + a.applicationCredentialName,
    }
        .join(QLatin1Char('\n'));
}

const ImportedAccount *findById(const QList<ImportedAccount> &imported, const QString &id)
{
    for (const ImportedAccount &one : imported) {
        if (one.account.id == id)
            return &one;
    }
    return nullptr;
}

// The 1-based line of the fixture on which `prefix` starts a line.
int lineOf(const QByteArray &text, const QByteArray &prefix)
{
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(prefix))
            return int(i + 1);
    }
    return -1;
}

} // namespace

class tst_CloudAccountImport : public QObject
{
    Q_OBJECT

private:
    // Checks one imported account against what the row expects.
    static void verifyImported(const ImportedAccount &actual, const CloudAccount &expected, const QByteArray &secret,
                               bool needsSecret, const QStringList &warningsContaining, int warningCount)
    {
        QCOMPARE(describe(actual.account), describe(expected));
        QVERIFY(actual.account == expected);
        QCOMPARE(actual.secret, secret);
        QCOMPARE(actual.needsSecret, needsSecret);
        QVERIFY2(CloudAccount::isValidId(actual.account.id), qPrintable(actual.account.id));
        QVERIFY2(actual.warnings.size() == warningCount, qPrintable(actual.warnings.join(QLatin1Char('\n'))));
        for (const QString &expectedText : warningsContaining) {
            const bool found = std::any_of(actual.warnings.cbegin(), actual.warnings.cend(),
                                           [&](const QString &warning) { return warning.contains(expectedText); });
            QVERIFY2(found,
                     qPrintable(expectedText + QStringLiteral(" not in: ") + actual.warnings.join(QLatin1Char('\n'))));
        }
        for (const QString &warning : actual.warnings)
            QVERIFY2(secret.isEmpty() || !warning.toUtf8().contains(secret), "a warning repeats the secret");
    }

    static void addExpectationColumns()
    {
        QTest::addColumn<CloudAccount>("expected");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<bool>("needsSecret");
        QTest::addColumn<QStringList>("warningsContaining");
        QTest::addColumn<int>("warningCount");
    }

private Q_SLOTS:
    void cloudsYaml_data()
    {
        QTest::addColumn<QString>("clouds");
        QTest::addColumn<QString>("secure");
        addExpectationColumns();
        const QString clouds = QStringLiteral("clouds.yaml");
        const QString none;

        CloudAccount v3 =
            account(QStringLiteral("keystone-v3"), QStringLiteral("keystone-v3"), CloudAuthMethod::KeystoneV3Password,
                    QStringLiteral("https://keystone.example.com:5000/v3"));
        v3.region = QStringLiteral("RegionOne");
        v3.interface = EndpointInterface::Internal;
        v3.userName = QStringLiteral("alice");
        v3.userDomainName = QStringLiteral("Customers");
        v3.projectName = QStringLiteral("webshop");
        v3.projectDomainId = QStringLiteral("default");
        QTest::newRow("v3 password with domains, URL tidied")
            << clouds << none << v3 << QByteArray("correct horse battery staple") << false << QStringList() << 0;

        CloudAccount v2 =
            account(QStringLiteral("legacy-v2"), QStringLiteral("legacy-v2"), CloudAuthMethod::KeystoneV2Password,
                    QStringLiteral("https://legacy.example.org/identity/v2.0"));
        v2.region = QStringLiteral("North");
        v2.userName = QStringLiteral("bob");
        v2.projectName = QStringLiteral("operations");
        v2.projectId = QStringLiteral("7d1f0c2a");
        QTest::newRow("v2 with tenant, region list, publicURL")
            << clouds << none << v2 << QByteArray("tenant-pass") << false
            << QStringList{QStringLiteral("South, East"), QStringLiteral("domains")} << 2;

        CloudAccount byId = account(QStringLiteral("appcred-by-id"), QStringLiteral("appcred-by-id"),
                                    CloudAuthMethod::KeystoneV3ApplicationCredential,
                                    QStringLiteral("https://keystone.example.com/identity/v3"));
        byId.region = QStringLiteral("RegionTwo");
        byId.applicationCredentialId = QStringLiteral("21dced0fd20347869b149ea9d0fc8f38");
        QTest::newRow("application credential by id, version-less URL")
            << clouds << none << byId << QByteArray("app-secret-by-id") << false << QStringList() << 0;

        CloudAccount byName = account(QStringLiteral("appcred-by-name"), QStringLiteral("appcred-by-name"),
                                      CloudAuthMethod::KeystoneV3ApplicationCredential,
                                      QStringLiteral("https://keystone.example.com/identity/v3"));
        byName.applicationCredentialName = QStringLiteral("deployer");
        byName.userName = QStringLiteral("carol");
        byName.userDomainName = QStringLiteral("Partners");
        QTest::newRow("application credential by name") << clouds << none << byName << QByteArray("app-secret-by-name")
                                                        << false << QStringList{QStringLiteral("project")} << 1;

        CloudAccount rackspace =
            account(QStringLiteral("rackspace-us"), QStringLiteral("rackspace-us"), CloudAuthMethod::RackspaceApiKey,
                    QStringLiteral("https://identity.api.rackspacecloud.com/v2.0"));
        rackspace.region = QStringLiteral("DFW");
        rackspace.userName = QStringLiteral("racker");
        QTest::newRow("Rackspace by host, api_key")
            << clouds << none << rackspace << QByteArray("0123456789abcdef0123456789abcdef") << false << QStringList()
            << 0;

        CloudAccount london =
            account(QStringLiteral("rackspace-lon"), QStringLiteral("rackspace-lon"), CloudAuthMethod::RackspaceApiKey,
                    QStringLiteral("https://lon.identity.api.rackspacecloud.com/v2.0"));
        london.region = QStringLiteral("LON");
        london.interface = EndpointInterface::Internal;
        london.userName = QStringLiteral("racker-uk");
        london.projectId = QStringLiteral("900123");
        QTest::newRow("Rackspace London by auth_type, version-less URL")
            << clouds << none << london << QByteArray("fedcba9876543210") << false << QStringList() << 0;

        CloudAccount shared =
            account(QStringLiteral("shared-domain"), QStringLiteral("shared-domain"),
                    CloudAuthMethod::KeystoneV3Password, QStringLiteral("https://cloud.example.net:13000/v3"));
        shared.region = QStringLiteral("Lab-1");
        shared.userName = QStringLiteral("dave");
        shared.projectName = QStringLiteral("research");
        shared.userDomainName = QStringLiteral("Science");
        shared.projectDomainName = QStringLiteral("Science");
        QTest::newRow("domain_name for both, regions list of mappings")
            << clouds << none << shared << QByteArray("dave-pass") << false << QStringList{QStringLiteral("Lab-2")}
            << 1;

        CloudAccount noPassword =
            account(QStringLiteral("no-password"), QStringLiteral("no-password"), CloudAuthMethod::KeystoneV3Password,
                    QStringLiteral("https://keystone.example.com:5000/v3"));
        noPassword.userId = QStringLiteral("5e1c4bd0a4b14c6b8d7e1f2a3b4c5d6e");
        noPassword.projectId = QStringLiteral("9a8b7c6d5e4f");
        QTest::newRow("ids without password: needs the secret")
            << clouds << none << noPassword << QByteArray() << true << QStringList() << 0;

        CloudAccount production =
            account(QStringLiteral("production"), QStringLiteral("production"), CloudAuthMethod::KeystoneV3Password,
                    QStringLiteral("https://keystone.example.com:5000/v3"));
        production.region = QStringLiteral("RegionOne");
        production.userName = QStringLiteral("ops-bot");
        production.projectName = QStringLiteral("production");
        production.userDomainName = QStringLiteral("Default");
        production.projectDomainName = QStringLiteral("Default");
        QTest::newRow("secure.yaml overrides the password")
            << QStringLiteral("clouds-split.yaml") << QStringLiteral("secure.yaml") << production
            << QByteArray("fresh-password-from-secure-yaml") << false << QStringList() << 0;

        CloudAccount staging = production;
        staging.id = QStringLiteral("staging");
        staging.displayName = QStringLiteral("staging");
        staging.projectName = QStringLiteral("staging");
        staging.region = QStringLiteral("RegionTwo");
        QTest::newRow("secure.yaml adds the password and a region")
            << QStringLiteral("clouds-split.yaml") << QStringLiteral("secure.yaml") << staging
            << QByteArray("staging-password-from-secure-yaml") << false << QStringList() << 0;

        CloudAccount stagingAlone = staging;
        stagingAlone.region = QStringLiteral("RegionOne");
        QTest::newRow("without secure.yaml the password is missing")
            << QStringLiteral("clouds-split.yaml") << none << stagingAlone << QByteArray() << true << QStringList()
            << 0;

        CloudAccount vendor =
            account(QStringLiteral("vendor-cloud"), QStringLiteral("vendor-cloud"), CloudAuthMethod::KeystoneV3Password,
                    QStringLiteral("https://identity.vendor.example/v3"));
        vendor.userName = QStringLiteral("oscar");
        vendor.projectName = QStringLiteral("shop");
        vendor.userDomainName = QStringLiteral("Default");
        vendor.projectDomainName = QStringLiteral("Default");
        QTest::newRow("profile ignored with a warning")
            << QStringLiteral("clouds-profile.yaml") << none << vendor << QByteArray("oscar-pass") << false
            << QStringList{QStringLiteral("examplevendor")} << 1;

        CloudAccount raxProfile =
            account(QStringLiteral("my-rackspace"), QStringLiteral("my-rackspace"), CloudAuthMethod::RackspaceApiKey,
                    CloudAccount::rackspaceUsIdentity().toString());
        raxProfile.region = QStringLiteral("IAD");
        raxProfile.userName = QStringLiteral("rax-user");
        QTest::newRow("rackspace profile gives the endpoint")
            << QStringLiteral("clouds-profile.yaml") << none << raxProfile << QByteArray("rax-profile-key") << false
            << QStringList{QStringLiteral("identity.api.rackspacecloud.com")} << 1;
    }

    void cloudsYaml()
    {
        QFETCH(QString, clouds);
        QFETCH(QString, secure);
        QFETCH(CloudAccount, expected);
        QFETCH(QByteArray, secret);
        QFETCH(bool, needsSecret);
        QFETCH(QStringList, warningsContaining);
        QFETCH(int, warningCount);

        const QByteArray cloudsText = readFile(dataPath(clouds));
        QVERIFY(!cloudsText.isEmpty());
        const QByteArray secureText = secure.isEmpty() ? QByteArray() : readFile(dataPath(secure));
        CloudAccountImport importer;
        const auto imported = importer.fromCloudsYaml(cloudsText, secureText);
        VERIFY_OK(imported);
        QVERIFY2(importer.rejected().isEmpty(), qPrintable(importer.rejected().value(0).error.message));
        const ImportedAccount *found = findById(imported.value(), expected.id);
        QVERIFY2(found, qPrintable(expected.id));
        verifyImported(*found, expected, secret, needsSecret, warningsContaining, warningCount);
    }

    void badCloudsAreListedWithReasons_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing auth_url") << QStringLiteral("no-auth-url") << QStringLiteral("No auth_url");
        QTest::newRow("unknown auth_type") << QStringLiteral("oidc") << QStringLiteral("\"v3oidcpassword\"");
        QTest::newRow("v3 without a user") << QStringLiteral("no-user") << QStringLiteral("No user");
        QTest::newRow("v3 without a project") << QStringLiteral("no-project") << QStringLiteral("No project");
        QTest::newRow("application credential without id or name")
            << QStringLiteral("appcred-without-id") << QStringLiteral("No application credential");
        QTest::newRow("plain http to another host") << QStringLiteral("plain-http") << QStringLiteral("plain http");
        QTest::newRow("password in the URL")
            << QStringLiteral("password-in-url") << QStringLiteral("user name or password");
        QTest::newRow("URL version against auth_type")
            << QStringLiteral("version-mismatch") << QStringLiteral("ends in /v2.0");
        QTest::newRow("unknown profile, no auth_url")
            << QStringLiteral("unknown-vendor") << QStringLiteral("\"examplevendor\"");
        QTest::newRow("settings not a mapping") << QStringLiteral("not-a-mapping") << QStringLiteral("mapping");
    }

    void badCloudsAreListedWithReasons()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, reason);
        const QByteArray text = readFile(dataPath(QStringLiteral("clouds-mixed.yaml")));
        CloudAccountImport importer;
        const auto imported = importer.fromCloudsYaml(text, {}, QStringLiteral("mixed.yaml"));
        VERIFY_OK(imported);
        QCOMPARE(imported.value().size(), 1);
        QCOMPARE(imported.value().first().account.id, QStringLiteral("good"));
        QCOMPARE(imported.value().first().secret, QByteArray("erin-pass"));
        // Every bad cloud of the file is reported, none twice.
        QCOMPARE(importer.rejected().size(), 10);

        const auto rejected = std::find_if(importer.rejected().cbegin(), importer.rejected().cend(),
                                           [&](const RejectedCloud &one) { return one.name == cloud; });
        QVERIFY2(rejected != importer.rejected().cend(), qPrintable(cloud));
        const QString message = rejected->error.message;
        QCOMPARE(rejected->error.kind, Error::Kind::InvalidInput);
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("mixed.yaml")), qPrintable(message));
        const int line = lineOf(text, "  " + cloud.toUtf8() + ':');
        QVERIFY(line > 0);
        QVERIFY2(message.contains(QStringLiteral("line %1").arg(line)), qPrintable(message));
        for (const char *secret : {"frank-pass", "url-embedded-pass", "nobody-pass", "heidi-pass", "orphan-secret",
                                   "ivan-pass", "lena-pass"})
            QVERIFY2(!message.contains(QLatin1String(secret)), qPrintable(message));
    }

    void onlyBadCloudsFailTheImportNamingEach()
    {
        const QByteArray text = "clouds:\n"
                                "  first:\n"
                                "    auth: {username: a, password: secret-a, project_name: p}\n"
                                "  second:\n"
                                "    auth_type: token\n"
                                "    auth: {auth_url: 'https://keystone.example.com/v3', token: secret-b}\n";
        CloudAccountImport importer;
        const auto imported = importer.fromCloudsYaml(text);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::InvalidInput);
        const QString message = imported.error().message;
        QVERIFY2(message.contains(QStringLiteral("\"first\" (line 2)")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"second\" (line 4)")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("\"token\"")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("secret-")));
        QCOMPARE(importer.rejected().size(), 2);
    }

    void unusableFilesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unclosed flow sequence")
            << readFile(dataPath(QStringLiteral("clouds-malformed.yaml"))) << QStringLiteral("line 6");
        QTest::newRow("misindented key")
            << QByteArray("clouds:\n  a:\n    auth:\n      auth_url: https://k.example.com/v3\n     username: x\n")
            << QStringLiteral("line 5, column 6");
        QTest::newRow("two colons") << QByteArray("clouds:\n  a: b: c\n") << QStringLiteral("line 2");
        QTest::newRow("tab indentation") << QByteArray("clouds:\n  a:\n\tauth: {}\n") << QStringLiteral("line 3");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("no clouds section")
            << QByteArray("client:\n  force_ipv4: true\n") << QStringLiteral("no \"clouds:\" section");
        QTest::newRow("clouds is a list") << QByteArray("clouds:\n  - a\n  - b\n") << QStringLiteral("line 2");
        QTest::newRow("no clouds in the section") << QByteArray("clouds: {}\n") << QStringLiteral("lists no clouds");
        QByteArray deep = "clouds:\n  a:\n    auth: ";
        deep += QByteArray(100, '[') + QByteArray(100, ']') + '\n';
        QTest::newRow("absurd nesting") << deep << QStringLiteral("deeper than");
    }

    void unusableFilesAreErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        CloudAccountImport importer;
        const auto imported = importer.fromCloudsYaml(text);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(imported.error().message.contains(expected), qPrintable(imported.error().message));
        QVERIFY2(imported.error().message.contains(QStringLiteral("clouds.yaml")),
                 qPrintable(imported.error().message));
    }

    void malformedSecureYamlIsNamed()
    {
        CloudAccountImport importer;
        const auto imported = importer.fromCloudsYaml(readFile(dataPath(QStringLiteral("clouds-split.yaml"))),
                                                      "clouds:\n  production: [\n");
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(QStringLiteral("secure.yaml is not valid YAML")),
                 qPrintable(imported.error().message));
    }

    void hostileNamesBecomeValidUniqueIds()
    {
        CloudAccountImport importer;
        const auto imported = importer.fromCloudsYaml(readFile(dataPath(QStringLiteral("clouds-hostile-names.yaml"))));
        VERIFY_OK(imported);
        QVERIFY(importer.rejected().isEmpty());
        QStringList ids;
        QSet<QString> unique;
        for (const ImportedAccount &one : imported.value()) {
            QVERIFY2(CloudAccount::isValidId(one.account.id), qPrintable(one.account.id));
            ids.append(one.account.id);
            unique.insert(one.account.id);
            for (const QChar c : one.account.displayName)
                QVERIFY2(c.category() != QChar::Other_Control, qPrintable(one.account.displayName));
        }
        QCOMPARE(unique.size(), ids.size());
        const QStringList expected = {
            QStringLiteral("prod-cloud-eu"),
            QStringLiteral("prod-cloud-eu-2"),
            QStringLiteral("etc-passwd"),
            QStringLiteral("zurich-nord"),
            QStringLiteral("cloud"),
            QStringLiteral("cloud-2"),
            QStringLiteral("cloud-3"),
            QStringLiteral("a-very-long-cloud-name-that-goes-on-and-on-well-past-the-sixty-f"),
            QStringLiteral("line-break-tab"),
        };
        QCOMPARE(ids, expected);
        QCOMPARE(imported.value().at(0).account.displayName, QStringLiteral("Prod Cloud (EU)"));
        QCOMPARE(imported.value().at(5).account.displayName, QStringLiteral("OpenStack at keystone.example.com"));
        QCOMPARE(imported.value().at(8).account.displayName, QStringLiteral("line break tab"));
    }

    void takenIdsAreAvoided()
    {
        CloudAccountImport importer({QStringLiteral("keystone-v3"), QStringLiteral("legacy-v2-2")});
        const QByteArray text = readFile(dataPath(QStringLiteral("clouds.yaml")));
        const auto first = importer.fromCloudsYaml(text);
        VERIFY_OK(first);
        QVERIFY(findById(first.value(), QStringLiteral("keystone-v3-2")));
        QVERIFY(findById(first.value(), QStringLiteral("legacy-v2")));
        // The same file again through the same importer: nothing it handed out is handed out twice.
        const auto second = importer.fromCloudsYaml(text);
        VERIFY_OK(second);
        QVERIFY(findById(second.value(), QStringLiteral("keystone-v3-3")));
        QVERIFY(findById(second.value(), QStringLiteral("legacy-v2-3")));
    }

    void makeId_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("ovh-gra") << QStringList() << QStringLiteral("ovh-gra");
        QTest::newRow("upper case and spaces")
            << QStringLiteral("  Rackspace   London ") << QStringList() << QStringLiteral("rackspace-london");
        QTest::newRow("underscores kept") << QStringLiteral("my_cloud") << QStringList() << QStringLiteral("my_cloud");
        QTest::newRow("accents dropped") << QStringLiteral("Genève Ouest") << QStringList()
                                         << QStringLiteral("geneve-ouest");
        QTest::newRow("nothing usable") << QStringLiteral("!!!") << QStringList() << QStringLiteral("cloud");
        QTest::newRow("taken twice") << QStringLiteral("prod")
                                     << QStringList{QStringLiteral("prod"), QStringLiteral("prod-2")}
                                     << QStringLiteral("prod-3");
        const QString long64(64, QLatin1Char('x'));
        QTest::newRow("long and taken") << long64 << QStringList{long64}
                                        << QString(62, QLatin1Char('x')) + QStringLiteral("-2");
    }

    void makeId()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        const QString id = CloudAccountImport::makeId(name, QSet<QString>(taken.cbegin(), taken.cend()));
        QCOMPARE(id, expected);
        QVERIFY(CloudAccount::isValidId(id));
    }

    void openRc_data()
    {
        QTest::addColumn<QString>("file");
        addExpectationColumns();

        CloudAccount horizon =
            account(QStringLiteral("webshop"), QStringLiteral("webshop"), CloudAuthMethod::KeystoneV3Password,
                    QStringLiteral("https://keystone.example.com:5000/v3"));
        horizon.projectId = QStringLiteral("3f9a1c0e8b7d4e21a5c6b0d9e8f7a6b5");
        horizon.projectName = QStringLiteral("webshop");
        horizon.userDomainName = QStringLiteral("Customers");
        horizon.projectDomainId = QStringLiteral("default");
        horizon.userName = QStringLiteral("alice");
        horizon.region = QStringLiteral("RegionOne");
        QTest::newRow("Horizon v3 with read -sr prompt")
            << QStringLiteral("webshop-openrc.sh") << horizon << QByteArray() << true << QStringList() << 0;

        CloudAccount ops = account(QStringLiteral("ops"), QStringLiteral("ops"), CloudAuthMethod::KeystoneV2Password,
                                   QStringLiteral("https://legacy.example.org:5000/v2.0"));
        ops.projectId = QStringLiteral("7d1f0c2a");
        ops.projectName = QStringLiteral("operations");
        ops.userName = QStringLiteral("bob");
        ops.region = QStringLiteral("North");
        ops.interface = EndpointInterface::Internal;
        QTest::newRow("v2 with OS_PASSWORD set") << QStringLiteral("ops-openrc.sh") << ops
                                                 << QByteArray("written-in-v2-pass") << false << QStringList() << 0;

        CloudAccount quoted =
            account(QStringLiteral("quoted"), QStringLiteral("quoted"), CloudAuthMethod::KeystoneV3Password,
                    QStringLiteral("https://keystone.example.com:5000/v3"));
        quoted.userName = QStringLiteral("Jane Q. Public");
        quoted.projectName = QStringLiteral("Web Shop \"Blue\"");
        quoted.userDomainName = QStringLiteral("Default");
        quoted.projectDomainName = QStringLiteral("Default");
        quoted.region = QStringLiteral("Region Three");
        QTest::newRow("quoted values with spaces, comments, a command")
            << QStringLiteral("quoted-openrc.sh") << quoted << QByteArray("pa ss \"with\" $dollar and spaces") << false
            << QStringList{QStringLiteral("line 11"), QStringLiteral("\"cowsay\"")} << 1;

        CloudAccount plain =
            account(QStringLiteral("plain"), QStringLiteral("plain"), CloudAuthMethod::KeystoneV3Password,
                    QStringLiteral("https://keystone.example.com:5000/v3"));
        plain.userName = QStringLiteral("plain");
        plain.userDomainId = QStringLiteral("default");
        plain.projectId = QStringLiteral("0c0ffee0");
        QTest::newRow("assignments without export")
            << QStringLiteral("plain-openrc.sh") << plain << QByteArray("plain-assignment-pass") << false
            << QStringList() << 0;

        CloudAccount appcred = account(QStringLiteral("appcred"), QStringLiteral("appcred"),
                                       CloudAuthMethod::KeystoneV3ApplicationCredential,
                                       QStringLiteral("https://keystone.example.com:5000/v3"));
        appcred.applicationCredentialId = QStringLiteral("aa11bb22cc33");
        appcred.region = QStringLiteral("RegionOne");
        QTest::newRow("application credential") << QStringLiteral("appcred-openrc.sh") << appcred
                                                << QByteArray("openrc-app-secret") << false << QStringList() << 0;

        CloudAccount command =
            account(QStringLiteral("command"), QStringLiteral("command"), CloudAuthMethod::KeystoneV3Password,
                    QStringLiteral("https://keystone.example.com:5000/v3"));
        command.userName = QStringLiteral("mike");
        command.userDomainName = QStringLiteral("Default");
        command.projectName = QStringLiteral("demo");
        command.projectDomainName = QStringLiteral("Default");
        QTest::newRow("password from a command is not run")
            << QStringLiteral("command-openrc.sh") << command << QByteArray() << true
            << QStringList{QStringLiteral("OS_PASSWORD"), QStringLiteral("OS_REGION_NAME")} << 2;
    }

    void openRc()
    {
        QFETCH(QString, file);
        QFETCH(CloudAccount, expected);
        QFETCH(QByteArray, secret);
        QFETCH(bool, needsSecret);
        QFETCH(QStringList, warningsContaining);
        QFETCH(int, warningCount);
        CloudAccountImport importer;
        const auto imported = importer.fromOpenRcFile(dataPath(file));
        VERIFY_OK(imported);
        QCOMPARE(imported.value().size(), 1);
        verifyImported(imported.value().first(), expected, secret, needsSecret, warningsContaining, warningCount);
    }

    void unusableOpenRcAreErrors_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unclosed quote") << readFile(dataPath(QStringLiteral("unclosed-openrc.sh")))
                                        << QStringLiteral("line 3");
        QTest::newRow("not an RC file") << readFile(dataPath(QStringLiteral("not-openrc.sh")))
                                        << QStringLiteral("no OS_* variables");
        QTest::newRow("no auth URL") << QByteArray("export OS_USERNAME=x\nexport OS_PASSWORD=y\n")
                                     << QStringLiteral("No OS_AUTH_URL");
        QTest::newRow("unknown auth type")
            << QByteArray("export OS_AUTH_URL=https://k.example.com/v3\nexport OS_AUTH_TYPE=v3totp\n")
            << QStringLiteral("OS_AUTH_TYPE \"v3totp\"");
        QTest::newRow("unclosed command substitution")
            << QByteArray("export A=1\nexport OS_PASSWORD=$(pass\n") << QStringLiteral("line 2");
    }

    void unusableOpenRcAreErrors()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, expected);
        CloudAccountImport importer;
        const auto imported = importer.fromOpenRc(script, QStringLiteral("test-openrc.sh"));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(imported.error().message.contains(expected), qPrintable(imported.error().message));
        QVERIFY2(imported.error().message.contains(QStringLiteral("test-openrc.sh")),
                 qPrintable(imported.error().message));
    }

    void openRcIsNeverExecuted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray marker = QFile::encodeName(dir.filePath(QStringLiteral("ran")));
        const QByteArray script = "export OS_AUTH_URL=https://keystone.example.com/v3\n"
                                  "export OS_USERNAME=u OS_USER_DOMAIN_NAME=Default\n"
                                  "export OS_PROJECT_NAME=p OS_PROJECT_DOMAIN_NAME=Default\n"
                                  "touch " +
                                  marker +
                                  "-plain\n"
                                  "export OS_PASSWORD=\"$(touch " +
                                  marker +
                                  "-substitution)\"\n"
                                  "export OS_REGION_NAME=`touch " +
                                  marker +
                                  "-backquote`\n"
                                  "echo x > " +
                                  marker + "-redirect\n";
        CloudAccountImport importer;
        const auto imported = importer.fromOpenRc(script, QStringLiteral("hostile-openrc.sh"));
        VERIFY_OK(imported);
        QVERIFY(imported.value().first().needsSecret);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void environment_data()
    {
        QTest::addColumn<QStringList>("variables");
        addExpectationColumns();

        CloudAccount v3 = account(QStringLiteral("shop"), QStringLiteral("shop"), CloudAuthMethod::KeystoneV3Password,
                                  QStringLiteral("https://keystone.example.com:5000/v3"));
        v3.userName = QStringLiteral("env-user");
        v3.userDomainId = QStringLiteral("default");
        v3.projectName = QStringLiteral("shop");
        v3.projectDomainId = QStringLiteral("default");
        v3.region = QStringLiteral("RegionOne");
        QTest::newRow("v3 from a sourced openrc")
            << QStringList{QStringLiteral("OS_AUTH_URL=https://keystone.example.com:5000/v3/"),
                           QStringLiteral("OS_USERNAME=env-user"),
                           QStringLiteral("OS_PASSWORD=env-password"),
                           QStringLiteral("OS_PROJECT_NAME=shop"),
                           QStringLiteral("OS_USER_DOMAIN_ID=default"),
                           QStringLiteral("OS_PROJECT_DOMAIN_ID=default"),
                           QStringLiteral("OS_REGION_NAME=RegionOne"),
                           QStringLiteral("OS_ENDPOINT_TYPE=publicURL"),
                           QStringLiteral("OS_IDENTITY_API_VERSION=3"),
                           QStringLiteral("HOME=/root"),
                           QStringLiteral("OS_CACERT=")}
            << v3 << QByteArray("env-password") << false << QStringList() << 0;

        CloudAccount v2 =
            account(QStringLiteral("legacy"), QStringLiteral("Legacy"), CloudAuthMethod::KeystoneV2Password,
                    QStringLiteral("https://legacy.example.org/v2.0"));
        v2.userId = QStringLiteral("u-123");
        v2.projectId = QStringLiteral("t-456");
        v2.interface = EndpointInterface::Internal;
        QTest::newRow("v2 with tenant ids, named by OS_CLOUD_NAME")
            << QStringList{QStringLiteral("OS_CLOUD_NAME=Legacy"),
                           QStringLiteral("OS_AUTH_URL=https://legacy.example.org"),
                           QStringLiteral("OS_IDENTITY_API_VERSION=2.0"),
                           QStringLiteral("OS_USER_ID=u-123"),
                           QStringLiteral("OS_TENANT_ID=t-456"),
                           QStringLiteral("OS_PASSWORD=v2-env-pass"),
                           QStringLiteral("OS_INTERFACE=internal")}
            << v2 << QByteArray("v2-env-pass") << false << QStringList() << 0;

        CloudAccount appcred = account(QStringLiteral("environment"), QStringLiteral("environment"),
                                       CloudAuthMethod::KeystoneV3ApplicationCredential,
                                       QStringLiteral("https://keystone.example.com/v3"));
        appcred.applicationCredentialName = QStringLiteral("ci");
        appcred.userName = QStringLiteral("builder");
        appcred.userDomainName = QStringLiteral("Default");
        QTest::newRow("application credential by name, domain assumed")
            << QStringList{QStringLiteral("OS_AUTH_TYPE=v3applicationcredential"),
                           QStringLiteral("OS_AUTH_URL=https://keystone.example.com"),
                           QStringLiteral("OS_APPLICATION_CREDENTIAL_NAME=ci"), QStringLiteral("OS_USERNAME=builder"),
                           QStringLiteral("OS_APPLICATION_CREDENTIAL_SECRET=env-app-secret")}
            << appcred << QByteArray("env-app-secret") << false << QStringList{QStringLiteral("\"Default\"")} << 1;

        CloudAccount rackspace =
            account(QStringLiteral("environment"), QStringLiteral("environment"), CloudAuthMethod::RackspaceApiKey,
                    QStringLiteral("https://identity.api.rackspacecloud.com/v2.0"));
        rackspace.userName = QStringLiteral("racker");
        QTest::newRow("Rackspace with a password only: asks for the API key")
            << QStringList{QStringLiteral("OS_AUTH_URL=https://identity.api.rackspacecloud.com/v2.0/"),
                           QStringLiteral("OS_USERNAME=racker"), QStringLiteral("OS_PASSWORD=not-the-api-key")}
            << rackspace << QByteArray() << true << QStringList{QStringLiteral("API key")} << 1;
    }

    void environment()
    {
        QFETCH(QStringList, variables);
        QFETCH(CloudAccount, expected);
        QFETCH(QByteArray, secret);
        QFETCH(bool, needsSecret);
        QFETCH(QStringList, warningsContaining);
        QFETCH(int, warningCount);
        QProcessEnvironment environment;
        for (const QString &variable : std::as_const(variables))
            environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        CloudAccountImport importer;
        const auto imported = importer.fromEnvironment(environment);
        VERIFY_OK(imported);
        QCOMPARE(imported.value().size(), 1);
        verifyImported(imported.value().first(), expected, secret, needsSecret, warningsContaining, warningCount);
    }

    void environmentWithoutAnAccountIsAnError_data()
    {
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QStringList{QStringLiteral("HOME=/root")}
                                 << QStringLiteral("OS_AUTH_URL is not set");
        QTest::newRow("OS_CLOUD only") << QStringList{QStringLiteral("OS_CLOUD=prod")}
                                       << QStringLiteral("Import clouds.yaml instead");
        QTest::newRow("no user") << QStringList{QStringLiteral("OS_AUTH_URL=https://keystone.example.com/v3"),
                                                QStringLiteral("OS_PROJECT_ID=p")}
                                 << QStringLiteral("No user");
    }

    void environmentWithoutAnAccountIsAnError()
    {
        QFETCH(QStringList, variables);
        QFETCH(QString, expected);
        QProcessEnvironment environment;
        for (const QString &variable : std::as_const(variables))
            environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
        CloudAccountImport importer;
        const auto imported = importer.fromEnvironment(environment);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(imported.error().message.contains(expected), qPrintable(imported.error().message));
    }

    void filesBesideEachOther()
    {
        // ~/.config/openstack holds clouds.yaml and secure.yaml side by side; choosing clouds.yaml brings both.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(
            QFile::copy(dataPath(QStringLiteral("clouds-split.yaml")), dir.filePath(QStringLiteral("clouds.yaml"))));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("secure.yaml")), dir.filePath(QStringLiteral("secure.yaml"))));
        CloudAccountImport importer;
        const auto imported = importer.fromCloudsYamlFile(dir.filePath(QStringLiteral("clouds.yaml")));
        VERIFY_OK(imported);
        const ImportedAccount *production = findById(imported.value(), QStringLiteral("production"));
        QVERIFY(production);
        QCOMPARE(production->secret, QByteArray("fresh-password-from-secure-yaml"));

        const auto missing = importer.fromCloudsYamlFile(dir.filePath(QStringLiteral("nothing.yaml")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        QVERIFY(missing.error().message.contains(QStringLiteral("nothing.yaml")));

        const QString huge = dir.filePath(QStringLiteral("huge.yaml"));
        QVERIFY(writeFile(huge, QByteArray(CloudAccountImport::kMaxFileSize + 1, '#')));
        const auto tooLarge = importer.fromCloudsYamlFile(huge);
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.error().kind, Error::Kind::InvalidInput);
        QVERIFY(tooLarge.error().message.contains(QStringLiteral("too large")));
    }
};

QTEST_GUILESS_MAIN(tst_CloudAccountImport)
#include "tst_CloudAccountImport.moc"
