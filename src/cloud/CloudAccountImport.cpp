#include "cloud/CloudAccountImport.h"

#include "cloud/CloudAccountStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QVariant>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

namespace quayside {

namespace {

constexpr int kMaxYamlDepth = 32;
constexpr int kMaxDisplayName = 100;

// One cloud as read from a source, before it is understood. The config follows clouds.yaml: keys with '-'
// turned into '_' (as openstacksdk does); values are QString, QVariantList, QVariantMap, or an invalid
// QVariant for YAML's null.
struct CloudSource
{
    QString name;
    QString where; // names the cloud in messages: "clouds.yaml, cloud "x" (line 3)"
    QVariantMap config;
    bool fromEnvironment = false; // OS_* variables: messages name keys as OS_AUTH_URL, not auth_url
    QStringList warnings;         // found while reading the source
    std::optional<Error> error;   // the cloud is unusable already (its entry is not a mapping)
};

// Deeper nesting than any clouds.yaml has: a hostile file, or an alias that refers to itself.
struct TooDeep
{
};

QVariant toVariant(const YAML::Node &node, int depth)
{
    if (depth > kMaxYamlDepth)
        throw TooDeep{};
    switch (node.Type()) {
    case YAML::NodeType::Scalar: return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item, depth + 1));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->first.IsScalar())
                continue;
            QString key = QString::fromStdString(it->first.Scalar());
            key.replace(QLatin1Char('-'), QLatin1Char('_'));
            map.insert(key, toVariant(it->second, depth + 1));
        }
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: break;
    }
    return {};
}

// A name from a file, fit to show: one line, no control characters, not too long.
QString sanitizedName(const QString &name)
{
    QString shown = name;
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return shown.simplified().left(kMaxDisplayName);
}

QString yamlProblem(const QString &fileName, const YAML::Exception &exception)
{
    if (exception.mark.is_null())
        return CloudAccountImport::tr("%1 is not valid YAML: %2. Fix the file and import it again.")
            .arg(fileName, QString::fromStdString(exception.msg));
    return CloudAccountImport::tr("%1 is not valid YAML: line %2, column %3: %4. Fix the file and import it again.")
        .arg(fileName, QString::number(exception.mark.line + 1), QString::number(exception.mark.column + 1),
             QString::fromStdString(exception.msg));
}

// The clouds of one YAML file, in the file's order. `required`: clouds.yaml must have clouds; secure.yaml
// may have none.
Result<QList<CloudSource>> readYamlClouds(const QByteArray &text, const QString &fileName, bool required)
{
    const auto invalid = [](const QString &message) { return Error{Error::Kind::InvalidInput, 0, message}; };
    QList<CloudSource> clouds;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (root.IsNull() || !root.IsDefined()) {
            if (!required)
                return clouds;
            return invalid(
                CloudAccountImport::tr("%1 is empty. Choose the clouds.yaml that lists your clouds.").arg(fileName));
        }
        const YAML::Node cloudsNode = root.IsMap() ? root["clouds"] : YAML::Node();
        if (!cloudsNode.IsDefined() || cloudsNode.IsNull()) {
            if (!required)
                return clouds;
            return invalid(
                CloudAccountImport::tr("%1 has no \"clouds:\" section, so it lists no clouds. Choose the clouds.yaml "
                                       "that lists your clouds.")
                    .arg(fileName));
        }
        if (!cloudsNode.IsMap())
            return invalid(CloudAccountImport::tr("In %1, line %2: \"clouds:\" must map cloud names to their settings.")
                               .arg(fileName, QString::number(cloudsNode.Mark().line + 1)));
        for (auto it = cloudsNode.begin(); it != cloudsNode.end(); ++it) {
            CloudSource cloud;
            const int line = it->first.Mark().line + 1;
            cloud.name = it->first.IsScalar() ? QString::fromStdString(it->first.Scalar()) : QString();
            cloud.where = CloudAccountImport::tr("%1, cloud \"%2\" (line %3)")
                              .arg(fileName, sanitizedName(cloud.name), QString::number(line));
            if (!it->first.IsScalar())
                cloud.error = invalid(CloudAccountImport::tr("%1, line %2: a cloud's name must be plain text.")
                                          .arg(fileName, QString::number(line)));
            else if (!it->second.IsMap())
                cloud.error =
                    invalid(CloudAccountImport::tr("%1: the cloud's settings must be a mapping of keys to values.")
                                .arg(cloud.where));
            else
                cloud.config = toVariant(it->second, 0).toMap();
            // YAML forbids repeated names; like openstacksdk's reader, the last one counts.
            for (qsizetype i = 0; i < clouds.size(); ++i) {
                if (clouds.at(i).name == cloud.name && it->first.IsScalar()) {
                    clouds.removeAt(i);
                    cloud.warnings.append(
                        CloudAccountImport::tr("The cloud \"%1\" appears more than once in %2; the last one was used.")
                            .arg(sanitizedName(cloud.name), fileName));
                    break;
                }
            }
            clouds.append(cloud);
        }
    } catch (const YAML::Exception &exception) {
        return invalid(yamlProblem(fileName, exception));
    } catch (const TooDeep &) {
        return invalid(
            CloudAccountImport::tr("%1 nests its settings deeper than %2 levels, which no clouds.yaml does. Check the "
                                   "file.")
                .arg(fileName, QString::number(kMaxYamlDepth)));
    }
    return clouds;
}

