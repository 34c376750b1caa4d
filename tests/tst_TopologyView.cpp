// TopologyView offscreen: fleets from one host with one container to twenty hosts with a hundred, a fleet
// still only planned, an empty one. The summary says the topology in words, every box lies inside the
// widget, containers inside their host and none over another, what does not fit is counted in "+N more"
// boxes, tooltips name the box under the pointer, states show in the pixels (an Up container's box is
// green, a Down one's red), and hits reach the container published on that address and port.
// Screenshots land in the build folder (screenshots/topology-*.png) for review.
#include "core/Fleet.h"
#include "gui/widgets/TopologyView.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using namespace quayside;
using BackendState = TopologyView::BackendState;

Q_DECLARE_METATYPE(quayside::Fleet)

namespace {

QString hostAddress(int n)
{
    return QStringLiteral("10.0.0.%1").arg(10 + n);
}

// A fleet named `name` as `quaysidectl up` leaves it: nginx at 10.0.0.5, `made` of `hosts` Docker hosts in
// `phase`, and the first `madeContainers` of `containers` Tomcat containers placed as FleetProvisioner
// places them (round robin, the n-th of a host on 8081 + n - 1).
Fleet makeFleet(const QString &name, int hosts, int containers, int made = -1, int madeContainers = -1,
                FleetServer::Phase phase = FleetServer::Phase::Provisioned)
{
    made = made < 0 ? hosts : made;
    madeContainers = madeContainers < 0 ? containers : madeContainers;
    Fleet fleet;
    fleet.name = name;
    fleet.dockerHosts = hosts;
    fleet.containers = containers;
    FleetServer nginx;
    nginx.role = FleetServer::Role::NginxHost;
    nginx.name = name + QStringLiteral("-nginx");
    nginx.address = QStringLiteral("10.0.0.5");
    nginx.phase = phase;
    fleet.servers << nginx;
    for (int i = 1; i <= made; ++i) {
        FleetServer host;
        host.name = name + QStringLiteral("-docker-%1").arg(i);
        host.address = hostAddress(i);
        host.phase = phase;
        host.fromSnapshot = i > 1;
        fleet.servers << host;
    }
    for (int n = 0; n < madeContainers && made > 0; ++n) {
        FleetContainer container;
        container.host = name + QStringLiteral("-docker-%1").arg(n % made + 1);
        container.id = QStringLiteral("id%1").arg(n);
        container.pool = QStringLiteral("tomcat");
        container.name = name + QStringLiteral("-tomcat-%1").arg(n + 1);
        container.hostPort = 8081 + n / made;
        fleet.containerList << container;
    }
    return fleet;
}

Fleet plannedFleet()
{
    Fleet fleet;
    fleet.name = QStringLiteral("plan");
    fleet.dockerHosts = 2;
    fleet.containers = 4;
    return fleet;
}

Fleet emptyFleet()
{
    Fleet fleet;
    fleet.name = QStringLiteral("none");
    fleet.dockerHosts = 0;
    fleet.containers = 0;
    return fleet;
}

// The colour covering most of `rect` in `image`: a box's fill, whatever text is drawn on it.
QColor dominantColor(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect inside = rect.adjusted(6, 3, -3, -3) & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

void showAt(TopologyView &view, const QSize &size)
{
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.size(), size);
}

} // namespace

class tst_TopologyView : public QObject
{
    Q_OBJECT

private:
    static void screenshot(QWidget &widget, const QString &name)
    {
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(widget.grab().save(dir + QStringLiteral("/topology-") + name + QStringLiteral(".png")));
    }

    // Where in `area` the first "+N more" box whose label starts with `prefix` lies, found by the label
    // under the pointer; a null point if there is none.
    static QPoint findMore(const TopologyView &view, const QRect &area, const QString &prefix = QStringLiteral("+"))
    {
        for (int y = area.top(); y <= area.bottom(); y += 3) {
            for (int x = area.left(); x <= area.right(); x += 3) {
                if (view.boxAt(QPoint(x, y)).startsWith(prefix))
                    return QPoint(x, y);
            }
        }
        return QPoint();
    }

