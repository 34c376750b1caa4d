#include "cloud/KeystoneClient.h"

#include "core/HttpDate.h"
#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace quayside {

namespace {

bool isV3(CloudAuthMethod method)
{
    return method == CloudAuthMethod::KeystoneV3Password || method == CloudAuthMethod::KeystoneV3ApplicationCredential;
}

Error missing(const QString &what)
{
    return Error{Error::Kind::InvalidInput, 0,
                 KeystoneClient::tr("The account has no %1; add it and try again.").arg(what)};
}

// A domain by id or by name. Keystone's own default domain has the id "default"; accounts that name none
// are meant to be in it.
QJsonObject domain(const QString &id, const QString &name)
{
    if (!id.isEmpty())
        return {{QStringLiteral("id"), id}};
    if (!name.isEmpty())
        return {{QStringLiteral("name"), name}};
    return {{QStringLiteral("id"), QStringLiteral("default")}};
}

Result<QJsonObject> v3User(const CloudAccount &account)
{
    if (!account.userId.isEmpty())
        return QJsonObject{{QStringLiteral("id"), account.userId}};
    if (account.userName.isEmpty())
        return missing(KeystoneClient::tr("user name or user id"));
    return QJsonObject{{QStringLiteral("name"), account.userName},
                       {QStringLiteral("domain"), domain(account.userDomainId, account.userDomainName)}};
}

Error unreadable(const QString &what)
{
    return Error{Error::Kind::Protocol, 0,
                 KeystoneClient::tr("The identity service sent a token Quayside cannot read: %1.").arg(what)};
}

// How far the cloud's clock is ahead of ours, from the moment it answered. A Date header counts whole
// seconds, so the cloud's true time lies up to a second after it; taking the latest makes the token end
// earlier rather than later here, and renewing a moment early costs nothing.
qint64 cloudAheadMs(const QDateTime &cloudNow)
{
    return cloudNow.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(cloudNow.addMSecs(999)) : 0;
}

} // namespace

KeystoneClient::KeystoneClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_http(tr("the identity service"), network, this)
{}

QDateTime KeystoneClient::parseTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?(Z|[+-]\\d{2}:?\\d{2})?\\z"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    QTime time = QTime::fromString(match.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    // Keystone writes microseconds; Qt keeps milliseconds.
    const QString fraction = match.captured(3);
    if (!fraction.isEmpty())
        time = time.addMSecs(QString(fraction + QStringLiteral("00")).left(3).toInt());
    QDateTime result(date, time, QTimeZone::utc());
    const QString zone = match.captured(4);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int offsetS = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) *
                            (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
        result = result.addSecs(-offsetS);
    }
    return result;
}

Result<QUrl> KeystoneClient::tokensUrl(const CloudAccount &account)
{
    QUrl url = account.authUrl;
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("\"%1\" is not an identity service address such as https://keystone.example.com:5000/v3.")
                         .arg(account.authUrl.toDisplayString())};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const bool v3 = isV3(account.method);
    const bool namesV3 = path.endsWith(QLatin1String("/v3"));
    const bool namesV2 = path.endsWith(QLatin1String("/v2.0"));
    if ((v3 && namesV2) || (!v3 && namesV3))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("The address %1 is for Keystone %2, but the account signs in with %3. Change one of them.")
                         .arg(account.authUrl.toDisplayString(),
                              namesV3 ? QStringLiteral("v3") : QStringLiteral("v2.0"),
                              v3 ? QStringLiteral("v3") : QStringLiteral("v2.0"))};
    if (!namesV3 && !namesV2)
        path += v3 ? QStringLiteral("/v3") : QStringLiteral("/v2.0");
    path += v3 ? QStringLiteral("/auth/tokens") : QStringLiteral("/tokens");
    url.setPath(path);
    url.setQuery(QString());
    return url;
}

bool KeystoneClient::canSignInUnscoped(CloudAuthMethod method)
{
    return method == CloudAuthMethod::KeystoneV2Password || method == CloudAuthMethod::KeystoneV3Password;
}