// secure.yaml over clouds.yaml: maps merge key by key, anything else is replaced.
QVariantMap mergedOver(QVariantMap base, const QVariantMap &over)
{
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        const QVariant &mine = base.value(it.key());
        if (mine.typeId() == QMetaType::QVariantMap && it.value().typeId() == QMetaType::QVariantMap)
            base.insert(it.key(), mergedOver(mine.toMap(), it.value().toMap()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

// Looks settings up as openstacksdk does: in the cloud's auth mapping first, then at the cloud's top level.
class Lookup
{
public:
    explicit Lookup(const CloudSource &source)
        : m_top(source.config)
        , m_environment(source.fromEnvironment)
    {
        const QVariant auth = m_top.value(QStringLiteral("auth"));
        if (auth.typeId() == QMetaType::QVariantMap)
            m_auth = auth.toMap();
        else if (auth.isValid())
            problem(CloudAccountImport::tr("\"auth\" must be a mapping of keys to values."));
    }

    // How the user wrote the key: auth_url in clouds.yaml, OS_AUTH_URL in openrc files and the environment.
    QString keyName(QLatin1String key) const
    {
        return m_environment ? QStringLiteral("OS_") + QString(key).toUpper() : QString(key);
    }

    QVariant value(QLatin1String key) const
    {
        const QString name(key);
        if (m_auth.contains(name) && m_auth.value(name).isValid())
            return m_auth.value(name);
        return m_top.value(name);
    }

    bool has(QLatin1String key) const { return m_auth.contains(QString(key)) || m_top.contains(QString(key)); }

    // The first of `keys` that holds text, trimmed; empty if none does.
    QString text(std::initializer_list<QLatin1String> keys) { return raw(keys).trimmed(); }

    // As text(), untrimmed: secrets are taken as written.
    QString raw(std::initializer_list<QLatin1String> keys)
    {
        for (const QLatin1String key : keys) {
            const QVariant found = value(key);
            if (!found.isValid())
                continue;
            if (found.typeId() != QMetaType::QString) {
                problem(CloudAccountImport::tr("%1 must be a single value, not a list or mapping.").arg(keyName(key)));
                continue;
            }
            if (!found.toString().isEmpty())
                return found.toString();
        }
        return {};
    }

    const std::optional<QString> &firstProblem() const { return m_problem; }

private:
    void problem(const QString &message)
    {
        if (!m_problem)
            m_problem = message;
    }

    QVariantMap m_top;
    QVariantMap m_auth;
    bool m_environment;
    std::optional<QString> m_problem;
};

struct CleanUrl
{
    QUrl url;
    int version = 0; // the identity API version its path ends in: 2, 3, or 0 for none
};

// Parses and tidies an identity URL: lower-case scheme and host, no default port, no empty path segments or
// trailing slash. Never repeats the URL in a message: it may hold a password.
Result<CleanUrl> cleanAuthUrl(const QString &text, const Lookup &in, QStringList &warnings)
{
    const auto invalid = [](const QString &message) { return Error{Error::Kind::InvalidInput, 0, message}; };
    const QString key = in.keyName(QLatin1String("auth_url"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return invalid(
            CloudAccountImport::tr("%1 is not a valid URL. Give the address of the cloud's identity service, for "
                                   "example https://keystone.example.com:5000/v3.")
                .arg(key));
    if (!url.userInfo().isEmpty())
        return invalid(
            CloudAccountImport::tr("%1 holds a user name or password. Remove them from the URL and give them as the "
                                   "account's user and password.")
                .arg(key));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return invalid(CloudAccountImport::tr("%1 must start with https://.").arg(key));
    url.setScheme(scheme);
    if (url.hasQuery() || url.hasFragment()) {
        url.setQuery(QString());
        url.setFragment(QString());
        warnings.append(CloudAccountImport::tr("The part of %1 after \"?\" or \"#\" was left out.").arg(key));
    }
    if ((scheme == QLatin1String("https") && url.port() == 443) ||
        (scheme == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    url.setPath(segments.isEmpty() ? QString() : QLatin1Char('/') + segments.join(QLatin1Char('/')));

    CleanUrl clean{url, 0};
    static const QRegularExpression versionSegment(QStringLiteral("^v(\\d+)(\\.\\d+)?\\z"),
                                                   QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = versionSegment.match(segments.isEmpty() ? QString() : segments.last());
    if (match.hasMatch()) {
        clean.version = match.captured(1).toInt();
        if (clean.version != 2 && clean.version != 3)
            return invalid(CloudAccountImport::tr(
                               "%1 points at version %2 of the identity API, which Quayside does not speak. Give "
                               "the v3 (or v2.0) address of the identity service.")
                               .arg(key, segments.last()));
    }
    return clean;
}

// The account a cloud's settings describe, without its id.
Result<ImportedAccount> mapCloud(const CloudSource &source)
{
    const auto fail = [](const QString &message) { return Error{Error::Kind::InvalidInput, 0, message}; };
    Lookup in(source);
    ImportedAccount imported;
    imported.warnings = source.warnings;
    QStringList &warnings = imported.warnings;
    CloudAccount &account = imported.account;
    const auto key = [&in](const char *name) { return in.keyName(QLatin1String(name)); };

    // openstacksdk's vendor profiles fill in defaults; Quayside knows only Rackspace's endpoint.
    QString profile;
    if (!source.fromEnvironment) {
        const QVariant named =
            source.config.value(QStringLiteral("profile"), source.config.value(QStringLiteral("cloud")));
        profile = named.typeId() == QMetaType::QString ? named.toString().trimmed() : QString();
    }
    const bool rackspaceProfile = profile.compare(QLatin1String("rackspace"), Qt::CaseInsensitive) == 0;
    if (!profile.isEmpty() && !rackspaceProfile)
        warnings.append(
            CloudAccountImport::tr("The profile \"%1\" was ignored: Quayside uses only the settings written for the "
                                   "cloud itself.")
                .arg(profile.left(64)));

    QString authType = in.text({QLatin1String("auth_type"), QLatin1String("auth_plugin")}).toLower();
    authType.replace(QLatin1Char('-'), QLatin1Char('_'));

    int apiVersion = 0;
    const QString versionText = in.text({QLatin1String("identity_api_version")});
    if (versionText == QLatin1String("2") || versionText == QLatin1String("2.0"))
        apiVersion = 2;
    else if (versionText == QLatin1String("3") || versionText == QLatin1String("3.0"))
        apiVersion = 3;
    else if (!versionText.isEmpty())
        return fail(CloudAccountImport::tr("%1 is \"%2\"; Quayside speaks versions 3 and 2.0 of the identity API.")
                        .arg(key("identity_api_version"), versionText.left(16)));

    QString urlText = in.text({QLatin1String("auth_url")});
    if (urlText.isEmpty()) {
        if (rackspaceProfile || authType == QLatin1String("rackspace_apikey")) {
            urlText = CloudAccount::rackspaceUsIdentity().toString();
            warnings.append(CloudAccountImport::tr("No %1 is given; Rackspace's identity service %2 is used.")
                                .arg(key("auth_url"), urlText));
        } else if (!profile.isEmpty()) {
            return fail(CloudAccountImport::tr(
                            "No %1 is given, and Quayside does not know the defaults of the profile \"%2\". Add "
                            "the address of the cloud's identity service as %1.")
                            .arg(key("auth_url"), profile.left(64)));
        } else {
            return fail(
                CloudAccountImport::tr("No %1 is given. Add the address of the cloud's identity service, for example "
                                       "https://keystone.example.com:5000/v3.")
                    .arg(key("auth_url")));
        }
    }
    const Result<CleanUrl> cleaned = cleanAuthUrl(urlText, in, warnings);
    if (!cleaned)
        return cleaned.error();
    QUrl url = cleaned.value().url;
    const QString host = url.host();
    const bool rackspaceHost =
        host == CloudAccount::rackspaceUsIdentity().host() || host == CloudAccount::rackspaceUkIdentity().host();

    int version = 3;
    if (authType == QLatin1String("rackspace_apikey") || in.has(QLatin1String("api_key")) || rackspaceHost ||
        rackspaceProfile) {
        if (!authType.isEmpty() && authType != QLatin1String("rackspace_apikey") &&
            authType != QLatin1String("password") && authType != QLatin1String("v2password"))
            return fail(
                CloudAccountImport::tr("%1 is \"%2\", but Rackspace signs in with the user name and API key. Set %1 to "
                                       "rackspace_apikey, or leave it out.")
                    .arg(key("auth_type"), authType.left(64)));
        if (apiVersion == 3)
            return fail(CloudAccountImport::tr(
                            "%1 is 3, but Rackspace's identity service speaks version 2.0 only. Leave %1 out.")
                            .arg(key("identity_api_version")));
        account.method = CloudAuthMethod::RackspaceApiKey;
        version = 2;
    } else if (authType.isEmpty() || authType == QLatin1String("password")) {
        version = apiVersion != 0 ? apiVersion : (cleaned.value().version != 0 ? cleaned.value().version : 3);
        account.method = version == 2 ? CloudAuthMethod::KeystoneV2Password : CloudAuthMethod::KeystoneV3Password;
    } else if (authType == QLatin1String("v3password") || authType == QLatin1String("v2password")) {
        version = authType == QLatin1String("v2password") ? 2 : 3;
        if (apiVersion != 0 && apiVersion != version)
            return fail(CloudAccountImport::tr("%1 is %2, but %3 is %4. Make them agree.")
                            .arg(key("auth_type"), authType, key("identity_api_version"), versionText));
        account.method = version == 2 ? CloudAuthMethod::KeystoneV2Password : CloudAuthMethod::KeystoneV3Password;
    } else if (authType == QLatin1String("v3applicationcredential") ||
               authType == QLatin1String("applicationcredential")) {
        if (apiVersion == 2)
            return fail(
                CloudAccountImport::tr("Application credentials need version 3 of the identity API, but %1 is %2.")
                    .arg(key("identity_api_version"), versionText));
        account.method = CloudAuthMethod::KeystoneV3ApplicationCredential;
    } else {
        return fail(
            CloudAccountImport::tr("%1 \"%2\" is not a way Quayside can sign in. Use password, v3password, v2password, "
                                   "v3applicationcredential or rackspace_apikey.")
                .arg(key("auth_type"), authType.left(64)));
    }

    if (cleaned.value().version != 0 && cleaned.value().version != version)
        return fail(CloudAccountImport::tr(
                        "%1 ends in /%2, but this account signs in with version %3 of the identity API. Give "
                        "the /%3 address, or leave the version out of %1.")
                        .arg(key("auth_url"), url.path().section(QLatin1Char('/'), -1),
                             version == 2 ? QStringLiteral("v2.0") : QStringLiteral("v3")));
    if (cleaned.value().version == 0)
        url.setPath(url.path() + (version == 2 ? QStringLiteral("/v2.0") : QStringLiteral("/v3")));
    account.authUrl = url;

    account.userName = in.text({QLatin1String("username"), QLatin1String("user_name")});
    account.userId = in.text({QLatin1String("user_id")});
    account.userDomainName = in.text({QLatin1String("user_domain_name")});
    account.userDomainId = in.text({QLatin1String("user_domain_id")});
    // project_* wins over the older tenant_* names, as in openstacksdk.
    account.projectName = in.text({QLatin1String("project_name"), QLatin1String("tenant_name")});
    account.projectId = in.text({QLatin1String("project_id"), QLatin1String("tenant_id")});
    account.projectDomainName = in.text({QLatin1String("project_domain_name")});
    account.projectDomainId = in.text({QLatin1String("project_domain_id")});
    account.applicationCredentialId = in.text({QLatin1String("application_credential_id")});
    account.applicationCredentialName = in.text({QLatin1String("application_credential_name")});
    // domain_name / domain_id name the domain of both the user and the project unless they have their own.
    const QString domainName = in.text({QLatin1String("domain_name")});
    const QString domainId = in.text({QLatin1String("domain_id")});
    if (account.userDomainName.isEmpty() && account.userDomainId.isEmpty()) {
        account.userDomainName = domainName;
        account.userDomainId = domainId;
    }
    if (account.projectDomainName.isEmpty() && account.projectDomainId.isEmpty()) {
        account.projectDomainName = domainName;
        account.projectDomainId = domainId;
    }

    const bool v3 = account.method == CloudAuthMethod::KeystoneV3Password ||
                    account.method == CloudAuthMethod::KeystoneV3ApplicationCredential;
    if (!v3 && (!account.userDomainName.isEmpty() || !account.userDomainId.isEmpty() ||
                !account.projectDomainName.isEmpty() || !account.projectDomainId.isEmpty())) {
        warnings.append(CloudAccountImport::tr("The domains were left out: version 2.0 of the identity API has none."));
        account.userDomainName.clear();
        account.userDomainId.clear();
        account.projectDomainName.clear();
        account.projectDomainId.clear();
    }
    if (account.method != CloudAuthMethod::KeystoneV3ApplicationCredential &&
        (!account.applicationCredentialId.isEmpty() || !account.applicationCredentialName.isEmpty())) {
        warnings.append(CloudAccountImport::tr("The application credential was left out: %1 does not ask for one.")
                            .arg(key("auth_type")));
        account.applicationCredentialId.clear();
        account.applicationCredentialName.clear();
    }
    const bool userNeedsDomain = account.userId.isEmpty() && !account.userName.isEmpty() &&
                                 account.userDomainName.isEmpty() && account.userDomainId.isEmpty();
    if (account.method == CloudAuthMethod::KeystoneV3Password ||
        (account.method == CloudAuthMethod::KeystoneV3ApplicationCredential &&
         account.applicationCredentialId.isEmpty())) {
        if (userNeedsDomain) {
            account.userDomainName = QStringLiteral("Default");
            warnings.append(CloudAccountImport::tr("No user domain is given; the domain \"Default\" is assumed."));
        }
    }
    if (account.method == CloudAuthMethod::KeystoneV3Password && account.projectId.isEmpty() &&
        !account.projectName.isEmpty() && account.projectDomainName.isEmpty() && account.projectDomainId.isEmpty()) {
        account.projectDomainName = QStringLiteral("Default");
        warnings.append(CloudAccountImport::tr("No project domain is given; the domain \"Default\" is assumed."));
    }
    if (account.method == CloudAuthMethod::KeystoneV3ApplicationCredential &&
        (!account.projectName.isEmpty() || !account.projectId.isEmpty())) {
        warnings.append(
            CloudAccountImport::tr("The project was left out: an application credential always signs in to the project "
                                   "it was made in."));
        account.projectName.clear();
        account.projectId.clear();
        account.projectDomainName.clear();
        account.projectDomainId.clear();
    }

    QString secret;
    switch (account.method) {
    case CloudAuthMethod::RackspaceApiKey:
        secret = in.raw({QLatin1String("api_key")});
        if (secret.isEmpty() && !in.raw({QLatin1String("password")}).isEmpty())
            warnings.append(
                CloudAccountImport::tr("The password was not taken: Quayside signs in to Rackspace with the API key. "
                                       "Enter the API key (in the Rackspace control panel under Account Settings)."));
        break;
    case CloudAuthMethod::KeystoneV2Password:
    case CloudAuthMethod::KeystoneV3Password: secret = in.raw({QLatin1String("password")}); break;
    case CloudAuthMethod::KeystoneV3ApplicationCredential:
        secret = in.raw({QLatin1String("application_credential_secret")});
        break;
    }
    imported.secret = secret.toUtf8();
    imported.needsSecret = secret.isEmpty();

    QVariant region = in.value(QLatin1String("region_name"));
    if (!region.isValid())
        region = in.value(QLatin1String("regions"));
    if (region.typeId() == QMetaType::QString) {
        account.region = region.toString().trimmed();
    } else if (region.typeId() == QMetaType::QVariantList) {
        QStringList names;
        const QVariantList listed = region.toList();
        for (const QVariant &item : listed) {
            // openstacksdk's regions list may hold {name: ..., values: ...} entries.
            const QString name = item.typeId() == QMetaType::QVariantMap
                                     ? item.toMap().value(QStringLiteral("name")).toString().trimmed()
                                     : item.toString().trimmed();
            if (!name.isEmpty())
                names.append(name);
        }
        if (!names.isEmpty())
            account.region = names.takeFirst();
        if (!names.isEmpty())
            warnings.append(
                CloudAccountImport::tr("The cloud lists several regions; the account uses %1. The others (%2) need "
                                       "accounts of their own.")
                    .arg(account.region, names.join(QStringLiteral(", "))));
    } else if (region.isValid()) {
        return fail(CloudAccountImport::tr("%1 must be a region name or a list of them.").arg(key("region_name")));
    }

    QString interface = in.text({QLatin1String("interface"), QLatin1String("endpoint_type")}).toLower();
    if (interface.endsWith(QLatin1String("url")))
        interface.chop(3);
    if (interface == QLatin1String("internal")) {
        account.interface = EndpointInterface::Internal;
    } else if (interface == QLatin1String("admin")) {
        warnings.append(
            CloudAccountImport::tr("The admin interface is not for creating servers; the public one is used."));
    } else if (!interface.isEmpty() && interface != QLatin1String("public")) {
        return fail(CloudAccountImport::tr(
                        "%1 \"%2\" is not known. Use public, or internal when Quayside runs inside the cloud.")
                        .arg(key("interface"), interface.left(32)));
    }

    if (in.firstProblem())
        return fail(*in.firstProblem());

    account.displayName = sanitizedName(source.name);
    if (account.displayName.isEmpty())
        account.displayName = CloudAccountImport::tr("OpenStack at %1").arg(host);
    // The id comes later; a stand-in lets validate() check everything else.
    account.id = QStringLiteral("import");
    if (const Result<void> valid = CloudAccountStore::validate(account); !valid)
        return valid.error();
    return imported;
}

Result<QList<ImportedAccount>> importClouds(const QList<CloudSource> &clouds, const QString &sourceName,
                                            QSet<QString> &takenIds, QList<RejectedCloud> &rejected)
{
    QList<ImportedAccount> imported;
    for (const CloudSource &cloud : clouds) {
        if (cloud.error) {
            rejected.append({cloud.name, *cloud.error});
            continue;
        }
        Result<ImportedAccount> one = mapCloud(cloud);
        if (!one) {
            rejected.append(
                {cloud.name, Error{Error::Kind::InvalidInput, 0,
                                   CloudAccountImport::tr("%1: %2").arg(cloud.where, one.error().message)}});
            continue;
        }
        ImportedAccount account = std::move(one).value();
        account.account.id = CloudAccountImport::makeId(cloud.name, takenIds);
        takenIds.insert(account.account.id);
        imported.append(account);
    }
    if (!imported.isEmpty())
        return imported;
    if (rejected.isEmpty())
        return Error{
            Error::Kind::InvalidInput, 0,
            CloudAccountImport::tr("%1 lists no clouds. Choose the file that lists your clouds.").arg(sourceName)};
    if (rejected.size() == 1)
        return rejected.first().error;
    QStringList reasons;
    for (const RejectedCloud &cloud : std::as_const(rejected))
        reasons.append(cloud.error.message);
    return Error{Error::Kind::InvalidInput, 0,
                 CloudAccountImport::tr("None of the %1 clouds in %2 could be imported:\n%3")
                     .arg(QString::number(rejected.size()), sourceName, reasons.join(QLatin1Char('\n')))};
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, 0,
                     CloudAccountImport::tr("Cannot read %1: %2. Check the file's name and permissions.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.size() > CloudAccountImport::kMaxFileSize)
        return Error{Error::Kind::InvalidInput, 0,
                     CloudAccountImport::tr("%1 is %2 KiB, too large for a cloud configuration. Choose the right file.")
                         .arg(QDir::toNativeSeparators(path), QString::number(file.size() / 1024))};
    return file.read(CloudAccountImport::kMaxFileSize + 1);
}

// What a shell word is made of: plain text, a $VARIABLE, or something Quayside does not evaluate ($(...),
// backquotes, $1, ${X:-y}).
struct ShellPart
{
    enum class Kind { Text, Variable, Unsupported };
    Kind kind;
    QString text;
};

struct ShellCommand
{
    int line = 0;
    QList<QList<ShellPart>> words;
};

// Splits a POSIX shell script into commands and words, following quotes and escapes as the shell does but
// executing nothing.
class ShellReader
{
public:
    explicit ShellReader(const QString &script)
        : m_script(script)
    {}

    // The commands, or the line of a quote that is never closed.
    Result<QList<ShellCommand>> read(const QString &fileName)
    {
        while (m_pos < m_script.size()) {
            const QChar c = m_script.at(m_pos);
            if (c == QLatin1Char('\n')) {
                endCommand();
                ++m_line;
                ++m_pos;
            } else if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
                endWord();
                ++m_pos;
            } else if (c == QLatin1Char(';') || c == QLatin1Char('&') || c == QLatin1Char('|')) {
                endCommand();
                ++m_pos;
            } else if (c == QLatin1Char('#') && !m_inWord) {
                while (m_pos < m_script.size() && m_script.at(m_pos) != QLatin1Char('\n'))
                    ++m_pos;
            } else if (c == QLatin1Char('\\')) {
                if (m_pos + 1 < m_script.size()) {
                    if (m_script.at(m_pos + 1) == QLatin1Char('\n'))
                        ++m_line;
                    else
                        text(m_script.at(m_pos + 1));
                }
                m_pos += 2;
            } else if (c == QLatin1Char('\'')) {
                const int start = m_line;
                const qsizetype end = m_script.indexOf(QLatin1Char('\''), m_pos + 1);
                if (end < 0)
                    return unclosed(fileName, start, QLatin1Char('\''));
                const QString quoted = m_script.mid(m_pos + 1, end - m_pos - 1);
                part(ShellPart::Kind::Text, quoted);
                m_line += int(quoted.count(QLatin1Char('\n')));
                m_pos = end + 1;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('$') || c == QLatin1Char('`')) {
                const bool closed = c == QLatin1Char('"')   ? doubleQuoted()
                                    : c == QLatin1Char('$') ? dollar()
                                                            : backquoted();
                if (!closed)
                    return unclosed(fileName, m_errorLine, m_errorQuote);
            } else {
                text(c);
                ++m_pos;
            }
        }
        endCommand();
        return m_commands;
    }

private:
    static Error unclosed(const QString &fileName, int line, QChar quote)
    {
        return Error{
            Error::Kind::InvalidInput, 0,
            CloudAccountImport::tr("%1, line %2: the %3 opened here is never closed. Fix the file and import it again.")
                .arg(fileName, QString::number(line), QString(quote))};
    }

    void part(ShellPart::Kind kind, const QString &value)
    {
        if (!m_inWord && m_command.words.isEmpty())
            m_command.line = m_line;
        m_inWord = true;
        if (kind == ShellPart::Kind::Text && !m_word.isEmpty() && m_word.last().kind == ShellPart::Kind::Text)
            m_word.last().text += value;
        else
            m_word.append({kind, value});
    }

    void text(QChar c) { part(ShellPart::Kind::Text, QString(c)); }

    void endWord()
    {
        if (m_inWord)
            m_command.words.append(m_word);
        m_word.clear();
        m_inWord = false;
    }

    void endCommand()
    {
        endWord();
        if (!m_command.words.isEmpty())
            m_commands.append(m_command);
        m_command = {};
    }

    bool doubleQuoted()
    {
        const int start = m_line;
        part(ShellPart::Kind::Text, QString());
        ++m_pos;
        while (m_pos < m_script.size()) {
            const QChar c = m_script.at(m_pos);
            if (c == QLatin1Char('"')) {
                ++m_pos;
                return true;
            }
            if (c == QLatin1Char('\\') && m_pos + 1 < m_script.size() &&
                QStringLiteral("$`\"\\\n").contains(m_script.at(m_pos + 1))) {
                if (m_script.at(m_pos + 1) == QLatin1Char('\n'))
                    ++m_line;
                else
                    text(m_script.at(m_pos + 1));
                m_pos += 2;
            } else if (c == QLatin1Char('$')) {
                if (!dollar())
                    return false;
            } else if (c == QLatin1Char('`')) {
                if (!backquoted())
                    return false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                text(c);
                ++m_pos;
            }
        }
        m_errorLine = start;
        m_errorQuote = QLatin1Char('"');
        return false;
    }

    bool dollar()
    {
        const int start = m_line;
        ++m_pos;
        const QChar next = m_pos < m_script.size() ? m_script.at(m_pos) : QChar();
        static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*\\z"));
        if (next == QLatin1Char('{')) {
            const qsizetype end = m_script.indexOf(QLatin1Char('}'), m_pos);
            if (end < 0) {
                m_errorLine = start;
                m_errorQuote = QLatin1Char('{');
                return false;
            }
            const QString inner = m_script.mid(m_pos + 1, end - m_pos - 1);
            part(name.match(inner).hasMatch() ? ShellPart::Kind::Variable : ShellPart::Kind::Unsupported, inner);
            m_line += int(inner.count(QLatin1Char('\n')));
            m_pos = end + 1;
        } else if (next == QLatin1Char('(')) {
            int depth = 0;
            qsizetype end = m_pos;
            for (; end < m_script.size(); ++end) {
                if (m_script.at(end) == QLatin1Char('('))
                    ++depth;
                else if (m_script.at(end) == QLatin1Char(')') && --depth == 0)
                    break;
            }
            if (end >= m_script.size()) {
                m_errorLine = start;
                m_errorQuote = QLatin1Char('(');
                return false;
            }
            const QString inner = m_script.mid(m_pos, end - m_pos + 1);
            part(ShellPart::Kind::Unsupported, inner);
            m_line += int(inner.count(QLatin1Char('\n')));
            m_pos = end + 1;
        } else if ((next.isLetter() && next.unicode() < 0x80) || next == QLatin1Char('_')) {
            qsizetype end = m_pos;
            while (end < m_script.size() &&
                   (m_script.at(end).isLetterOrNumber() || m_script.at(end) == QLatin1Char('_')) &&
                   m_script.at(end).unicode() < 0x80)
                ++end;
            part(ShellPart::Kind::Variable, m_script.mid(m_pos, end - m_pos));
            m_pos = end;
        } else if (next.isDigit() || QStringLiteral("?$#!@*-").contains(next)) {
            part(ShellPart::Kind::Unsupported, QString(next));
            ++m_pos;
        } else {
            text(QLatin1Char('$'));
        }
        return true;
    }

    bool backquoted()
    {
        const qsizetype end = m_script.indexOf(QLatin1Char('`'), m_pos + 1);
        if (end < 0) {
            m_errorLine = m_line;
            m_errorQuote = QLatin1Char('`');
            return false;
        }
        const QString inner = m_script.mid(m_pos + 1, end - m_pos - 1);
        part(ShellPart::Kind::Unsupported, inner);
        m_line += int(inner.count(QLatin1Char('\n')));
        m_pos = end + 1;
        return true;
    }

    const QString &m_script;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_errorLine = 0;
    QChar m_errorQuote;
    bool m_inWord = false;
    QList<ShellPart> m_word;
    ShellCommand m_command;
    QList<ShellCommand> m_commands;
};

// A shell variable as far as Quayside can tell without running anything.
struct ShellValue
{
    enum class State { Known, Prompted, Unknown };
    State state = State::Known;
    QString text;
    QString reason; // why it is Unknown
};

ShellValue expand(const QList<ShellPart> &word, const QHash<QString, ShellValue> &variables)
{
    ShellValue value;
    for (const ShellPart &part : word) {
        switch (part.kind) {
        case ShellPart::Kind::Text: value.text += part.text; break;
        case ShellPart::Kind::Variable: {
            const auto found = variables.constFind(part.text);
            if (found == variables.cend()) {
                if (value.state == ShellValue::State::Known) {
                    value.state = ShellValue::State::Unknown;
                    value.reason =
                        CloudAccountImport::tr("it uses $%1, which the file does not set").arg(part.text.left(64));
                }
            } else if (found->state == ShellValue::State::Prompted) {
                value.state = ShellValue::State::Prompted;
            } else if (found->state == ShellValue::State::Unknown) {
                if (value.state == ShellValue::State::Known) {
                    value.state = ShellValue::State::Unknown;
                    value.reason = found->reason;
                }
            } else {
                value.text += found->text;
            }
            break;
        }
        case ShellPart::Kind::Unsupported:
            if (value.state == ShellValue::State::Known) {
                value.state = ShellValue::State::Unknown;
                value.reason = CloudAccountImport::tr(
                    "it is computed by the shell (a command or special expansion), which Quayside "
                    "does not run");
            }
            break;
        }
    }
    return value;
}

// The word as plain text, if it is nothing but text.
std::optional<QString> plainText(const QList<ShellPart> &word)
{
    QString text;
    for (const ShellPart &part : word) {
        if (part.kind != ShellPart::Kind::Text)
            return std::nullopt;
        text += part.text;
    }
    return text;
}

// NAME=value: the name, and the word with "NAME=" taken off.
std::optional<std::pair<QString, QList<ShellPart>>> assignment(const QList<ShellPart> &word)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)="));
    if (word.isEmpty() || word.first().kind != ShellPart::Kind::Text)
        return std::nullopt;
    const QRegularExpressionMatch match = pattern.match(word.first().text);
    if (!match.hasMatch())
        return std::nullopt;
    QList<ShellPart> value = word;
    value.first().text = value.first().text.mid(match.capturedLength());
    return std::make_pair(match.captured(1), value);
}

// Runs the script's variable assignments in the head: export, plain assignments, unset and read (whose
// variables the user would type in). Conditionals are not evaluated; the dashboards' openrc files use them
// only to unset empty variables, and Quayside treats empty variables as unset anyway.
QHash<QString, ShellValue> evaluate(const QList<ShellCommand> &commands, const QString &fileName, QStringList &warnings)
{
    static const QStringList ignored = {
        QStringLiteral("echo"),   QStringLiteral("printf"), QStringLiteral(":"),    QStringLiteral("true"),
        QStringLiteral("if"),     QStringLiteral("then"),   QStringLiteral("else"), QStringLiteral("elif"),
        QStringLiteral("fi"),     QStringLiteral("["),      QStringLiteral("[["),   QStringLiteral("test"),
        QStringLiteral("return"), QStringLiteral("exit"),   QStringLiteral("set"),
    };
    // read's options that take an argument.
    static const QString readOptionsWithArgument = QStringLiteral("adinNptu");
    QHash<QString, ShellValue> variables;
    for (const ShellCommand &command : commands) {
        const QString first = plainText(command.words.first()).value_or(QString());
        if (assignment(command.words.first())) {
            QList<std::pair<QString, QList<ShellPart>>> assignments;
            for (const auto &word : command.words) {
                const auto one = assignment(word);
                if (!one)
                    break;
                assignments.append(*one);
            }
            // "NAME=value command" sets NAME for that command only.
            if (assignments.size() != command.words.size())
                continue;
            for (const auto &[name, value] : assignments)
                variables.insert(name, expand(value, variables));
        } else if (first == QLatin1String("export") || first == QLatin1String("declare") ||
                   first == QLatin1String("typeset") || first == QLatin1String("readonly")) {
            for (qsizetype i = 1; i < command.words.size(); ++i) {
                if (const auto one = assignment(command.words.at(i)))
                    variables.insert(one->first, expand(one->second, variables));
            }
        } else if (first == QLatin1String("unset")) {
            for (qsizetype i = 1; i < command.words.size(); ++i)
                variables.remove(plainText(command.words.at(i)).value_or(QString()));
        } else if (first == QLatin1String("read")) {
            bool argumentNext = false;
            for (qsizetype i = 1; i < command.words.size(); ++i) {
                const QString word = plainText(command.words.at(i)).value_or(QString());
                if (argumentNext) {
                    argumentNext = false;
                } else if (word.startsWith(QLatin1Char('-')) && word.size() > 1) {
                    argumentNext = readOptionsWithArgument.contains(word.back());
                } else if (!word.isEmpty()) {
                    variables.insert(word, ShellValue{ShellValue::State::Prompted, {}, {}});
                }
            }
        } else if (first == QLatin1String("source") || first == QLatin1String(".")) {
            warnings.append(CloudAccountImport::tr("%1, line %2 reads another file, which Quayside does not follow.")
                                .arg(fileName, QString::number(command.line)));
        } else if (!ignored.contains(first)) {
            warnings.append(
                CloudAccountImport::tr("%1, line %2: the command \"%3\" was not run; Quayside only reads the "
                                       "file's variables.")
                    .arg(fileName, QString::number(command.line), first.left(32)));
        }
    }
    return variables;
}

bool isSecretVariable(const QString &name)
{
    return name == QLatin1String("OS_PASSWORD") || name == QLatin1String("OS_API_KEY") ||
           name == QLatin1String("OS_APPLICATION_CREDENTIAL_SECRET");
}

// A cloud from OS_* variables: OS_AUTH_URL becomes auth_url, and so on, as openstacksdk reads them.
CloudSource sourceFromVariables(const QHash<QString, QString> &variables)
{
    CloudSource cloud;
    cloud.fromEnvironment = true;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        // OS_CLOUD and OS_CLOUD_NAME pick or name a cloud; they are not settings of one.
        if (!it.key().startsWith(QLatin1String("OS_")) || it.key() == QLatin1String("OS_CLOUD") ||
            it.key() == QLatin1String("OS_CLOUD_NAME") || it.value().isEmpty())
            continue;
        cloud.config.insert(it.key().mid(3).toLower(), it.value());
    }
    return cloud;
}

// The name of an account read from OS_* variables when nothing better names it.
QString nameFromVariables(const QHash<QString, QString> &variables, const QString &fallback)
{
    for (const char *key : {"OS_CLOUD_NAME", "OS_PROJECT_NAME", "OS_TENANT_NAME"}) {
        QString value = variables.value(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return fallback;
}

} // namespace

CloudAccountImport::CloudAccountImport(QSet<QString> takenIds)
    : m_takenIds(std::move(takenIds))
{}

QString CloudAccountImport::makeId(const QString &name, const QSet<QString> &taken)
{
    constexpr qsizetype maxLength = 64;
    // Accents come off ("Zürich" gives "zurich"); every run of other characters becomes one '-'.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString base;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_')
            base += QChar(u);
        else if (!base.isEmpty() && !base.endsWith(QLatin1Char('-')))
            base += QLatin1Char('-');
    }
    const auto trimmed = [](QString id, qsizetype length) {
        id.truncate(length);
        while (id.endsWith(QLatin1Char('-')))
            id.chop(1);
        return id;
    };
    base = trimmed(base, maxLength);
    if (base.isEmpty())
        base = QStringLiteral("cloud");
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        QString candidate = trimmed(base, maxLength - suffix.size()) + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

Result<QList<ImportedAccount>> CloudAccountImport::fromCloudsYaml(const QByteArray &cloudsYaml,
                                                                  const QByteArray &secureYaml,
                                                                  const QString &cloudsName, const QString &secureName)
{
    m_rejected.clear();
    Result<QList<CloudSource>> clouds = readYamlClouds(cloudsYaml, cloudsName, true);
    if (!clouds)
        return clouds.error();
    QList<CloudSource> merged = clouds.value();
    if (!secureYaml.isEmpty()) {
        const Result<QList<CloudSource>> secure = readYamlClouds(secureYaml, secureName, false);
        if (!secure)
            return secure.error();
        for (const CloudSource &over : secure.value()) {
            auto base = std::find_if(merged.begin(), merged.end(),
                                     [&over](const CloudSource &cloud) { return cloud.name == over.name; });
            if (base == merged.end()) {
                merged.append(over);
            } else if (over.error) {
                base->error = over.error;
            } else if (!base->error) {
                base->config = mergedOver(base->config, over.config);
                base->warnings += over.warnings;
            }
        }
    }
    return importClouds(merged, cloudsName, m_takenIds, m_rejected);
}

Result<QList<ImportedAccount>> CloudAccountImport::fromCloudsYamlFile(const QString &cloudsPath,
                                                                      const QString &securePath)
{
    m_rejected.clear();
    const Result<QByteArray> clouds = readSmallFile(cloudsPath);
    if (!clouds)
        return clouds.error();
    QString secureFile = securePath;
    if (secureFile.isEmpty()) {
        const QDir folder = QFileInfo(cloudsPath).dir();
        for (const char *name : {"secure.yaml", "secure.yml"}) {
            if (QFileInfo::exists(folder.filePath(QLatin1String(name)))) {
                secureFile = folder.filePath(QLatin1String(name));
                break;
            }
        }
    }
    QByteArray secure;
    if (!secureFile.isEmpty()) {
        const Result<QByteArray> read = readSmallFile(secureFile);
        if (!read)
            return read.error();
        secure = read.value();
    }
    return fromCloudsYaml(clouds.value(), secure, QDir::toNativeSeparators(cloudsPath),
                          QDir::toNativeSeparators(secureFile));
}

Result<QList<ImportedAccount>> CloudAccountImport::fromOpenRc(const QByteArray &script, const QString &fileName)
{
    m_rejected.clear();
    const QString text = QString::fromUtf8(script);
    Result<QList<ShellCommand>> commands = ShellReader(text).read(fileName);
    if (!commands)
        return commands.error();
    QStringList warnings;
    const QHash<QString, ShellValue> variables = evaluate(commands.value(), fileName, warnings);

    QHash<QString, QString> known;
    QStringList names = variables.keys();
    std::sort(names.begin(), names.end());
    bool setsAny = false;
    for (const QString &name : std::as_const(names)) {
        if (!name.startsWith(QLatin1String("OS_")))
            continue;
        setsAny = true;
        const ShellValue &value = variables.value(name);
        if (value.state == ShellValue::State::Known) {
            known.insert(name, value.text);
        } else if (value.state == ShellValue::State::Unknown) {
            warnings.append(
                isSecretVariable(name)
                    ? CloudAccountImport::tr("%1 was not taken: %2. Enter it when asked.").arg(name, value.reason)
                    : CloudAccountImport::tr("%1 was not taken: %2. Check the account's settings.")
                          .arg(name, value.reason));
        }
    }
    if (!setsAny)
        return Error{Error::Kind::InvalidInput, 0,
                     tr("%1 sets no OS_* variables, so it is not an OpenStack RC file. Download the \"OpenStack RC "
                        "File\" from your cloud's dashboard (under API Access) and import that.")
                         .arg(fileName)};

    // "demo-openrc.sh" names the project demo.
    QString name = QFileInfo(fileName).fileName();
    for (const char *suffix : {".sh", ".txt", "-openrc", "_openrc", ".openrc", "openrc"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            name.chop(qsizetype(qstrlen(suffix)));
    }
    if (name.trimmed().isEmpty())
        name = nameFromVariables(known, QStringLiteral("openrc"));

    CloudSource cloud = sourceFromVariables(known);
    cloud.name = name;
    cloud.where = fileName;
    cloud.warnings = warnings;
    return importClouds({cloud}, fileName, m_takenIds, m_rejected);
}

Result<QList<ImportedAccount>> CloudAccountImport::fromOpenRcFile(const QString &path)
{
    m_rejected.clear();
    const Result<QByteArray> script = readSmallFile(path);
    if (!script)
        return script.error();
    return fromOpenRc(script.value(), QDir::toNativeSeparators(path));
}

Result<QList<ImportedAccount>> CloudAccountImport::fromEnvironment(const QProcessEnvironment &environment)
{
    m_rejected.clear();
    QHash<QString, QString> variables;
    const QStringList keys = environment.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("OS_")))
            variables.insert(key, environment.value(key));
    }
    const QString where = tr("the environment");
    const QString selected = variables.value(QStringLiteral("OS_CLOUD")).trimmed();
    if (variables.value(QStringLiteral("OS_AUTH_URL")).trimmed().isEmpty()) {
        if (!selected.isEmpty())
            return Error{Error::Kind::InvalidInput, 0,
                         tr("OS_CLOUD selects the cloud \"%1\" of your clouds.yaml; the environment holds no account "
                            "of its own. Import clouds.yaml instead.")
                             .arg(selected.left(64))};
        return Error{Error::Kind::InvalidInput, 0,
                     tr("The environment holds no OpenStack account: OS_AUTH_URL is not set. Load your openrc file "
                        "(or import it directly), or import clouds.yaml.")};
    }
    CloudSource cloud = sourceFromVariables(variables);
    cloud.name = nameFromVariables(variables, QStringLiteral("environment"));
    cloud.where = where;
    if (!selected.isEmpty())
        cloud.warnings.append(
            tr("OS_CLOUD (\"%1\") was ignored: the account comes from the OS_* variables.").arg(selected.left(64)));
    return importClouds({cloud}, where, m_takenIds, m_rejected);
}

} // namespace quayside