    static QString moreLabelIn(const TopologyView &view, const QRect &area)
    {
        const QPoint at = findMore(view, area);
        return at.isNull() ? QString() : view.boxAt(at);
    }

private Q_SLOTS:
    void summary_data()
    {
        QTest::addColumn<Fleet>("fleet");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1 host, 1 container")
            << makeFleet(QStringLiteral("one"), 1, 1)
            << QStringLiteral("nginx at 10.0.0.5 in front of 1 Tomcat container on 1 Docker host.");
        QTest::newRow("sandbox default") << makeFleet(QStringLiteral("demo"), 2, 4)
                                         << QStringLiteral(
                                                "nginx at 10.0.0.5 in front of 4 Tomcat containers on 2 Docker hosts.");
        QTest::newRow("10 hosts, 60 containers")
            << makeFleet(QStringLiteral("big"), 10, 60)
            << QStringLiteral("nginx at 10.0.0.5 in front of 60 Tomcat containers on 10 Docker hosts.");
        QTest::newRow("half made") << makeFleet(QStringLiteral("half"), 2, 4, 1, 0, FleetServer::Phase::Active)
                                   << QStringLiteral("nginx at 10.0.0.5 in front of 4 Tomcat containers on 2 "
                                                     "Docker hosts. Not made yet: 1 Docker host, 4 containers.");
        QTest::newRow("planned only") << plannedFleet()
                                      << QStringLiteral("A planned nginx in front of 4 Tomcat containers on 2 Docker "
                                                        "hosts. Not made yet: 2 Docker hosts, 4 containers.");
        QTest::newRow("empty") << emptyFleet() << QStringLiteral("No fleet yet.");
    }

    void summary()
    {
        QFETCH(Fleet, fleet);
        QFETCH(QString, expected);
        TopologyView view;
        view.setFleet(fleet);
        QCOMPARE(view.summary(), expected);
        QCOMPARE(view.accessibleDescription(), expected);
        QCOMPARE(view.accessibleName(), QStringLiteral("Fleet topology"));
    }

    void summaryTellsHealthAndFailures()
    {
        TopologyView view;
        view.setFleet(makeFleet(QStringLiteral("demo"), 2, 4));
        view.setBackendState(QStringLiteral("demo-tomcat-1"), BackendState::Up);
        view.setBackendState(QStringLiteral("demo-tomcat-2"), BackendState::Down);
        view.setBackendState(QStringLiteral("demo-tomcat-3"), BackendState::Up);
        view.setServerFailed(QStringLiteral("demo-docker-2"));
        QCOMPARE(view.summary(), QStringLiteral("nginx at 10.0.0.5 in front of 4 Tomcat containers on 2 Docker hosts. "
                                                "Failed: demo-docker-2. 2 of 4 containers up. Down: demo-tomcat-2."));
        QCOMPARE(view.accessibleDescription(), view.summary());
        QCOMPARE(view.backendState(QStringLiteral("demo-tomcat-4")), BackendState::Unknown);

        view.setServerFailed(QStringLiteral("demo-docker-2"), false);
        QVERIFY(!view.summary().contains(QStringLiteral("Failed")));
    }

    // A failed server stays failed while the record shows it where it failed, and is no longer once a retry
    // got it further; a planned host whose create failed shows as failed too.
    void failedServerClearsWhenItGetsFurther()
    {
        TopologyView view;
        Fleet fleet = makeFleet(QStringLiteral("demo"), 3, 4, 2, 0, FleetServer::Phase::Active);
        view.setFleet(fleet);
        view.setServerFailed(QStringLiteral("demo-docker-2"));
        view.setServerFailed(QStringLiteral("demo-docker-3"));
        const QString bothFailed = QStringLiteral("Failed: demo-docker-2, demo-docker-3.");
        QVERIFY2(view.summary().contains(bothFailed), qPrintable(view.summary()));
        view.setFleet(fleet);
        QVERIFY2(view.summary().contains(bothFailed), qPrintable(view.summary()));

        fleet.server(QStringLiteral("demo-docker-2"))->phase = FleetServer::Phase::Provisioned;
        view.setFleet(fleet);
        QVERIFY2(view.summary().contains(QStringLiteral("Failed: demo-docker-3.")), qPrintable(view.summary()));
        showAt(view, QSize(1280, 800));
        QVERIFY(view.toolTipAt(view.boxRect(QStringLiteral("demo-docker-3")).topLeft() + QPoint(8, 8))
                    .contains(QStringLiteral("Failed")));
    }

