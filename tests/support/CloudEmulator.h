#pragma once

#include "LoopbackHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace quayside::test {

// An OpenStack cloud on 127.0.0.1 for the cloud clients' tests: Keystone v2.0 (with Rackspace's API-key
// extension) and v3, Nova v2/v2.1 and enough of Glance v2 to follow a snapshot. OpenStack itself cannot
// run here, so this stands in for it. Every body it sends is an official API sample from
// tests/data/api-samples (see SOURCES.txt there) with values changed and the shape kept; where the samples
// have nothing (error bodies, a server's fault, a snapshot's "server"), the shape follows the official API
// reference, and the .cpp says which.
//
// It runs on the test's thread and event loop: drive it with an asynchronous client (QNetworkAccessManager)
// and wait with QSignalSpy / QTRY_*.
//
// URL layout (P is port()):
//   identity   http://127.0.0.1:P/identity            POST .../v2.0/tokens, POST .../v3/auth/tokens
//   compute    http://127.0.0.1:P/compute/<region>/<interface>/<version>/<tenant>
//   image      http://127.0.0.1:P/image/<region>/<interface>[/v2]
//   other      http://127.0.0.1:P/service/<type>/<region>/<interface>/...   (in the catalog, answers 404)
// <region> is the catalog's region in lower case ("iad", "regionone"; "global" where the catalog has none),
// <interface> is public, internal or admin: the path tells which catalog URL a client used; all interfaces
// of a region reach the same servers. <version> and the path after it are the sample's: Rackspace's catalog
// says v2 (no microversions there, as on Rackspace), Keystone v3's compute v2.1, its compute_legacy and
// Keystone v2.0's v2. A compute URL without the tenant (".../v2.1/servers") works as on Nova 2.1.
// Version discovery answers without a token, as the real services do (GET identity, identity/v3, a compute
// prefix, prefix/v2.1, an image prefix): the official `openstack` CLI runs whole flows against this emulator.
//
// Routes (all need X-Auth-Token with a project-scoped, unexpired token, else 401):
//   Nova    GET flavors, flavors/detail, flavors/{id}, flavors/{id}/os-extra_specs
//           GET images, images/detail, images/{id}; DELETE images/{id}
//           GET os-keypairs, os-keypairs/{name}; POST os-keypairs (import: public_key required); DELETE
//           GET servers, servers/detail (limit, marker, name as a regular expression, status);
//           POST servers; GET, DELETE servers/{id}; POST servers/{id}/action {"createImage": ...},
//           {"os-getConsoleOutput": {"length": N or null}} ({"output": ...}, 409 while the server builds)
//           GET limits
//   Glance  GET v2/images, v2/images/{id}
// Microversions (OpenStack-API-Version: compute 2.N or X-OpenStack-Nova-API-Version: 2.N, "latest" too) count
// on v2.1 URLs: createImage answers {"image_id"} without Location from 2.45, key pair import 201 and delete
// 204 from 2.2, personality is refused from 2.57, networks are required from 2.37. Bodies otherwise keep
// the 2.1 samples' shape at every microversion. Pagination is Nova's: a next link whenever a page came
// back full, so the page after the last full one may be empty.
//
// Errors: Nova {"itemNotFound": {"code": 404, "message": ...}} (badRequest, forbidden, conflictingRequest,
// overLimit, computeFault, serviceUnavailable by status); Keystone {"error": {"code", "message", "title"}};
// Rackspace Identity {"unauthorized": {"code", "message"}}. A refused token at Nova or Glance gets
// keystonemiddleware's {"error": ...} and WWW-Authenticate (OpenStack) or {"unauthorized": ...} (Rackspace);
// Glance's own errors are plain text.
//
// Timing: a server is BUILD for setServerBuildPolls() polls, then ACTIVE (or ERROR). A poll is a GET that
// shows the server's status (servers/{id} or servers/detail); the create itself is none, nor is the plain
// servers list. The same holds for a snapshot (images/{id}, images/detail, Glance's images and images/{id},
// and polls of the server being imaged), for deletion and for RackConnect. Each phase can also end by time
// (set...Ms); whichever comes first wins. The defaults keep whole flows well under a second.
class CloudEmulator : public QObject
{
    Q_OBJECT

public:
    // Which cloud the samples describe. Rackspace: Keystone v2.0 only (API key or password), the Rackspace
    // catalog, servers on "public" (IPv4 + IPv6) and "private" (ServiceNet), progress 100 when ACTIVE.
    // OpenStack: Keystone v2.0 (password) and v3, the Keystone sample catalogs, servers on "private".
    enum class Profile { OpenStack, Rackspace };

