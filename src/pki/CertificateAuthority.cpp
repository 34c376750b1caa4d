#include "pki/CertificateAuthority.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace quayside {

namespace {

struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct PKeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct BioFree
{
    void operator()(BIO *p) const { BIO_free(p); }
};
struct NamesFree
{
    void operator()(GENERAL_NAMES *p) const { GENERAL_NAMES_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PKeyPtr = std::unique_ptr<EVP_PKEY, PKeyFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using NamesPtr = std::unique_ptr<GENERAL_NAMES, NamesFree>;

// The reason OpenSSL gives for its last failure, for an error message; clears OpenSSL's error queue.
QString openSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("no reason given");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QByteArray toPem(const std::function<int(BIO *)> &write)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

BioPtr fromPem(const QByteArray &pem)
{
    return BioPtr(BIO_new_mem_buf(pem.constData(), int(pem.size())));
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// Names are added as typed entries, never through OpenSSL's text syntax, so no name can smuggle in
// another ("a.example,DNS:b.example").
bool addSubjectAltNames(X509 *certificate, const QStringList &dnsNames, const QList<QHostAddress> &addresses)
{
    NamesPtr names(sk_GENERAL_NAME_new_null());
    if (!names)
        return false;
    const auto push = [&names](int type, ASN1_STRING *value) {
        GENERAL_NAME *name = GENERAL_NAME_new();
        if (!name) {
            ASN1_STRING_free(value);
            return false;
        }
        GENERAL_NAME_set0_value(name, type, value);
        if (sk_GENERAL_NAME_push(names.get(), name) == 0) {
            GENERAL_NAME_free(name);
            return false;
        }
        return true;
    };
    for (const QString &dns : dnsNames) {
        const QByteArray ascii = dns.toLatin1();
        ASN1_IA5STRING *value = ASN1_IA5STRING_new();
        if (!value || ASN1_STRING_set(value, ascii.constData(), int(ascii.size())) != 1 || !push(GEN_DNS, value))
            return false;
    }
    for (const QHostAddress &address : addresses) {
        QByteArray bytes;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 ip = address.toIPv4Address();
            bytes = QByteArray(4, '\0');
            for (int i = 0; i < 4; ++i)
                bytes[i] = char((ip >> (24 - 8 * i)) & 0xff);
        } else {
            const Q_IPV6ADDR ip = address.toIPv6Address();
            bytes = QByteArray(reinterpret_cast<const char *>(ip.c), 16);
        }
        ASN1_OCTET_STRING *value = ASN1_OCTET_STRING_new();
        if (!value ||
            ASN1_OCTET_STRING_set(value, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  int(bytes.size())) != 1 ||
            !push(GEN_IPADD, value))
            return false;
    }
    return X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

struct CertificateSpec
{
    QString commonName;
    int validityDays = 0;
    const char *basicConstraints = nullptr;
    const char *keyUsage = nullptr;
    const char *extendedKeyUsage = nullptr; // null: none
    QStringList dnsNames;
    QList<QHostAddress> addresses;
};

// Builds and signs a certificate for subjectKey; a null issuer means self-signed.
X509Ptr makeCertificate(EVP_PKEY *subjectKey, const CertificateSpec &spec, X509 *issuer, EVP_PKEY *issuerKey)
{
    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        return nullptr;

    // A random positive 127-bit serial, as CAs must not repeat serials.
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return nullptr;
    serialBytes[0] &= 0x7f;
    BIGNUM *serial = BN_bin2bn(serialBytes, sizeof serialBytes, nullptr);
    const bool serialSet = serial && BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(certificate.get()));
    BN_free(serial);
    if (!serialSet)
        return nullptr;

    // Valid from an hour ago, so a host whose clock is a little behind accepts it at once.
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(spec.validityDays) * 24 * 3600) ||
        X509_set_pubkey(certificate.get(), subjectKey) != 1)
        return nullptr;

