#pragma once

#include "core/Fleet.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

class QPainter;

namespace quayside {

// Draws a fleet as a picture, left to right: the users on the internet, the nginx host in front, and one
// band per Docker host holding its Tomcat containers (name, host port, health, answered requests), with
// lines from nginx to each host and on to each container's port. Servers are coloured by how far they got
// (planned ones, which the fleet counts but has not made yet, are dashed); containers by the health the
// caller reports. The layout follows the widget's size: what does not fit collapses into "+N more" boxes
// whose tooltip names what they hide. A caption names the fleet once, so the boxes show names without the
// fleet's prefix ("docker-1"); tooltips give full names and details. The accessible description says the
// same in words (summary()).
class TopologyView : public QWidget
{
    Q_OBJECT

public:
    enum class BackendState { Unknown, Up, Down };
    Q_ENUM(BackendState)

    explicit TopologyView(QWidget *parent = nullptr);
    ~TopologyView() override;

    // Shows `fleet`: its servers and containers, plus the Docker hosts and containers it counts
    // (dockerHosts, containers) but has not made yet, named as FleetPlan will name them. Health and hits
    // set before are kept for the containers that are still there.
    void setFleet(const Fleet &fleet);
    const Fleet &fleet() const { return m_fleet; }

    // The health of a container (FleetContainer::name), from the final check or the live health checks.
    void setBackendState(const QString &containerName, BackendState state);
    BackendState backendState(const QString &containerName) const;
    // How many requests each backend answered, keyed "address:port" as FleetCheckReport::backends; a key
    // is matched to the container published on that port of the Docker host with that address.
    void setBackendHits(const QMap<QString, int> &hitsByAddressPort);
    // The answered requests of a container, -1 if none were reported for it.
    int backendHits(const QString &containerName) const;
    // Marks a server (FleetServer::name, or a planned host's name) whose step failed; it shows red until
    // cleared, or until a fleet set later shows the server in another phase (a retry got it further).
    void setServerFailed(const QString &serverName, bool failed = true);

    // The topology in a few sentences, also the accessible description: "nginx at 10.0.0.5 in front of 4
    // Tomcat containers on 2 Docker hosts." then what is not made yet, failed servers, containers up/down.
    QString summary() const;

    // Where the box of a server or container (by name) is drawn at the widget's current size; an empty
    // rectangle if it is not drawn (collapsed into "+N more", or unknown).
    QRect boxRect(const QString &name) const;
    // The server or container whose box is at `pos`; for a "+N more" box its label; empty elsewhere.
    QString boxAt(const QPoint &pos) const;
    // The tooltip shown at `pos`: the details of the box there, the whole summary over the caption, else
    // empty.
    QString toolTipAt(const QPoint &pos) const;
    // The names of the servers and containers drawn at the current size, in drawing order.
    QStringList shownBoxes() const;
    // The picture at another size, without resizing the widget (for documents and previews).
    QImage toImage(const QSize &size) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // How far a server got, as drawn.
    enum class ServerState { Planned, Pending, Active, Provisioned, Failed };

    struct HostItem
    {
        QString name;
        QString address;
        ServerState state = ServerState::Planned;
        FleetServer::Phase phase = FleetServer::Phase::Requested;
        bool fromSnapshot = false;
        QList<int> containers; // indexes into m_containers
    };
    struct ContainerItem
    {
        QString name;
        QString host;
        QString pool;
        int hostPort = 0;
        bool planned = false;
    };
    enum class BoxKind { Users, Nginx, Host, Container, MoreContainers, MoreHosts };
    struct Box
    {
        BoxKind kind = BoxKind::Users;
        QRectF rect;
        int index = -1;     // into m_hosts: the host, or the host of a container or "+N more" box
        int container = -1; // into m_containers
        QStringList hidden; // what a "+N more" box stands for
        QString label;      // a "+N more" box's text
    };
    struct Layout
    {
        QSize size;
        bool empty = true;
        QList<Box> boxes;
        int lineHeight = 0;
        int chipLines = 1;
        bool chipPorts = true; // one-line container boxes show the port after the name
        int hostLines = 1;
        qreal headerWidth = 0; // of a host's band, before its containers
        QRectF legend;
        QRectF caption;
    };

    void rebuild();
    void invalidate();
    const Layout &layout() const;
    Layout layoutFor(const QSize &size) const;
    void layoutHosts(Layout &layout, const QRectF &area) const;
    const Box *boxAtPoint(const QPoint &pos) const;
    QString boxName(const Box &box) const;
    QString toolTipFor(const Box &box) const;
    // A name without the fleet's prefix ("docker-1" for "demo-docker-1"): the caption names the fleet.
    QString displayName(const QString &name) const;
    QString addressText(const HostItem &host) const;
    QString portText(const ContainerItem &container) const;
    // The second line of a two-line container box: port and answered requests, or "Planned".
    QString detailText(const ContainerItem &container) const;

    void paint(QPainter &painter, const Layout &layout) const;
    void paintUsers(QPainter &painter, const QRectF &rect) const;
    void paintNginx(QPainter &painter, const Box &box, const Layout &layout) const;
    void paintHost(QPainter &painter, const Box &box, const Layout &layout) const;
    void paintContainer(QPainter &painter, const Box &box, const Layout &layout) const;
    void paintMore(QPainter &painter, const Box &box) const;
    void paintConnections(QPainter &painter, const Layout &layout) const;
    void paintBus(QPainter &painter, const Box &band, const Layout &layout) const;
    void paintLegend(QPainter &painter, const Layout &layout) const;
    struct LegendEntry;
    QList<LegendEntry> legendEntries() const;

    QColor stateColor(ServerState state) const;
    QColor stateColor(BackendState state) const;
    QString stateName(ServerState state) const;
    QString stateName(BackendState state) const;
    ServerState serverState(const FleetServer &server) const;
    void updateAccessibleText();

    Fleet m_fleet;
    bool m_hasNginx = false; // the fleet lists its nginx server (else nginx is drawn planned)
    HostItem m_nginx;
    QList<HostItem> m_hosts;
    QList<ContainerItem> m_containers;
    QHash<QString, BackendState> m_states;
    QMap<QString, int> m_hitsByBackend;
    QHash<QString, FleetServer::Phase> m_failed; // the failed servers, with the phase they failed in
    mutable Layout m_layout;
    mutable bool m_layoutValid = false;
};

} // namespace quayside