    struct User
    {
        QString name;
        QString password; // Keystone v2.0 passwordCredentials and v3 password; empty: refused
        QString apiKey;   // Rackspace RAX-KSKEY:apiKeyCredentials; empty: refused
        QString id;       // empty: a random 32-digit hex id
        QString domainId = QStringLiteral("default");
        QString domainName = QStringLiteral("Default");
        QString projectId;                             // the tenant; empty: a random 32-digit hex id
        QString projectName;                           // empty: the project id
        QString defaultRegion = QStringLiteral("IAD"); // Rackspace's RAX-AUTH:defaultRegion
    };

    // A fault injected into the replies to requests that match. Status faults (Unauthorized ... Unavailable)
    // replace the reply before the request takes effect: nothing is created or deleted. The others change
    // how the normal reply looks or arrives, after the request took effect (a POST /servers whose reply is
    // dropped did create the server, as on a real cloud), and combine with each other.
    struct Fault
    {
        enum class Kind {
            Unauthorized,     // 401, as for an expired token, with the service's error body
            OverLimit413,     // 413 with Retry-After and Nova's overLimit body
            OverLimit429,     // 429 with Retry-After and Nova's overLimit body
            InternalError,    // 500, Nova computeFault / Keystone error
            Unavailable,      // 503, Nova serviceUnavailable / Keystone error
            DropBeforeReply,  // close the connection without answering (QNetworkAccessManager retries this
                              // on its own a few times, as for any connection lost before a reply)
            DropAfterHeaders, // close after the status line and headers
            DropMidBody,      // close after half of the body
            Slow,             // answer after delayMs
            Chunked,          // Transfer-Encoding: chunked instead of Content-Length
            OmitLocation,     // no Location header (server create, createImage before 2.45)
            SloppyValues,     // every JSON number in the body becomes "" (progress "", ram "", ...)
            NonUuidIds,       // a server or snapshot created by this request gets a decimal id, not a UUID
            ExtraFields,      // unknown keys ("EMULATOR-EXT:unknown_field", "emulator_unknown_object") added to
                              // the body and to the objects two levels down
            NotJson,          // the body replaced by an HTML page, as a proxy in front of the cloud may send
        };

        QByteArray method;   // e.g. "POST"; empty: any method
        QString pathPattern; // a regular expression searched for in the request's path (query excluded)
        Kind kind = Kind::InternalError;
        int count = 1; // how many matching requests get it; -1: all of them
        int retryAfterSeconds = 1;
        int delayMs = 0; // for Slow
    };

    // One request the emulator received, and what it did with it.
    struct LoggedRequest
    {
        QByteArray method;
        QString target; // path and query as sent, percent-encoded
        QString path;   // decoded, without query
        QString query;  // decoded
        HttpHeaders headers;
        QByteArray body;
        QString service;   // "identity", "compute", "image", or empty for anything else
        QString region;    // compute and image: from the path, lower case
        QString interface; // compute and image: "public", "internal" or "admin"
        int status = 0;    // the status line sent (also for a reply dropped after the headers); 0: none
        QList<Fault::Kind> faults;

        QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
        QJsonObject json() const;                        // the body as a JSON object, or empty
    };

    // What a test may assert about a server. Reading it does not count as a poll.
    struct Server
    {
        QString id;
        QString name;
        QString status;    // what a GET shows now: BUILD, ACTIVE, ERROR, DELETED
        QString taskState; // empty for none, else e.g. "spawning", "image_snapshot", "deleting"
        int progress = 0;
        QString region; // lower case
        QString tenantId;
        QString userId;
        QString imageRef;
        QString flavorRef;
        QString keyName;
        QJsonObject metadata;                          // as a GET shows it now, RackConnect keys included
        QByteArray userData;                           // decoded
        QList<QPair<QString, QByteArray>> personality; // path, decoded contents
        QStringList networks;                          // uuids from the request
        QString accessIPv4;
        QString accessIPv6;
        QString adminPass;
        int polls = 0;
    };

    // A Glance image: the sample images, the seeded snapshot and those made by createImage.
    struct Image
    {
        QString id;
        QString name;
        QString glanceStatus; // queued, saving, active, killed, deleted
        QString serverId;     // the server a snapshot was made of; empty for a base image
        QJsonObject metadata; // Nova's image metadata (Glance properties)
        int polls = 0;
    };

    // A server put in place without the API, ACTIVE at once.
    struct ServerSeed
    {
        QString name;
        QString tenantId;
        QString region = QStringLiteral("regionone"); // any case
        QString imageRef;                             // empty: the image the server samples boot from (70a599e0-...)
        QString flavorRef = QStringLiteral("1");
        QJsonObject metadata;
    };

