// CertificateAuthority's certificates, checked with OpenSSL's own chain, name and usage verification.
#include "pki/CertificateAuthority.h"

#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using quayside::CertificateAuthority;
using quayside::Error;
using quayside::IssuedCertificate;
using quayside::ServerIdentity;

namespace {

struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr parse(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509Ptr certificate(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return certificate;
}

// OpenSSL's verdict on `leaf` issued by `authority` for a purpose (X509_PURPOSE_SSL_SERVER/_CLIENT).
int verify(const QByteArray &authority, const QByteArray &leaf, int purpose)
{
    X509Ptr ca = parse(authority);
    X509Ptr certificate = parse(leaf);
    if (!ca || !certificate)
        return -1;
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, ca.get());
    X509_STORE_CTX *context = X509_STORE_CTX_new();
    X509_STORE_CTX_init(context, store, certificate.get(), nullptr);
    X509_STORE_CTX_set_purpose(context, purpose);
    const int ok = X509_verify_cert(context);
    const int error = X509_STORE_CTX_get_error(context);
    X509_STORE_CTX_free(context);
    X509_STORE_free(store);
    return ok == 1 ? X509_V_OK : (error == X509_V_OK ? -1 : error);
}

CertificateAuthority makeAuthority()
{
    auto created = CertificateAuthority::create(QStringLiteral("fleet-test"));
    if (!created.ok())
        qFatal("cannot create the test authority: %s", qPrintable(created.error().message));
    return std::move(created).value();
}

} // namespace