Result<QByteArray> KeystoneClient::requestBody(const CloudAccount &account, const QByteArray &secret, Scope scope)
{
    const bool scoped = scope == Scope::Project;
    if (secret.isEmpty())
        return missing(account.method == CloudAuthMethod::RackspaceApiKey ? tr("API key") : tr("password or secret"));
    const QString secretText = QString::fromUtf8(secret);
    QJsonObject auth;
    switch (account.method) {
    case CloudAuthMethod::RackspaceApiKey:
        if (account.userName.isEmpty())
            return missing(tr("user name"));
        auth.insert(
            QStringLiteral("RAX-KSKEY:apiKeyCredentials"),
            QJsonObject{{QStringLiteral("username"), account.userName}, {QStringLiteral("apiKey"), secretText}});
        break;
    case CloudAuthMethod::KeystoneV2Password:
        if (account.userName.isEmpty())
            return missing(tr("user name"));
        auth.insert(QStringLiteral("passwordCredentials"), QJsonObject{{QStringLiteral("username"), account.userName},
                                                                       {QStringLiteral("password"), secretText}});
        if (!scoped)
            break;
        if (!account.projectId.isEmpty())
            auth.insert(QStringLiteral("tenantId"), account.projectId);
        else if (!account.projectName.isEmpty())
            auth.insert(QStringLiteral("tenantName"), account.projectName);
        else
            return missing(tr("project (tenant)"));
        break;
    case CloudAuthMethod::KeystoneV3Password: {
        auto user = v3User(account);
        if (!user)
            return user.error();
        QJsonObject userWithPassword = user.value();
        userWithPassword.insert(QStringLiteral("password"), secretText);
        auth.insert(QStringLiteral("identity"),
                    QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), userWithPassword}}}});
        if (!scoped)
            break;
        QJsonObject project;
        if (!account.projectId.isEmpty()) {
            project.insert(QStringLiteral("id"), account.projectId);
        } else if (!account.projectName.isEmpty()) {
            project.insert(QStringLiteral("name"), account.projectName);
            project.insert(QStringLiteral("domain"), domain(account.projectDomainId, account.projectDomainName));
        } else {
            return missing(tr("project"));
        }
        auth.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("project"), project}});
        break;
    }
    case CloudAuthMethod::KeystoneV3ApplicationCredential: {
        // An application credential carries its own project scope: no scope is sent.
        QJsonObject credential{{QStringLiteral("secret"), secretText}};
        if (!account.applicationCredentialId.isEmpty()) {
            credential.insert(QStringLiteral("id"), account.applicationCredentialId);
        } else if (!account.applicationCredentialName.isEmpty()) {
            auto user = v3User(account);
            if (!user)
                return user.error();
            credential.insert(QStringLiteral("name"), account.applicationCredentialName);
            credential.insert(QStringLiteral("user"), user.value());
        } else {
            return missing(tr("application credential id or name"));
        }
        auth.insert(QStringLiteral("identity"),
                    QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("application_credential")}},
                                {QStringLiteral("application_credential"), credential}});
        break;
    }
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson(QJsonDocument::Compact);
}

Result<KeystoneToken> KeystoneClient::readV2(const QByteArray &body, const QDateTime &cloudNow)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject access = document.object().value(QLatin1String("access")).toObject();
    if (access.isEmpty())
        return unreadable(tr("no \"access\" object"));
    const QJsonObject token = access.value(QLatin1String("token")).toObject();
    KeystoneToken result;
    result.id = token.value(QLatin1String("id")).toString().toUtf8();
    if (result.id.isEmpty())
        return unreadable(tr("no token id"));
    const QDateTime expires = parseTime(token.value(QLatin1String("expires")).toString());
    if (!expires.isValid())
        return unreadable(tr("no readable expiry"));
    result.expiresAt = expires.addMSecs(-cloudAheadMs(cloudNow));
    const QJsonObject tenant = token.value(QLatin1String("tenant")).toObject();
    result.projectId = tenant.value(QLatin1String("id")).toString();
    result.projectName = tenant.value(QLatin1String("name")).toString();
    const QJsonObject user = access.value(QLatin1String("user")).toObject();
    result.userId = user.value(QLatin1String("id")).toString();
    result.userName = user.value(QLatin1String("name")).toString();
    result.defaultRegion = user.value(QLatin1String("RAX-AUTH:defaultRegion")).toString();
    auto catalog = ServiceCatalog::fromKeystoneV2(access.value(QLatin1String("serviceCatalog")).toArray());
    if (!catalog)
        return catalog.error();
    result.catalog = std::move(catalog).value();
    return result;
}