    enum class RackConnect { Off, Deployed, Failed, Unprocessable };
    enum class ImageOutcome { Active, Killed, Deleted };

    explicit CloudEmulator(Profile profile = Profile::OpenStack, QObject *parent = nullptr);
    ~CloudEmulator() override;

    // Loads the samples and listens on 127.0.0.1. False with errorString() when either fails.
    bool start();
    QString errorString() const { return m_error; }
    quint16 port() const;
    Profile profile() const { return m_profile; }

    QUrl baseUrl() const;     // http://127.0.0.1:P
    QUrl identityUrl() const; // http://127.0.0.1:P/identity
    QUrl identityV2Url() const;
    QUrl identityV3Url() const;
    // The start of every catalog URL of that service, region and interface, e.g.
    // computePrefix("IAD") = http://127.0.0.1:P/compute/iad/public
    QUrl computePrefix(const QString &region, const QString &interface = QStringLiteral("public")) const;
    QUrl imagePrefix(const QString &region, const QString &interface = QStringLiteral("public")) const;
    // Where the samples are read from.
    static QString samplesDirectory();

    // Users and credentials. addUser returns the user's id.
    QString addUser(const User &user);
    // An application credential of the user named userName (Keystone v3): it authenticates by id + secret,
    // or by name + user (id, or name + domain) + secret, and is scoped to the user's project.
    void addApplicationCredential(const QString &id, const QString &name, const QString &userName,
                                  const QString &secret);

    // Tokens live this long from issue (default one hour). Expired tokens get 401 from Nova and Glance.
    void setTokenLifetimeMs(qint64 ms) { m_tokenLifetimeMs = ms; }
    // Every token issued so far is expired from now on; new ones are not.
    void expireAllTokens();
    int issuedTokenCount() const { return static_cast<int>(m_tokens.size()); }

    // The compute catalog's regions, copied from the sample's first region with new ids (default: the
    // sample's own regions; Rackspace's sample has DFW, HKG, IAD, SYD for compute).
    void setComputeRegions(const QStringList &regions) { m_computeRegions = regions; }

    // Timing knobs, see the class comment. Defaults: 2 polls each for build, delete and snapshot, no time
    // limits (-1 turns one off again).
    void setServerBuildPolls(int polls) { m_buildPolls = polls; }
    void setServerBuildMs(int ms) { m_buildMs = ms; }
    // After DELETE a server shows task_state "deleting" on the first poll, status DELETED on the polls after
    // that up to `polls`, and 404 itemNotFound from then on (0: 404 at once).
    void setServerDeletePolls(int polls) { m_deletePolls = polls; }
    void setImageSavePolls(int polls) { m_imagePolls = polls; }
    void setImageSaveMs(int ms) { m_imageMs = ms; }
    // RackConnect v2 (Rackspace): once ACTIVE, rackconnect_automation_status reads DEPLOYING for
    // pollsAfterActive polls, then the outcome; on DEPLOYED the server's accessIPv4 becomes the RackConnect
    // public address (RackConnect NATs a dedicated public IP to the server's ServiceNet address).
    void setRackConnect(RackConnect outcome, int pollsAfterActive = 2);
    // The next `count` servers created end their build in ERROR with this fault.
    void failServerBuilds(
        int count, int code = 500,
        const QString &message = QStringLiteral("No valid host was found. There are not enough hosts available."));
    // The next `count` snapshots end as killed (Nova ERROR) or deleted (gone: 404) instead of active.
    void failImageSaves(int count, ImageOutcome outcome);
    // Nova's instance quota (default: the limits sample's maxTotalInstances); beyond it a create gets 403.
    void setMaxServers(int count) { m_maxServers = count; }

    void injectFault(const Fault &fault);
    void clearFaults() { m_faults.clear(); }

    QList<LoggedRequest> requests() const { return m_log; }
    // The logged requests whose method is `method` (empty: any) and whose path matches pathPattern.
    QList<LoggedRequest> requests(const QByteArray &method, const QString &pathPattern) const;
    int requestCount(const QByteArray &method, const QString &pathPattern) const;
    void clearRequests() { m_log.clear(); }

