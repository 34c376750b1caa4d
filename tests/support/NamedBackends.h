#pragma once

#include "LoopbackHttpServer.h"

#include "nginx/BalancerConfig.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace quayside::test {

// Loopback HTTP backends that each answer with their own name ("A0", "A1", ...), so a test sees which
// backend a balancer sent a request to.
using NamedBackends = QList<std::shared_ptr<LoopbackHttpServer>>;

// `size` backends named `name` followed by 0, 1, ...; empty if one cannot listen.
NamedBackends namedBackends(const QByteArray &name, int size);
// The names namedBackends(name, size) answer with.
QSet<QByteArray> backendNames(const QByteArray &name, int size);

// A balancer with one pool "tomcat_app" of `backends` and one site on 127.0.0.1:listenPort passing to it.
BalancerConfig balancerFor(const NamedBackends &backends, quint16 listenPort);

// The body of a GET of `url` (empty after an error or 10 s without an answer).
QByteArray fetchBody(QNetworkAccessManager &network, const QUrl &url);
// Who answered `requests` GETs of `url` in a row (round robin goes over the whole pool).
QSet<QByteArray> answeredBy(QNetworkAccessManager &network, const QUrl &url, int requests = 6);

} // namespace quayside::test