    void layoutKeepsBoxesApart_data()
    {
        QTest::addColumn<Fleet>("fleet");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("everyHostShown");
        const QSize large(1280, 800);
        const QSize small(640, 400);
        QTest::newRow("1x1 large") << makeFleet(QStringLiteral("one"), 1, 1) << large << true;
        QTest::newRow("1x1 small") << makeFleet(QStringLiteral("one"), 1, 1) << small << true;
        QTest::newRow("2x4 large") << makeFleet(QStringLiteral("demo"), 2, 4) << large << true;
        QTest::newRow("2x4 small") << makeFleet(QStringLiteral("demo"), 2, 4) << small << true;
        QTest::newRow("10x60 large") << makeFleet(QStringLiteral("big"), 10, 60) << large << true;
        QTest::newRow("10x60 small") << makeFleet(QStringLiteral("big"), 10, 60) << small << true;
        QTest::newRow("20x100 large") << makeFleet(QStringLiteral("huge"), 20, 100) << large << true;
        QTest::newRow("20x100 small") << makeFleet(QStringLiteral("huge"), 20, 100) << small << false;
        QTest::newRow("20x0 large") << makeFleet(QStringLiteral("bare"), 20, 0) << large << true;
        QTest::newRow("planned large") << plannedFleet() << large << true;
        QTest::newRow("planned small") << plannedFleet() << small << true;
    }

    // Every box inside the widget, containers inside their host's band, no two boxes over each other, and
    // every container either drawn or counted in its host's "+N more" box.
    void layoutKeepsBoxesApart()
    {
        QFETCH(Fleet, fleet);
        QFETCH(QSize, size);
        QFETCH(bool, everyHostShown);
        TopologyView view;
        view.setFleet(fleet);
        showAt(view, size);

        const QStringList shown = view.shownBoxes();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.first(), fleet.servers.isEmpty() ? QStringLiteral("plan-nginx") : fleet.servers.first().name);
        QList<QRect> rects;
        for (const QString &name : shown) {
            const QRect rect = view.boxRect(name);
            QVERIFY2(!rect.isEmpty(), qPrintable(name));
            QVERIFY2(view.rect().contains(rect), qPrintable(name));
            rects << rect;
        }

        int hostsShown = 0;
        for (int h = 1; h <= fleet.dockerHosts; ++h) {
            const QString host = fleet.name + QStringLiteral("-docker-%1").arg(h);
            const QRect band = view.boxRect(host);
            if (band.isEmpty())
                continue;
            ++hostsShown;
            QCOMPARE(view.boxAt(band.topLeft() + QPoint(3, 3)), host);
            QStringList mine;
            for (int n = 0; n < fleet.containers; ++n) {
                if (n % fleet.dockerHosts == h - 1)
                    mine << fleet.name + QStringLiteral("-tomcat-%1").arg(n + 1);
            }
            int drawn = 0;
            for (const QString &container : mine) {
                const QRect chip = view.boxRect(container);
                if (chip.isEmpty())
                    continue;
                ++drawn;
                QVERIFY2(band.contains(chip), qPrintable(container));
                QCOMPARE(view.boxAt(chip.center()), container);
            }
            if (drawn < mine.size())
                QCOMPARE(moreLabelIn(view, band), drawn == 0 ? QStringLiteral("%1 containers").arg(mine.size())
                                                             : QStringLiteral("+%1 more").arg(mine.size() - drawn));
            else
                QCOMPARE(moreLabelIn(view, band), QString());
        }
        QCOMPARE(hostsShown == fleet.dockerHosts, everyHostShown);
        QVERIFY(hostsShown >= 1);