    // Server state. servers() holds every server not yet gone (deleting ones included), oldest first.
    // addServer and addFlavor need the samples: call them after start().
    QList<Server> servers() const;
    std::optional<Server> server(const QString &id) const;
    int serverCount() const { return static_cast<int>(servers().size()); }
    QString addServer(const ServerSeed &seed);
    QString addServer(const QString &name, const QString &tenantId,
                      const QString &region = QStringLiteral("RegionOne"));
    // What os-getConsoleOutput shows for a server. By default a cloud-init boot log whose
    // "-----BEGIN SSH HOST KEY FINGERPRINTS-----" block holds consoleFingerprint(id).
    void setConsoleOutput(const QString &serverId, const QString &text);
    static QString consoleFingerprint(const QString &serverId);
    QList<Image> images() const;
    std::optional<Image> image(const QString &id) const;
    QStringList keypairNames(const QString &userId) const;
    // A flavor beside the sample's, e.g. Rackspace's "general1-1".
    void addFlavor(const QString &id, const QString &name, int ramMb, int diskGb, int vcpus);
    // An active base image beside the sample's (whose names are all "fakeimage..."), e.g. "Debian 12
    // (Bookworm)", drawn from the images-details sample's first image. Returns its id.
    QString addImage(const QString &name);

private:
    struct Token;
    struct ServerState;
    struct ImageState;
    struct Keypair;
    struct ApplicationCredential;
    struct Call;

    HttpReply handle(const HttpRequest &request);
    HttpReply route(Call &call);
    HttpReply identity(Call &call);
    HttpReply authenticateV2(Call &call);
    HttpReply authenticateV3(Call &call);
    HttpReply compute(Call &call);
    HttpReply glance(Call &call);
    HttpReply flavors(Call &call, const QStringList &rest);
    HttpReply novaImages(Call &call, const QStringList &rest);
    HttpReply keypairs(Call &call, const QStringList &rest);
    HttpReply serversCollection(Call &call, const QStringList &rest);
    HttpReply createServer(Call &call);
    HttpReply serverAction(Call &call, ServerState &server);
    HttpReply consoleOutput(Call &call, const ServerState &server);
    HttpReply limits(Call &call);

    QJsonArray catalogV2(const QJsonArray &sampleCatalog) const;
    QJsonArray catalogV3(const QJsonArray &sampleCatalog) const;
    QString rewriteUrl(const QString &url, const QString &type, const QString &region, const QString &interface) const;
    QJsonObject renderServer(const Call &call, ServerState &server, bool detail, bool countPoll);
    QJsonObject renderNovaImage(const Call &call, ImageState &image, bool detail, bool countPoll);
    QJsonObject renderGlanceImage(const Call &call, ImageState &image, bool countPoll);
    QJsonObject renderFlavor(const Call &call, const QJsonObject &flavor, bool detail) const;
    QJsonObject linksFor(const Call &call, const QString &collection, const QString &id) const;
    // Move a server or image along its phases; a poll counts only when countPoll.
    void advanceServer(ServerState &server, bool countPoll) const;
    void advanceImage(ImageState &image, bool countPoll) const;
    ServerState *findServer(const Call &call, const QString &id);
    ImageState *findImage(const QString &id);
    Server describe(const ServerState &state) const;
    QJsonObject serverMetadataNow(const ServerState &server) const;
    const Token *validToken(const QByteArray &id) const;
    bool loadSamples();
    QJsonObject sample(const QString &relativePath) const;

    Profile m_profile;
    QString m_error;
    std::unique_ptr<LoopbackHttpServer> m_http;
    QHash<QString, QJsonObject> m_samples;

    QList<User> m_users;
    QList<std::shared_ptr<ApplicationCredential>> m_applicationCredentials;
    QHash<QString, std::shared_ptr<Token>> m_tokens;
    qint64 m_tokenLifetimeMs = qint64(3600) * 1000;
    QStringList m_computeRegions;

    QList<std::shared_ptr<ServerState>> m_servers;
    QList<std::shared_ptr<ImageState>> m_images;
    QList<std::shared_ptr<Keypair>> m_keypairs;
    QJsonArray m_flavors; // flavor objects in the flavors-detail sample's shape
    int m_serverSequence = 0;
    int m_keypairSequence = 0;

    int m_buildPolls = 2;
    int m_buildMs = -1;
    int m_deletePolls = 2;
    int m_imagePolls = 2;
    int m_imageMs = -1;
    RackConnect m_rackConnect = RackConnect::Off;
    int m_rackConnectPolls = 2;
    int m_failBuilds = 0;
    int m_failCode = 500;
    QString m_failMessage;
    int m_failImages = 0;
    ImageOutcome m_failImageOutcome = ImageOutcome::Killed;
    int m_maxServers = -1;

    QList<Fault> m_faults;
    QList<LoggedRequest> m_log;
};

} // namespace quayside::test
