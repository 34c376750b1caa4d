#pragma once

#include "cloud/CloudAccount.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QSet>
#include <QStringList>

namespace quayside {

// One account found in a file or in the environment, with its secret when the source held it.
struct ImportedAccount
{
    CloudAccount account;
    QByteArray secret;        // the password, API key or application-credential secret; empty when absent
    bool needsSecret = false; // the source does not hold the secret (openrc files prompt for it): ask the user
    QStringList warnings;     // what was ignored or assumed, for the user to check before saving
};

// A cloud of the source that could not be imported, and why.
struct RejectedCloud
{
    QString name; // the cloud's name in clouds.yaml, or the openrc file or "environment"
    Error error;  // InvalidInput, with a message naming the source, the cloud and what to change
};

// Turns what users already have into accounts and secrets, without running anything:
//  - clouds.yaml, with secure.yaml merged over it as openstacksdk does (secure.yaml's clouds.<name> keys
//    replace or add to those of clouds.yaml, nested maps such as auth merged key by key);
//  - an openrc file as OpenStack dashboards hand out, parsed as text (export/assignment/unset/read lines,
//    quoting, $VAR expansion of variables the file itself set) and never executed;
//  - the OS_* variables of an environment.
//
// A source with several clouds imports every cloud it can: the call fails only when the source as a whole
// cannot be read (unreadable or malformed file, no clouds in it) or when not one of its clouds could be
// imported. Clouds that could not be imported are listed in rejected(), each with its reason; the error of
// a call where all failed names them too.
//
// Ids are made from the cloud names (lower case, a-z 0-9 '-' '_', at most 64 characters) and are unique
// among the ids given to the constructor and all ids this object has handed out.
class CloudAccountImport
{
    Q_DECLARE_TR_FUNCTIONS(CloudAccountImport)

public:
    // Files larger than this are refused: a clouds.yaml or openrc file is a few KiB.
    static constexpr qint64 kMaxFileSize = qint64(1024) * 1024;

    // `takenIds`: ids already in use (the user's accounts), which imported accounts must not get.
    explicit CloudAccountImport(QSet<QString> takenIds = {});

    // `cloudsName` and `secureName` name the files in messages.
    Result<QList<ImportedAccount>> fromCloudsYaml(const QByteArray &cloudsYaml, const QByteArray &secureYaml = {},
                                                  const QString &cloudsName = QStringLiteral("clouds.yaml"),
                                                  const QString &secureName = QStringLiteral("secure.yaml"));
    // Reads the file, and secure.yaml (or secure.yml) beside it when `securePath` is empty and such a file
    // exists, as openstacksdk would.
    Result<QList<ImportedAccount>> fromCloudsYamlFile(const QString &cloudsPath, const QString &securePath = {});

    // An openrc script. The account is named after the file ("demo-openrc.sh" gives "demo").
    Result<QList<ImportedAccount>> fromOpenRc(const QByteArray &script, const QString &fileName);
    Result<QList<ImportedAccount>> fromOpenRcFile(const QString &path);

    // The OS_* variables, e.g. of QProcessEnvironment::systemEnvironment(). Named after OS_CLOUD_NAME, or
    // the project.
    Result<QList<ImportedAccount>> fromEnvironment(const QProcessEnvironment &environment);

    // The clouds the last call could not import.
    const QList<RejectedCloud> &rejected() const { return m_rejected; }

    // A valid account id made from a cloud's name, not in `taken`.
    static QString makeId(const QString &name, const QSet<QString> &taken);

private:
    QSet<QString> m_takenIds;
    QList<RejectedCloud> m_rejected;
};

} // namespace quayside