        // Boxes overlap only where a container sits in its host's band.
        for (int i = 0; i < rects.size(); ++i) {
            for (int j = i + 1; j < rects.size(); ++j) {
                if (rects.at(i).intersects(rects.at(j)))
                    QVERIFY2(rects.at(i).contains(rects.at(j)) || rects.at(j).contains(rects.at(i)),
                             qPrintable(shown.at(i) + QStringLiteral(" / ") + shown.at(j)));
            }
        }
        // Users, then nginx, then the hosts, left to right.
        const QRect nginx = view.boxRect(shown.first());
        const QRect firstHost = view.boxRect(fleet.name + QStringLiteral("-docker-1"));
        QVERIFY(nginx.right() < firstHost.left());
    }

    void collapsedHostsAreNamedInTheirTooltip()
    {
        TopologyView view;
        view.setFleet(makeFleet(QStringLiteral("huge"), 20, 100));
        showAt(view, QSize(640, 400));
        QVERIFY(view.boxRect(QStringLiteral("huge-docker-20")).isEmpty());
        int hidden = 0;
        for (int h = 1; h <= 20; ++h)
            hidden += view.boxRect(QStringLiteral("huge-docker-%1").arg(h)).isEmpty() ? 1 : 0;
        QVERIFY(hidden > 0 && hidden < 20);

        const QPoint at = findMore(view, view.rect(), QStringLiteral("+%1 more Docker hosts").arg(hidden));
        QVERIFY(!at.isNull());
        QCOMPARE(view.boxAt(at),
                 QStringLiteral("+%1 more Docker hosts with %2 containers").arg(hidden).arg(hidden * 5));
        // Its tooltip lists the hidden hosts.
        const QString tip = view.toolTipAt(at);
        QVERIFY2(tip.contains(QStringLiteral("huge-docker-20")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("huge-docker-1\n")));
    }

    // A record that does not add up (a container on a server it does not list, more containers than it
    // counts) is drawn as it is, nothing left out.
    void oddRecordIsDrawnAsItIs()
    {
        Fleet fleet = makeFleet(QStringLiteral("odd"), 1, 2);
        fleet.containers = 1;
        fleet.containerList << FleetContainer{QStringLiteral("elsewhere"), QStringLiteral("id9"),
                                              QStringLiteral("tomcat"), QStringLiteral("odd-tomcat-9"), 8090};
        TopologyView view;
        view.setFleet(fleet);
        QCOMPARE(view.summary(),
                 QStringLiteral("nginx at 10.0.0.5 in front of 3 Tomcat containers on 2 Docker hosts."));
        showAt(view, QSize(1280, 800));
        const QRect host = view.boxRect(QStringLiteral("elsewhere"));
        QVERIFY(!host.isEmpty());
        QVERIFY(host.contains(view.boxRect(QStringLiteral("odd-tomcat-9"))));
        QVERIFY(view.toolTipAt(host.topLeft() + QPoint(8, 8)).contains(QStringLiteral("Address: none yet")));
        QCOMPARE(view.backendHits(QStringLiteral("odd-tomcat-9")), -1);
    }

    void tooltipsNameTheBox()
    {
        TopologyView view;
        view.setFleet(makeFleet(QStringLiteral("demo"), 2, 4));
        view.setBackendState(QStringLiteral("demo-tomcat-2"), BackendState::Down);
        showAt(view, QSize(1280, 800));
        for (const QString &name : view.shownBoxes()) {
            const QPoint centre = view.boxRect(name).topLeft() + QPoint(8, 8);
            QCOMPARE(view.boxAt(centre), name);
            QVERIFY2(view.toolTipAt(centre).startsWith(name + QLatin1Char('\n')), qPrintable(view.toolTipAt(centre)));
        }
        const QPoint container = view.boxRect(QStringLiteral("demo-tomcat-2")).center();
        const QString expected = view.toolTipAt(container);
        QVERIFY2(expected.contains(QStringLiteral("demo-docker-2")), qPrintable(expected));
        QVERIFY2(expected.contains(QStringLiteral("10.0.0.12:8081")), qPrintable(expected));
        QVERIFY2(expected.contains(QStringLiteral("Health: Down")), qPrintable(expected));
        QVERIFY(view.toolTipAt(view.boxRect(QStringLiteral("demo-docker-2")).topLeft() + QPoint(8, 8))
                    .contains(QStringLiteral("Made from the fleet's snapshot.")));

        // The real tooltip event shows the same text.
        QHelpEvent help(QEvent::ToolTip, container, view.mapToGlobal(container));
        QApplication::sendEvent(&view, &help);
        QTRY_COMPARE(QToolTip::text(), expected);
        // The caption above the picture, cut short at small sizes, tells the whole summary.
        QCOMPARE(view.toolTipAt(QPoint(view.width() / 2, 26)), view.summary());
        // Nothing at the corner, no tooltip.
        QCOMPARE(view.boxAt(QPoint(2, 2)), QString());
        QCOMPARE(view.toolTipAt(QPoint(2, 2)), QString());
    }

    void hitsReachTheContainerOnThatPort()
    {
        TopologyView view;
        view.setFleet(makeFleet(QStringLiteral("demo"), 2, 4));
        // demo-tomcat-1 is on demo-docker-1 (10.0.0.11) port 8081, demo-tomcat-4 on demo-docker-2 port 8082.
        view.setBackendHits({{QStringLiteral("10.0.0.11:8081"), 7},
                             {QStringLiteral("10.0.0.12:8082"), 1},
                             {QStringLiteral("10.9.9.9:8081"), 5}});
        QCOMPARE(view.backendHits(QStringLiteral("demo-tomcat-1")), 7);
        QCOMPARE(view.backendHits(QStringLiteral("demo-tomcat-4")), 1);
        QCOMPARE(view.backendHits(QStringLiteral("demo-tomcat-2")), -1);
        QCOMPARE(view.backendHits(QStringLiteral("no-such-container")), -1);
        showAt(view, QSize(1280, 800));
        QVERIFY(view.toolTipAt(view.boxRect(QStringLiteral("demo-tomcat-1")).center())
                    .contains(QStringLiteral("Answered 7 requests of the check.")));
        QVERIFY(view.toolTipAt(view.boxRect(QStringLiteral("demo-tomcat-4")).center())
                    .contains(QStringLiteral("Answered 1 request of the check.")));
        screenshot(view, QStringLiteral("hits"));
    }

    void statesShowInTheirColours()
    {
        TopologyView view;
        view.setFleet(makeFleet(QStringLiteral("demo"), 3, 6, 2));
        view.setBackendState(QStringLiteral("demo-tomcat-1"), BackendState::Up);
        view.setBackendState(QStringLiteral("demo-tomcat-2"), BackendState::Down);
        showAt(view, QSize(1280, 800));
        QImage image = view.grab().toImage();

        const QColor up = dominantColor(image, view.boxRect(QStringLiteral("demo-tomcat-1")));
        const QColor down = dominantColor(image, view.boxRect(QStringLiteral("demo-tomcat-2")));
        const QColor unknown = dominantColor(image, view.boxRect(QStringLiteral("demo-tomcat-3")));
        QVERIFY2(up.green() > up.red() && up.green() > up.blue(), qPrintable(up.name()));
        QVERIFY2(down.red() > down.green() && down.red() > down.blue(), qPrintable(down.name()));
        QVERIFY(unknown != up && unknown != down);
        // The same box changes colour with its state.
        view.setBackendState(QStringLiteral("demo-tomcat-1"), BackendState::Down);
        image = view.grab().toImage();
        QCOMPARE(dominantColor(image, view.boxRect(QStringLiteral("demo-tomcat-1"))), down);

        // A failed host's band is red where a provisioned one is green; a planned one is neither.
        const QRect first = view.boxRect(QStringLiteral("demo-docker-1"));
        const QRect planned = view.boxRect(QStringLiteral("demo-docker-3"));
        QVERIFY(!planned.isEmpty());
        const auto stripe = [](const QImage &picture, const QRect &band) {
            return QColor::fromRgb(picture.pixel(band.left() + 2, band.center().y()));
        };
        const QColor provisioned = stripe(image, first);
        QVERIFY2(provisioned.green() > provisioned.red(), qPrintable(provisioned.name()));
        QVERIFY(stripe(image, planned) != provisioned);
        view.setServerFailed(QStringLiteral("demo-docker-1"));
        image = view.grab().toImage();
        const QColor failed = stripe(image, first);
        QVERIFY2(failed.red() > failed.green(), qPrintable(failed.name()));
        screenshot(view, QStringLiteral("states"));
    }

    void darkPaletteKeepsBoxesDark()
    {
        TopologyView view;
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        view.setPalette(dark);
        view.setFleet(makeFleet(QStringLiteral("demo"), 3, 6, 2));
        view.setBackendState(QStringLiteral("demo-tomcat-1"), BackendState::Up);
        view.setBackendState(QStringLiteral("demo-tomcat-2"), BackendState::Down);
        showAt(view, QSize(1280, 800));
        const QImage image = view.grab().toImage();
        for (const QString &name : {QStringLiteral("demo-tomcat-1"), QStringLiteral("demo-tomcat-2"),
                                    QStringLiteral("demo-docker-1"), QStringLiteral("demo-nginx")}) {
            const QColor fill = dominantColor(image, view.boxRect(name));
            QVERIFY2(fill.lightness() < 100, qPrintable(name + QLatin1Char(' ') + fill.name()));
        }
        QVERIFY(dominantColor(image, view.boxRect(QStringLiteral("demo-tomcat-1"))) !=
                dominantColor(image, view.boxRect(QStringLiteral("demo-tomcat-2"))));
        screenshot(view, QStringLiteral("dark-1280x800"));
    }

    void emptyFleetShowsPlaceholder()
    {
        TopologyView view;
        view.setFleet(emptyFleet());
        showAt(view, QSize(640, 400));
        QVERIFY(view.shownBoxes().isEmpty());
        QCOMPARE(view.boxAt(view.rect().center()), QString());
        // Text in the middle of the widget, nothing else drawn but the frame.
        const QImage image = view.grab().toImage();
        const QColor base = view.palette().color(QPalette::Base);
        int textPixels = 0;
        for (int y = 1; y < image.height() - 1; ++y) {
            for (int x = 1; x < image.width() - 1; ++x) {
                if (image.pixelColor(x, y) != base) {
                    ++textPixels;
                    QVERIFY2(qAbs(y - image.height() / 2) < 40, qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
                }
            }
        }
        QVERIFY(textPixels > 20);
        screenshot(view, QStringLiteral("empty-640x400"));
    }

    void toImageDrawsLikeTheWidget()
    {
        TopologyView view;
        view.setFleet(makeFleet(QStringLiteral("demo"), 2, 4));
        showAt(view, QSize(800, 500));
        const QImage grabbed = view.grab().toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(view.toImage(QSize(800, 500)).convertToFormat(QImage::Format_ARGB32), grabbed);
        const QImage other = view.toImage(QSize(640, 400));
        QCOMPARE(other.size(), QSize(640, 400));
        QCOMPARE(view.size(), QSize(800, 500));
        QVERIFY(other != view.toImage(QSize(1280, 800)).scaled(640, 400));
    }

    void sizeHintSuitsTheWizard()
    {
        TopologyView view;
        QVERIFY(view.sizeHint().width() <= 1280 && view.sizeHint().height() <= 800 - 200);
        QVERIFY(view.minimumSizeHint().width() <= 640 && view.minimumSizeHint().height() <= 400);
    }

    void screenshots_data()
    {
        QTest::addColumn<Fleet>("fleet");
        QTest::addColumn<QString>("name");
        QTest::newRow("1x1") << makeFleet(QStringLiteral("one"), 1, 1) << QStringLiteral("1x1");
        QTest::newRow("sandbox") << makeFleet(QStringLiteral("demo"), 2, 4) << QStringLiteral("sandbox");
        QTest::newRow("10x60") << makeFleet(QStringLiteral("big"), 10, 60) << QStringLiteral("10x60");
        QTest::newRow("20x100") << makeFleet(QStringLiteral("huge"), 20, 100) << QStringLiteral("20x100");
        QTest::newRow("half made") << makeFleet(QStringLiteral("half"), 3, 6, 2, 0, FleetServer::Phase::Trusted)
                                   << QStringLiteral("half-made");
        QTest::newRow("planned") << plannedFleet() << QStringLiteral("planned");
        QTest::newRow("empty") << emptyFleet() << QStringLiteral("empty");
    }

    void screenshots()
    {
        QFETCH(Fleet, fleet);
        QFETCH(QString, name);
        // The wizard's page, a small window, and the view's own size hint.
        for (const QSize size : {QSize(1280, 800), QSize(640, 400), TopologyView().sizeHint()}) {
            TopologyView view;
            view.setFleet(fleet);
            for (int i = 0; i < fleet.containerList.size(); ++i) {
                const BackendState state = i % 7 == 3 ? BackendState::Down : BackendState::Up;
                view.setBackendState(fleet.containerList.at(i).name, state);
            }
            showAt(view, size);
            screenshot(view, QStringLiteral("%1-%2x%3").arg(name).arg(size.width()).arg(size.height()));
        }
    }
};

QTEST_MAIN(tst_TopologyView)
#include "tst_TopologyView.moc"
