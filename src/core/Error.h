#pragma once

#include <QMetaType>
#include <QString>

namespace quayside {

// An error as a value: what kind of failure it was (for code to branch on), the HTTP status where
// there was one, and a message a person can act on (translated, saying what failed and what to do).
struct Error
{
    enum class Kind {
        Network,                 // host unreachable, connection refused or dropped
        Timeout,                 // no answer within the request's time limit
        Tls,                     // handshake refused or certificate rejected
        CertificateNameMismatch, // the peer's certificate is valid but names another host
        Unsupported,             // the peer speaks a version or feature Quayside cannot use
        Http,                    // the server answered with an error status not covered below
        NotFound,                // the thing asked for does not exist
        Conflict,                // it exists already, or is busy
        Unauthorized,            // credentials missing, wrong or expired
        Protocol,                // the reply could not be understood
        InvalidInput,            // the caller's input was refused before anything was sent
        Io,                      // a local file could not be read or written
        Secrets,                 // the system keychain failed or is locked
        Cancelled,               // the user or the caller stopped the operation
        Internal,                // a bug: Quayside did something it should not
    };

    Kind kind = Kind::Internal;
    int httpStatus = 0;
    QString message;

    static QString kindName(Kind kind);
    QString toString() const;
};

} // namespace quayside

Q_DECLARE_METATYPE(quayside::Error)
