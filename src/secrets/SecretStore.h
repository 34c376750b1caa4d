#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace quayside {

// Where Quayside keeps secrets (API keys, passwords, private keys): the system keychain, never
// QSettings, plain files or logs. Calls are asynchronous; the callback runs on the context object's
// thread, and not at all if the context is destroyed before the keychain answers.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using DoneCallback = std::function<void(const Result<void> &)>;
    using ReadCallback = std::function<void(const Result<QByteArray> &)>;

    using QObject::QObject;

    virtual void write(const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) = 0;
    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    // Removing a key that is not there succeeds: the goal, no secret under that key, is met.
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;

    // Keys are globally unique paths such as "quayside/rackspace-apikey/identity.api.rackspacecloud.com/123456":
    // printable ASCII without spaces, at most 512 characters, starting with "quayside/".
    static bool isValidKey(const QString &key);
    static Error invalidKeyError(const QString &key);
};

} // namespace quayside
