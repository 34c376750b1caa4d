#include "TestNginxApplier.h"

#include "core/AtomicFile.h"
#include "core/Guarded.h"
#include "nginx/NginxRenderer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <memory>

namespace quayside::test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Error failure(const QString &message)
{
    return Error{Error::Kind::Io, 0, message};
}

} // namespace

TestNginxApplier::TestNginxApplier(TestNginx *nginx, QObject *parent)
    : BalancerApplier(parent)
    , m_nginx(nginx)
{}

QString TestNginxApplier::backendsFile() const
{
    return m_nginx->confDir() + QStringLiteral("/backends");
}

QByteArray TestNginxApplier::backendsText() const
{
    return readAll(backendsFile());
}

void TestNginxApplier::apply(const BalancerConfig &config, QObject *context, Done done)
{
    ++m_applyCount;
    m_applying = true;
    const Done reply = guarded<void>(context, std::move(done));
    QTimer::singleShot(m_delayMs, this, [this, config, reply] { applyNow(config, reply); });
}

void TestNginxApplier::applyNow(const BalancerConfig &config, const Done &done)
{
    const auto finish = [this, done](const Result<void> &result) {
        QTimer::singleShot(0, this, [this, done, result] {
            m_applying = false;
            done(result);
        });
    };
    const auto rendered = NginxRenderer::render(config);
    if (!rendered) {
        finish(rendered.error());
        return;
    }
    const QString site = m_nginx->confDir() + QStringLiteral("/default.conf");
    const QByteArray oldBackends = readAll(backendsFile());
    const QByteArray oldSite = readAll(site);
    const auto permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    const auto wroteBackends = AtomicFile::write(backendsFile(), rendered.value().backends, permissions);
    const auto wroteSite = wroteBackends ? AtomicFile::write(site, rendered.value().site, permissions) : wroteBackends;
    const ToolResult checked = m_nginx->validate();
    if (!wroteSite || !checked.ok()) {
        AtomicFile::write(backendsFile(), oldBackends, permissions);
        AtomicFile::write(site, oldSite, permissions);
        finish(wroteSite ? failure(QString::fromLocal8Bit(checked.err).trimmed()) : wroteSite.error());
        return;
    }
    const QStringList before = m_nginx->workers();
    if (!m_nginx->reload()) {
        finish(failure(m_nginx->errorString()));
        return;
    }
    // Done once every worker of the old configuration has finished its requests and a new one runs.
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto poll = new QTimer(this);
    poll->start(25);
    connect(poll, &QTimer::timeout, this, [this, poll, before, clock, finish] {
        const QStringList now = m_nginx->workers();
        const bool oldGone =
            std::none_of(before.begin(), before.end(), [&now](const QString &pid) { return now.contains(pid); });
        if ((oldGone && !now.isEmpty()) || clock->elapsed() > 20000) {
            poll->deleteLater();
            poll->stop();
            finish(oldGone ? Result<void>() : failure(QStringLiteral("nginx's old workers did not finish in 20 s")));
        }
    });
}

} // namespace quayside::test