class tst_CertificateAuthority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorityIsACa()
    {
        const CertificateAuthority ca = makeAuthority();
        X509Ptr certificate = parse(ca.certificatePem());
        QVERIFY(certificate);
        QCOMPARE(X509_check_ca(certificate.get()), 1);
        QVERIFY(X509_get_key_usage(certificate.get()) & KU_KEY_CERT_SIGN);
        QVERIFY(ca.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----"));
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(ca.expiresAt());
        QVERIFY2(days >= CertificateAuthority::kAuthorityValidityDays - 1 &&
                     days <= CertificateAuthority::kAuthorityValidityDays,
                 qPrintable(QString::number(days)));
    }

    void serverCertificateCarriesEveryName()
    {
        const CertificateAuthority ca = makeAuthority();
        ServerIdentity identity;
        identity.hostName = QStringLiteral("docker-1");
        identity.dnsNames = {QStringLiteral("docker-1.fleet.example"), QStringLiteral("docker-1")};
        identity.addresses = {QHostAddress(QStringLiteral("203.0.113.10")), QHostAddress(QStringLiteral("10.176.4.7")),
                              QHostAddress(QStringLiteral("2001:db8::10")), QHostAddress(QStringLiteral("127.0.0.1"))};
        const auto issued = ca.issueServer(identity);
        QVERIFY2(issued.ok(), issued.ok() ? "" : qPrintable(issued.error().message));
        QCOMPARE(verify(ca.certificatePem(), issued.value().certificatePem, X509_PURPOSE_SSL_SERVER), X509_V_OK);

        X509Ptr certificate = parse(issued.value().certificatePem);
        for (const char *host : {"docker-1", "docker-1.fleet.example"})
            QVERIFY2(X509_check_host(certificate.get(), host, 0, 0, nullptr) == 1, host);
        for (const char *ip : {"203.0.113.10", "10.176.4.7", "2001:db8::10", "127.0.0.1"})
            QVERIFY2(X509_check_ip_asc(certificate.get(), ip, 0) == 1, ip);
        QCOMPARE(X509_check_host(certificate.get(), "docker-2", 0, 0, nullptr), 0);
        QCOMPARE(X509_check_ip_asc(certificate.get(), "203.0.113.11", 0), 0);

        QVERIFY(X509_get_key_usage(certificate.get()) & KU_DIGITAL_SIGNATURE);
        QVERIFY(!(X509_get_key_usage(certificate.get()) & KU_KEY_CERT_SIGN));
        QVERIFY(X509_get_extended_key_usage(certificate.get()) & XKU_SSL_SERVER);
        QVERIFY(!(X509_get_extended_key_usage(certificate.get()) & XKU_SSL_CLIENT));
        QCOMPARE(X509_check_ca(certificate.get()), 0);
        // A server certificate is no good for a client.
        QVERIFY(verify(ca.certificatePem(), issued.value().certificatePem, X509_PURPOSE_SSL_CLIENT) != X509_V_OK);

        const int days = X509_cmp_time(X509_get0_notBefore(certificate.get()), nullptr);
        QCOMPARE(days, -1); // notBefore is in the past
        QVERIFY(X509_cmp_time(X509_get0_notAfter(certificate.get()), nullptr) == 1);
    }

    void clientCertificateIsForClientsOnly()
    {
        const CertificateAuthority ca = makeAuthority();
        const auto issued = ca.issueClient(QStringLiteral("Quayside on workstation"));
        QVERIFY(issued.ok());
        QCOMPARE(verify(ca.certificatePem(), issued.value().certificatePem, X509_PURPOSE_SSL_CLIENT), X509_V_OK);
        QVERIFY(verify(ca.certificatePem(), issued.value().certificatePem, X509_PURPOSE_SSL_SERVER) != X509_V_OK);
        X509Ptr certificate = parse(issued.value().certificatePem);
        QVERIFY(X509_get_extended_key_usage(certificate.get()) & XKU_SSL_CLIENT);
    }

    void anotherAuthorityDoesNotVouch()
    {
        const CertificateAuthority ours = makeAuthority();
        const CertificateAuthority theirs = makeAuthority();
        const auto issued = theirs.issueClient(QStringLiteral("intruder"));
        QVERIFY(issued.ok());
        QCOMPARE(verify(ours.certificatePem(), issued.value().certificatePem, X509_PURPOSE_SSL_CLIENT),
                 int(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY));
    }

    void checksWhatItIssued()
    {
        const CertificateAuthority ours = makeAuthority();
        const CertificateAuthority theirs = makeAuthority();
        const auto mine = ours.issueClient(QStringLiteral("quayside"), 40);
        const auto other = ours.issueClient(QStringLiteral("quayside"));
        const auto foreign = theirs.issueClient(QStringLiteral("quayside"));
        QVERIFY(mine.ok() && other.ok() && foreign.ok());

        const auto good = ours.checkIssued(mine.value());
        QVERIFY(good.ok());
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(good.value());
        QVERIFY2(days >= 39 && days <= 40, qPrintable(QString::number(days)));

        QCOMPARE(ours.checkIssued(foreign.value()).error().kind, Error::Kind::Tls);
        const IssuedCertificate swapped{mine.value().certificatePem, other.value().privateKeyPem};
        QCOMPARE(ours.checkIssued(swapped).error().kind, Error::Kind::InvalidInput);
        const IssuedCertificate garbage{QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n"),
                                        mine.value().privateKeyPem};
        QCOMPARE(ours.checkIssued(garbage).error().kind, Error::Kind::Protocol);
    }

    void reissueForChangedAddress()
    {
        const CertificateAuthority ca = makeAuthority();
        ServerIdentity identity{QStringLiteral("docker-2"), {}, {QHostAddress(QStringLiteral("172.28.0.2"))}};
        const auto first = ca.issueServer(identity);
        identity.addresses = {QHostAddress(QStringLiteral("172.28.0.3"))};
        const auto second = ca.issueServer(identity);
        QVERIFY(first.ok() && second.ok());
        X509Ptr renewed = parse(second.value().certificatePem);
        QCOMPARE(X509_check_ip_asc(renewed.get(), "172.28.0.3", 0), 1);
        QCOMPARE(X509_check_ip_asc(renewed.get(), "172.28.0.2", 0), 0);
        QVERIFY(first.value().privateKeyPem != second.value().privateKeyPem);
    }

    void loadRoundTrip()
    {
        const CertificateAuthority original = makeAuthority();
        auto loaded = CertificateAuthority::load(original.certificatePem(), original.privateKeyPem());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        const auto issued = loaded.value().issueServer({QStringLiteral("docker-3"), {}, {}});
        QVERIFY(issued.ok());
        QCOMPARE(verify(original.certificatePem(), issued.value().certificatePem, X509_PURPOSE_SSL_SERVER), X509_V_OK);
    }

    void loadRefusesMismatchAndGarbage()
    {
        const CertificateAuthority one = makeAuthority();
        const CertificateAuthority other = makeAuthority();
        auto mismatched = CertificateAuthority::load(one.certificatePem(), other.privateKeyPem());
        QVERIFY(!mismatched.ok());
        QCOMPARE(mismatched.error().kind, Error::Kind::InvalidInput);
        auto garbage = CertificateAuthority::load("-----BEGIN CERTIFICATE-----\nnot base64\n", one.privateKeyPem());
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().kind, Error::Kind::Protocol);
        const auto truncated = one.certificatePem().left(one.certificatePem().size() / 2);
        QVERIFY(!CertificateAuthority::load(truncated, one.privateKeyPem()).ok());
    }

    void hostileNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("comma injection") << QStringLiteral("evil.example,DNS:bank.example");
        QTest::newRow("space") << QStringLiteral("docker 1");
        QTest::newRow("slash") << QStringLiteral("docker/1");
        QTest::newRow("newline") << QStringLiteral("docker-1\nIP:1.2.3.4");
        QTest::newRow("leading hyphen") << QStringLiteral("-docker");
        QTest::newRow("empty label") << QStringLiteral("docker..example");
        QTest::newRow("long label") << QString(64, QLatin1Char('a'));
        QTest::newRow("empty") << QString();
        QTest::newRow("wildcard") << QStringLiteral("*.example");
    }

    void hostileNamesAreRefused()
    {
        QFETCH(QString, name);
        const CertificateAuthority ca = makeAuthority();
        const auto asHost = ca.issueServer({name, {}, {}});
        QVERIFY(!asHost.ok());
        QCOMPARE(asHost.error().kind, Error::Kind::InvalidInput);
        const auto asExtra = ca.issueServer({QStringLiteral("docker-1"), {name}, {}});
        QVERIFY(!asExtra.ok());
        QCOMPARE(asExtra.error().kind, Error::Kind::InvalidInput);
    }

    void badAddressesAndCommonNamesAreRefused()
    {
        const CertificateAuthority ca = makeAuthority();
        QCOMPARE(ca.issueServer({QStringLiteral("docker-1"), {}, {QHostAddress()}}).error().kind,
                 Error::Kind::InvalidInput);
        QCOMPARE(ca.issueClient(QString(65, QLatin1Char('x'))).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(ca.issueClient(QStringLiteral("bell\a")).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(CertificateAuthority::create(QString()).error().kind, Error::Kind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(tst_CertificateAuthority)
#include "tst_CertificateAuthority.moc"