    X509_NAME *subject = X509_get_subject_name(certificate.get());
    const QByteArray commonName = spec.commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Quayside"), -1,
                                   -1, 0) != 1 ||
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0) != 1 ||
        X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : subject) != 1)
        return nullptr;

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer ? issuer : certificate.get(), certificate.get(), nullptr, nullptr, 0);
    if (!addExtension(certificate.get(), &context, NID_basic_constraints, spec.basicConstraints) ||
        !addExtension(certificate.get(), &context, NID_key_usage, spec.keyUsage) ||
        (spec.extendedKeyUsage &&
         !addExtension(certificate.get(), &context, NID_ext_key_usage, spec.extendedKeyUsage)) ||
        !addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash") ||
        (issuer && !addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always")) ||
        ((!spec.dnsNames.isEmpty() || !spec.addresses.isEmpty()) &&
         !addSubjectAltNames(certificate.get(), spec.dnsNames, spec.addresses)))
        return nullptr;

    if (X509_sign(certificate.get(), issuerKey ? issuerKey : subjectKey, EVP_sha256()) <= 0)
        return nullptr;
    return certificate;
}

PKeyPtr newKey()
{
    return PKeyPtr(EVP_EC_gen("P-256"));
}

QByteArray keyToPem(EVP_PKEY *key)
{
    return toPem([key](BIO *bio) { return PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr); });
}

QByteArray certificateToPem(X509 *certificate)
{
    return toPem([certificate](BIO *bio) { return PEM_write_bio_X509(bio, certificate); });
}

bool isValidCommonName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    return std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

struct CertificateAuthority::Private
{
    X509Ptr certificate;
    PKeyPtr key;
};

CertificateAuthority::CertificateAuthority(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

CertificateAuthority::CertificateAuthority(CertificateAuthority &&) noexcept = default;
CertificateAuthority &CertificateAuthority::operator=(CertificateAuthority &&) noexcept = default;
CertificateAuthority::~CertificateAuthority() = default;

bool CertificateAuthority::isValidDnsName(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\z"));
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    return std::all_of(labels.cbegin(), labels.cend(),
                       [](const QString &part) { return label.match(part).hasMatch(); });
}

Result<CertificateAuthority> CertificateAuthority::create(const QString &fleetName, int validityDays)
{
    if (!isValidCommonName(fleetName))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("The fleet name \"%1\" cannot name a certificate authority: use 1 to 64 characters "
                        "without control characters.")
                         .arg(fleetName.left(80))};
    auto d = std::make_unique<Private>();
    d->key = newKey();
    CertificateSpec spec;
    spec.commonName = fleetName;
    spec.validityDays = validityDays;
    spec.basicConstraints = "critical,CA:TRUE,pathlen:0";
    spec.keyUsage = "critical,keyCertSign,cRLSign";
    if (d->key)
        d->certificate = makeCertificate(d->key.get(), spec, nullptr, nullptr);
    if (!d->certificate)
        return Error{Error::Kind::Internal, 0,
                     tr("Could not create the certificate authority: %1").arg(openSslReason())};
    return CertificateAuthority(std::move(d));
}

Result<CertificateAuthority> CertificateAuthority::load(const QByteArray &certificatePem,
                                                        const QByteArray &privateKeyPem)
{
    auto d = std::make_unique<Private>();
    BioPtr certificateBio = fromPem(certificatePem);
    BioPtr keyBio = fromPem(privateKeyPem);
    d->certificate.reset(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    d->key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!d->certificate || !d->key)
        return Error{Error::Kind::Protocol, 0,
                     tr("The stored certificate authority cannot be read (%1). Its files may be damaged; "
                        "restore them from a backup or create a new authority and re-issue every host's "
                        "certificate.")
                         .arg(openSslReason())};
    if (X509_check_private_key(d->certificate.get(), d->key.get()) != 1 || X509_check_ca(d->certificate.get()) == 0) {
        ERR_clear_error();
        return Error{Error::Kind::InvalidInput, 0,
                     tr("The stored certificate authority's key does not belong to its certificate, or the "
                        "certificate is not an authority. Restore the matching pair from a backup.")};
    }
    return CertificateAuthority(std::move(d));
}

QByteArray CertificateAuthority::certificatePem() const
{
    return certificateToPem(d->certificate.get());
}

QByteArray CertificateAuthority::privateKeyPem() const
{
    return keyToPem(d->key.get());
}