Result<KeystoneToken> KeystoneClient::readV3(const QByteArray &tokenId, const QByteArray &body,
                                             const QDateTime &cloudNow)
{
    if (tokenId.isEmpty())
        return unreadable(tr("no X-Subject-Token header"));
    const QJsonObject token = QJsonDocument::fromJson(body).object().value(QLatin1String("token")).toObject();
    if (token.isEmpty())
        return unreadable(tr("no \"token\" object"));
    KeystoneToken result;
    result.id = tokenId;
    const QDateTime expires = parseTime(token.value(QLatin1String("expires_at")).toString());
    if (!expires.isValid())
        return unreadable(tr("no readable expiry"));
    result.expiresAt = expires.addMSecs(-cloudAheadMs(cloudNow));
    const QJsonObject user = token.value(QLatin1String("user")).toObject();
    result.userId = user.value(QLatin1String("id")).toString();
    result.userName = user.value(QLatin1String("name")).toString();
    const QJsonObject project = token.value(QLatin1String("project")).toObject();
    result.projectId = project.value(QLatin1String("id")).toString();
    result.projectName = project.value(QLatin1String("name")).toString();
    if (!token.contains(QLatin1String("catalog")))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("The identity service gave a token without a project, so it opens no services. Name the "
                        "project in the account.")};
    auto catalog = ServiceCatalog::fromKeystoneV3(token.value(QLatin1String("catalog")).toArray());
    if (!catalog)
        return catalog.error();
    result.catalog = std::move(catalog).value();
    return result;
}

void KeystoneClient::finishEarly(QObject *context, const std::function<void()> &report)
{
    QPointer<QObject> guard(context);
    // Asynchronous like every other outcome, so callers have one path.
    QMetaObject::invokeMethod(
        this,
        [guard, report] {
            if (guard)
                report();
        },
        Qt::QueuedConnection);
}

Result<CloudRequest> KeystoneClient::tokensRequest(const CloudAccount &account, const QByteArray &secret, Scope scope)
{
    auto url = tokensUrl(account);
    if (!url)
        return url.error();
    auto body = requestBody(account, secret, scope);
    if (!body)
        return body.error();
    CloudRequest request;
    request.verb = "POST";
    request.url = url.value();
    request.body = body.value();
    return request;
}

void KeystoneClient::authenticate(const CloudAccount &account, const QByteArray &secret, QObject *context,
                                  Callback<KeystoneToken> done)
{
    const auto request = tokensRequest(account, secret, Scope::Project);
    if (!request) {
        finishEarly(context, [done, error = request.error()] { done(error); });
        return;
    }
    const bool v3 = isV3(account.method);
    qCInfo(lcCloud) << "signing in to" << request.value().url.host() << "as" << account.id;
    m_http.send(request.value(), context, [done, v3](const Result<CloudResponse> &response) {
        if (!response) {
            done(response.error());
            return;
        }
        const QDateTime cloudNow = parseHttpDate(response.value().header(QByteArrayLiteral("Date")));
        done(v3 ? readV3(response.value().header(QByteArrayLiteral("X-Subject-Token")), response.value().body, cloudNow)
                : readV2(response.value().body, cloudNow));
    });
}

void KeystoneClient::checkUserUnscoped(const CloudAccount &account, const QByteArray &secret, QObject *context,
                                       Callback<void> done)
{
    const auto request = canSignInUnscoped(account.method)
                             ? tokensRequest(account, secret, Scope::Unscoped)
                             : Result<CloudRequest>(Error{Error::Kind::InvalidInput, 0,
                                                          tr("This way of signing in always names a project.")});
    if (!request) {
        finishEarly(context, [done, error = request.error()] { done(error); });
        return;
    }
    qCInfo(lcCloud) << "signing in without a project to" << request.value().url.host() << "as" << account.id;
    m_http.send(request.value(), context, [done](const Result<CloudResponse> &response) {
        if (!response)
            done(response.error());
        else
            done(Result<void>());
    });
}

} // namespace quayside