namespace {

QDateTime notAfter(const X509 *certificate)
{
    tm time{};
    if (ASN1_TIME_to_tm(X509_get0_notAfter(certificate), &time) != 1)
        return {};
    return QDateTime(QDate(time.tm_year + 1900, time.tm_mon + 1, time.tm_mday),
                     QTime(time.tm_hour, time.tm_min, time.tm_sec), Qt::UTC);
}

} // namespace

QDateTime CertificateAuthority::expiresAt() const
{
    return notAfter(d->certificate.get());
}

Result<QDateTime> CertificateAuthority::checkIssued(const IssuedCertificate &issued) const
{
    BioPtr certificateBio = fromPem(issued.certificatePem);
    BioPtr keyBio = fromPem(issued.privateKeyPem);
    const X509Ptr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    const PKeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!certificate || !key) {
        const QString reason = openSslReason();
        return Error{Error::Kind::Protocol, 0, tr("A stored certificate or key cannot be read (%1).").arg(reason)};
    }
    if (X509_verify(certificate.get(), X509_get0_pubkey(d->certificate.get())) != 1) {
        ERR_clear_error();
        return Error{Error::Kind::Tls, 0, tr("The certificate was not issued by this fleet's authority.")};
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        return Error{Error::Kind::InvalidInput, 0, tr("The key does not belong to the certificate.")};
    }
    return notAfter(certificate.get());
}

Result<IssuedCertificate> CertificateAuthority::issueClient(const QString &commonName, int validityDays) const
{
    if (!isValidCommonName(commonName))
        return Error{Error::Kind::InvalidInput, 0,
                     tr("\"%1\" cannot name a client certificate: use 1 to 64 characters without control "
                        "characters.")
                         .arg(commonName.left(80))};
    CertificateSpec spec;
    spec.commonName = commonName;
    spec.validityDays = validityDays;
    spec.basicConstraints = "critical,CA:FALSE";
    spec.keyUsage = "critical,digitalSignature";
    spec.extendedKeyUsage = "clientAuth";
    PKeyPtr key = newKey();
    X509Ptr certificate = key ? makeCertificate(key.get(), spec, d->certificate.get(), d->key.get()) : nullptr;
    if (!certificate)
        return Error{Error::Kind::Internal, 0, tr("Could not issue the client certificate: %1").arg(openSslReason())};
    return IssuedCertificate{certificateToPem(certificate.get()), keyToPem(key.get())};
}

Result<IssuedCertificate> CertificateAuthority::issueServer(const ServerIdentity &identity, int validityDays) const
{
    QStringList dnsNames;
    for (const QString &name : QStringList{identity.hostName} + identity.dnsNames) {
        if (!isValidDnsName(name))
            return Error{Error::Kind::InvalidInput, 0,
                         tr("\"%1\" is not a valid host name for a certificate: use letters, digits, hyphens "
                            "and dots only.")
                             .arg(name.left(80))};
        if (!dnsNames.contains(name, Qt::CaseInsensitive))
            dnsNames << name;
    }
    QList<QHostAddress> addresses;
    for (const QHostAddress &address : identity.addresses) {
        if (address.isNull() || (address.protocol() != QAbstractSocket::IPv4Protocol &&
                                 address.protocol() != QAbstractSocket::IPv6Protocol))
            return Error{Error::Kind::InvalidInput, 0,
                         tr("\"%1\" is not an IPv4 or IPv6 address.").arg(address.toString().left(80))};
        if (!addresses.contains(address))
            addresses << address;
    }
    CertificateSpec spec;
    spec.commonName = identity.hostName;
    spec.validityDays = validityDays;
    spec.basicConstraints = "critical,CA:FALSE";
    spec.keyUsage = "critical,digitalSignature,keyEncipherment";
    spec.extendedKeyUsage = "serverAuth";
    spec.dnsNames = dnsNames;
    spec.addresses = addresses;
    PKeyPtr key = newKey();
    X509Ptr certificate = key ? makeCertificate(key.get(), spec, d->certificate.get(), d->key.get()) : nullptr;
    if (!certificate)
        return Error{Error::Kind::Internal, 0,
                     tr("Could not issue the server certificate for %1: %2").arg(identity.hostName, openSslReason())};
    return IssuedCertificate{certificateToPem(certificate.get()), keyToPem(key.get())};
}

} // namespace quayside
