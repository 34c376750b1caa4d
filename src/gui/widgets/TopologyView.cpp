#include "gui/widgets/TopologyView.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace quayside {

namespace {

constexpr qreal kPad = 6;       // inside boxes
constexpr qreal kStripe = 4;    // the state stripe on a box's left edge
constexpr qreal kChipHGap = 12; // between chips in a row: room for the arrow into the next one
constexpr qreal kChipVGap = 4;
constexpr qreal kBusGap = 26; // between a host's header and its containers: the bus runs there
constexpr qreal kRadius = 6;
constexpr int kTooltipNames = 12; // names listed in a "+N more" tooltip before "…"

QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() + (tint.redF() - base.redF()) * amount),
                            float(base.greenF() + (tint.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (tint.blueF() - base.blueF()) * amount));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Text a little quieter than the palette's own, for addresses, ports and headings.
QColor secondaryText(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
}

QColor lineColor(const QPalette &palette)
{
    return blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.55);
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

QFont smallFont(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else
        font.setPixelSize(std::max(8, int(font.pixelSize() * 0.85)));
    return font;
}

void drawArrowHead(QPainter &painter, const QPointF &tip, const QColor &color, qreal size)
{
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip + QPointF(-size, -size * 0.6));
    head.lineTo(tip + QPointF(-size, size * 0.6));
    head.closeSubpath();
    painter.fillPath(head, color);
}

QString joinNames(const QStringList &names)
{
    QStringList shown = names.mid(0, kTooltipNames);
    if (names.size() > kTooltipNames)
        shown << QStringLiteral("…");
    return shown.join(QLatin1Char('\n'));
}

// A box with a rounded outline, its fill tinted with `tint`, a stripe of `tint` on its left edge; planned
// boxes are dashed and not filled.
void drawStateBox(QPainter &painter, const QPalette &palette, const QRectF &rect, const QColor &tint, bool planned,
                  qreal tintAmount, qreal radius = kRadius)
{
    const QRectF outline = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor base = palette.color(QPalette::Base);
    if (planned) {
        QPen pen(palette.color(QPalette::Mid), 1.2, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(blend(base, palette.color(QPalette::Window), 0.5));
        painter.drawRoundedRect(outline, radius, radius);
        return;
    }
    painter.setPen(QPen(blend(base, tint, 0.75), 1));
    painter.setBrush(blend(base, tint, isDark(palette) ? tintAmount * 1.6 : tintAmount));
    painter.drawRoundedRect(outline, radius, radius);
    QPainterPath clip;
    clip.addRoundedRect(outline, radius, radius);
    painter.save();
    painter.setClipPath(clip);
    painter.fillRect(QRectF(rect.left(), rect.top(), kStripe, rect.height()), tint);
    painter.restore();
}

// A small rounded label in `color` with contrasting text.
void drawPill(QPainter &painter, const QPointF &topLeft, qreal maxWidth, const QColor &color, const QString &text,
              const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal width = std::min(maxWidth, metrics.horizontalAdvance(text) + 12);
    const QRectF pill(topLeft, QSizeF(width, metrics.height() + 2));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter.setFont(font);
    painter.setPen(color.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white));
    painter.drawText(pill.adjusted(6, 0, -6, 0), Qt::AlignCenter,
                     metrics.elidedText(text, Qt::ElideRight, pill.width() - 12));
}

void drawTextLine(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                  Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter, Qt::TextElideMode elide = Qt::ElideRight)
{
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, align, QFontMetricsF(font).elidedText(text, elide, rect.width()));
}

// Places the legend's entries in rows no wider than `width`; returns the rows' height.
template<typename Entry>
qreal flowLegend(const QFontMetricsF &metrics, const QList<Entry> &entries, qreal width, QList<QRectF> *placed)
{
    const qreal swatch = metrics.height() * 0.75;
    const qreal rowHeight = metrics.height() + 4;
    const auto widthOf = [&](const Entry &entry) {
        return metrics.horizontalAdvance(entry.label) + (entry.heading ? 8 : swatch + 6 + 16);
    };
    qreal all = 0;
    for (const Entry &entry : entries)
        all += widthOf(entry) + (entry.heading ? 14 : 0);
    // Where the legend does not fit on one row, each group starts a row of its own.
    const bool rowPerGroup = all > width;
    qreal x = 0;
    qreal y = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        const qreal itemWidth = widthOf(entry);
        // Keep a heading on the row of its group's first entry.
        qreal needed = itemWidth;
        if (entry.heading && i + 1 < entries.size())
            needed += widthOf(entries.at(i + 1));
        if (x > 0 && (x + needed > width || (entry.heading && rowPerGroup))) {
            x = 0;
            y += rowHeight;
        }
        if (placed)
            *placed << QRectF(x, y, itemWidth, rowHeight);
        x += itemWidth;
        if (entry.heading == false && i + 1 < entries.size() && entries.at(i + 1).heading)
            x += 14;
    }
    return y + rowHeight;
}

} // namespace

struct TopologyView::LegendEntry
{
    QColor color;
    QString label;
    bool dashed = false;
    bool heading = false;
};

TopologyView::TopologyView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyView"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_fleet.dockerHosts = 0;
    m_fleet.containers = 0;
    rebuild();
}

TopologyView::~TopologyView() = default;

void TopologyView::setFleet(const Fleet &fleet)
{
    m_fleet = fleet;
    // A failed server whose phase moved on since was retried: it is no longer the failed one.
    for (auto it = m_failed.begin(); it != m_failed.end();) {
        const FleetServer *server = m_fleet.server(it.key());
        if (server && server->phase != it.value())
            it = m_failed.erase(it);
        else
            ++it;
    }
    rebuild();
}

void TopologyView::setBackendState(const QString &containerName, BackendState state)
{
    if (m_states.value(containerName, BackendState::Unknown) == state)
        return;
    m_states.insert(containerName, state);
    updateAccessibleText();
    update();
}

TopologyView::BackendState TopologyView::backendState(const QString &containerName) const
{
    return m_states.value(containerName, BackendState::Unknown);
}

void TopologyView::setBackendHits(const QMap<QString, int> &hitsByAddressPort)
{
    m_hitsByBackend = hitsByAddressPort;
    invalidate(); // the containers' boxes widen for the counts
}

int TopologyView::backendHits(const QString &containerName) const
{
    for (const ContainerItem &container : m_containers) {
        if (container.name != containerName || container.planned)
            continue;
        for (const HostItem &host : m_hosts) {
            if (host.name == container.host && !host.address.isEmpty())
                return m_hitsByBackend.value(host.address + QLatin1Char(':') + QString::number(container.hostPort), -1);
        }
    }
    return -1;
}

void TopologyView::setServerFailed(const QString &serverName, bool failed)
{
    if (failed) {
        const FleetServer *server = m_fleet.server(serverName);
        m_failed.insert(serverName, server ? server->phase : FleetServer::Phase::Requested);
    } else {
        m_failed.remove(serverName);
    }
    rebuild();
}

TopologyView::ServerState TopologyView::serverState(const FleetServer &server) const
{
    if (m_failed.contains(server.name))
        return ServerState::Failed;
    switch (server.phase) {
    case FleetServer::Phase::Requested:
    case FleetServer::Phase::Created: return ServerState::Pending;
    case FleetServer::Phase::Active:
    case FleetServer::Phase::Trusted: return ServerState::Active;
    case FleetServer::Phase::Provisioned: return ServerState::Provisioned;
    }
    return ServerState::Pending;
}

void TopologyView::rebuild()
{
    m_hosts.clear();
    m_containers.clear();
    m_hasNginx = false;
    m_nginx = HostItem{};

    QHash<QString, int> hostIndex;
    for (const FleetServer &server : m_fleet.servers) {
        HostItem item;
        item.name = server.name;
        item.address = server.address;
        item.state = serverState(server);
        item.phase = server.phase;
        item.fromSnapshot = server.fromSnapshot;
        if (server.role == FleetServer::Role::NginxHost) {
            if (!m_hasNginx) {
                m_nginx = item;
                m_hasNginx = true;
            }
            continue;
        }
        hostIndex.insert(server.name, int(m_hosts.size()));
        m_hosts << item;
    }
    // The hosts the fleet counts but has not made yet, named as FleetPlan names them.
    for (int n = 1; m_hosts.size() < m_fleet.dockerHosts; ++n) {
        const QString name =
            m_fleet.name.isEmpty() ? tr("Docker host %1").arg(n) : m_fleet.name + QStringLiteral("-docker-%1").arg(n);
        if (hostIndex.contains(name))
            continue;
        HostItem planned;
        planned.name = name;
        planned.state = m_failed.contains(name) ? ServerState::Failed : ServerState::Planned;
        hostIndex.insert(name, int(m_hosts.size()));
        m_hosts << planned;
    }

    QSet<QString> made;
    for (const FleetContainer &container : m_fleet.containerList) {
        if (!hostIndex.contains(container.host)) {
            // A container on a server the record does not list: show its host anyway, as not yet known.
            HostItem host;
            host.name = container.host;
            host.state = ServerState::Pending;
            hostIndex.insert(container.host, int(m_hosts.size()));
            m_hosts << host;
        }
        m_hosts[hostIndex.value(container.host)].containers << int(m_containers.size());
        m_containers << ContainerItem{container.name, container.host, container.pool, container.hostPort, false};
        made.insert(container.name);
    }
    // The containers still to come, spread over the hosts in turn as FleetProvisioner places them.
    if (!m_hosts.isEmpty()) {
        for (int n = 1; n <= m_fleet.containers && m_containers.size() < m_fleet.containers; ++n) {
            const QString name =
                m_fleet.name.isEmpty() ? tr("Tomcat %1").arg(n) : m_fleet.name + QStringLiteral("-tomcat-%1").arg(n);
            if (made.contains(name))
                continue;
            HostItem &host = m_hosts[(n - 1) % m_hosts.size()];
            host.containers << int(m_containers.size());
            m_containers << ContainerItem{name, host.name, QString(), 0, true};
        }
    }

    if (!m_hasNginx) {
        m_nginx.name = m_fleet.name.isEmpty() ? QStringLiteral("nginx") : m_fleet.name + QStringLiteral("-nginx");
        m_nginx.state = ServerState::Planned;
    }
    updateAccessibleText();
    invalidate();
}

void TopologyView::invalidate()
{
    m_layoutValid = false;
    update();
}

void TopologyView::updateAccessibleText()
{
    setAccessibleName(tr("Fleet topology"));
    setAccessibleDescription(summary());
}

QString TopologyView::summary() const
{
    if (m_hosts.isEmpty() && !m_hasNginx)
        return tr("No fleet yet.");

    const int containers = int(m_containers.size());
    const int hosts = int(m_hosts.size());
    const QString containerText =
        containers == 1 ? tr("1 Tomcat container") : tr("%1 Tomcat containers").arg(containers);
    const QString hostText = hosts == 1 ? tr("1 Docker host") : tr("%1 Docker hosts").arg(hosts);
    QString nginx;
    if (!m_hasNginx)
        nginx = tr("A planned nginx");
    else if (m_nginx.address.isEmpty())
        nginx = tr("nginx (no address yet)");
    else
        nginx = tr("nginx at %1").arg(m_nginx.address);
    QStringList sentences{tr("%1 in front of %2 on %3.").arg(nginx, containerText, hostText)};

    int plannedHosts = 0;
    for (const HostItem &host : m_hosts)
        plannedHosts += host.state == ServerState::Planned ? 1 : 0;
    const int plannedContainers =
        int(std::count_if(m_containers.cbegin(), m_containers.cend(), [](const auto &c) { return c.planned; }));
    if (plannedHosts > 0 || plannedContainers > 0) {
        QStringList planned;
        if (plannedHosts > 0)
            planned << (plannedHosts == 1 ? tr("1 Docker host") : tr("%1 Docker hosts").arg(plannedHosts));
        if (plannedContainers > 0)
            planned << (plannedContainers == 1 ? tr("1 container") : tr("%1 containers").arg(plannedContainers));
        sentences << tr("Not made yet: %1.").arg(planned.join(tr(", ")));
    }

    QStringList failed;
    if (m_hasNginx && m_nginx.state == ServerState::Failed)
        failed << m_nginx.name;
    for (const HostItem &host : m_hosts) {
        if (host.state == ServerState::Failed)
            failed << host.name;
    }
    if (!failed.isEmpty())
        sentences << tr("Failed: %1.").arg(failed.join(tr(", ")));

    QStringList up;
    QStringList down;
    for (const ContainerItem &container : m_containers) {
        const BackendState state = container.planned ? BackendState::Unknown : backendState(container.name);
        if (state == BackendState::Up)
            up << container.name;
        else if (state == BackendState::Down)
            down << container.name;
    }
    if (!up.isEmpty() || !down.isEmpty())
        sentences << tr("%1 of %2 containers up.").arg(up.size()).arg(containers);
    if (!down.isEmpty())
        sentences << tr("Down: %1.").arg(down.join(tr(", ")));
    return sentences.join(QLatin1Char(' '));
}

QSize TopologyView::sizeHint() const
{
    // A 1280x800 wizard page leaves about this much beside its title and buttons.
    return {960, 520};
}

QSize TopologyView::minimumSizeHint() const
{
    return {420, 260};
}

const TopologyView::Layout &TopologyView::layout() const
{
    if (!m_layoutValid || m_layout.size != size()) {
        m_layout = layoutFor(size());
        m_layoutValid = true;
    }
    return m_layout;
}

QList<TopologyView::LegendEntry> TopologyView::legendEntries() const
{
    QList<LegendEntry> entries{LegendEntry{QColor(), tr("Servers:"), false, true}};
    for (const ServerState state :
         {ServerState::Provisioned, ServerState::Active, ServerState::Pending, ServerState::Failed})
        entries << LegendEntry{stateColor(state), stateName(state)};
    entries << LegendEntry{stateColor(ServerState::Planned), stateName(ServerState::Planned), true};
    entries << LegendEntry{QColor(), tr("Tomcat:"), false, true};
    for (const BackendState state : {BackendState::Up, BackendState::Down, BackendState::Unknown})
        entries << LegendEntry{stateColor(state), stateName(state)};
    return entries;
}

TopologyView::Layout TopologyView::layoutFor(const QSize &size) const
{
    Layout result;
    result.size = size;
    result.empty = m_hosts.isEmpty() && !m_hasNginx;
    const QFontMetricsF metrics(font());
    result.lineHeight = int(std::ceil(metrics.height()));
    if (result.empty)
        return result;

    const qreal margin = std::clamp(size.width() * 0.015, 8.0, 20.0);
    QRectF area = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(margin, margin, -margin, -margin);
    const qreal line = result.lineHeight;
    if (!m_fleet.name.isEmpty()) {
        // The fleet's name once above the picture: the boxes leave it out of their servers' names.
        result.caption = QRectF(area.left(), area.top(), area.width(), line);
        area.setTop(result.caption.bottom() + margin / 2);
    }

    const qreal legendHeight = flowLegend(QFontMetricsF(smallFont(font())), legendEntries(), area.width(), nullptr);
    result.legend = QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight);
    area.setBottom(result.legend.top() - margin);

    const qreal width = area.width();
    const qreal usersWidth = std::clamp(width * 0.09, 76.0, 120.0);
    const qreal gapUsers = std::clamp(width * 0.045, 22.0, 60.0);
    const qreal nginxWidth = std::clamp(width * 0.13, 100.0, 170.0);
    const qreal gapNginx = std::clamp(width * 0.07, 30.0, 100.0);

    const qreal usersHeight = std::min(area.height(), line * 2 + 2 * kPad + std::min(36.0, usersWidth * 0.35) + 6);
    Box users;
    users.kind = BoxKind::Users;
    users.rect = QRectF(area.left(), area.center().y() - usersHeight / 2, usersWidth, usersHeight);

    const qreal nginxHeight = std::min(area.height(), line * 4 + 2 * kPad + 8);
    Box nginx;
    nginx.kind = BoxKind::Nginx;
    nginx.rect = QRectF(users.rect.right() + gapUsers, area.center().y() - nginxHeight / 2, nginxWidth, nginxHeight);

    result.boxes << users << nginx;
    const QRectF hostsArea(nginx.rect.right() + gapNginx, area.top(), area.right() - nginx.rect.right() - gapNginx,
                           area.height());
    layoutHosts(result, hostsArea);

    // A small fleet leaves room on the right: give part of it to the fan-out and centre the rest.
    qreal right = nginx.rect.right();
    for (const Box &box : std::as_const(result.boxes))
        right = std::max(right, box.rect.right());
    const qreal spare = area.right() - right;
    if (spare > 1) {
        const qreal widen = std::min(spare / 2, 80.0);
        const qreal shift = (spare - widen) / 2;
        for (Box &box : result.boxes)
            box.rect.translate(box.kind == BoxKind::Users || box.kind == BoxKind::Nginx ? shift : shift + widen, 0);
    }
    return result;
}

QString TopologyView::displayName(const QString &name) const
{
    const QString prefix = m_fleet.name + QLatin1Char('-');
    return !m_fleet.name.isEmpty() && name.startsWith(prefix) && name.size() > prefix.size() ? name.mid(prefix.size())
                                                                                             : name;
}

QString TopologyView::addressText(const HostItem &host) const
{
    if (host.state == ServerState::Planned)
        return stateName(ServerState::Planned);
    return host.address.isEmpty() ? tr("no address yet") : host.address;
}

QString TopologyView::portText(const ContainerItem &container) const
{
    return container.planned || container.hostPort <= 0 ? QString() : QStringLiteral(":%1").arg(container.hostPort);
}

QString TopologyView::detailText(const ContainerItem &container) const
{
    if (container.planned)
        return stateName(ServerState::Planned);
    const QString port = portText(container);
    const int hits = backendHits(container.name);
    if (hits < 0)
        return port;
    return hits == 1 ? tr("%1 · 1 request").arg(port) : tr("%1 · %2 requests").arg(port).arg(hits);
}

void TopologyView::layoutHosts(Layout &layout, const QRectF &area) const
{
    if (m_hosts.isEmpty())
        return;
    const QFont bold = boldFont(font());
    const QFont small = smallFont(font());
    const QFontMetricsF metrics(font());
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF smallMetrics(small);
    const qreal line = layout.lineHeight;
    const qreal minBand = line + 2 * kPad + 2;

    // Roomy gaps while every band fits, tight ones before any host is collapsed into "+N more".
    const int total = int(m_hosts.size());
    // Many hosts get narrower gaps between their bands, to keep room for a second row of containers.
    qreal gap = total <= 4 ? std::clamp(area.height() * 0.02, 4.0, 14.0) : std::clamp(area.height() * 0.008, 4.0, 8.0);
    if (total * minBand + (total - 1) * gap > area.height())
        gap = 4;
    const int fit = std::max(1, int((area.height() + gap) / (minBand + gap)));
    const int shown = total > fit ? std::max(1, fit - 1) : total;
    const int bands = shown + (shown < total ? 1 : 0);
    const qreal maxBand = line * 6 + 2 * kPad;
    const qreal bandHeight = std::min(maxBand, (area.height() - (bands - 1) * gap) / bands);
    layout.hostLines = std::clamp(int((bandHeight - 2 * kPad) / line), 1, 3);

    // The header is as wide as its longest name, address or state; on one line, name and address side by side.
    qreal header = 60;
    int mostContainers = 1;
    qreal chipText = 40;
    qreal chipName = 40;
    for (int i = 0; i < shown; ++i) {
        const HostItem &host = m_hosts.at(i);
        const qreal name = boldMetrics.horizontalAdvance(displayName(host.name));
        const qreal address = smallMetrics.horizontalAdvance(addressText(host));
        const qreal pill = smallMetrics.horizontalAdvance(stateName(host.state)) + 12;
        header = std::max(header, layout.hostLines == 1 ? name + 8 + address : std::max({name, address, pill}));
        mostContainers = std::max(mostContainers, int(host.containers.size()));
        for (const int c : host.containers) {
            const ContainerItem &container = m_containers.at(c);
            const qreal name = metrics.horizontalAdvance(displayName(container.name));
            chipName = std::max(chipName, name);
            chipText = std::max(chipText, name + 8 + smallMetrics.horizontalAdvance(portText(container)));
            chipText = std::max(chipText, smallMetrics.horizontalAdvance(detailText(container)));
        }
    }
    layout.headerWidth = std::min(header + 4, std::max(80.0, area.width() * 0.35));
    const qreal chipsLeft = kStripe + kPad + 2 + layout.headerWidth + kBusGap;
    const qreal chipsWidth = std::max(40.0, area.width() - chipsLeft - kPad);
    const auto columnsFor = [&](qreal text) {
        const qreal chip = std::clamp(text + kStripe + 12, 64.0, 170.0);
        return std::pair{chip, std::max(1, int((chipsWidth + kChipHGap) / (chip + kChipHGap)))};
    };
    qreal minChip = 0;
    int columns = 1;
    std::tie(minChip, columns) = columnsFor(chipText);
    layout.chipPorts = true;
    if (columns < 2 && mostContainers > 1) {
        // Too narrow for name and port side by side: the names alone (the port is in the tooltip).
        std::tie(minChip, columns) = columnsFor(chipName);
        layout.chipPorts = false;
    }
    const qreal maxChip = minChip + 40;
    const auto capacity = [&](int lines) {
        const qreal chipHeight = lines * line + 2 + 2 * lines;
        return columns * std::max(1, int((bandHeight - 2 * kPad + kChipVGap) / (chipHeight + kChipVGap)));
    };
    // Two-line boxes (name, then port and hits) where they fit all containers, else one line to show more.
    layout.chipLines = (bandHeight - 2 * kPad >= 2 * line + 6 && capacity(2) >= mostContainers) ? 2 : 1;
    const qreal chipHeight = layout.chipLines * line + 2 + 2 * layout.chipLines;
    const int rows = std::max(1, int((bandHeight - 2 * kPad + kChipVGap) / (chipHeight + kChipVGap)));
    const int usedColumns = std::min(columns, mostContainers);
    const qreal chipWidth = std::min(maxChip, (chipsWidth - (columns - 1) * kChipHGap) / columns);
    const qreal bandWidth =
        std::min(area.width(), chipsLeft + usedColumns * chipWidth + (usedColumns - 1) * kChipHGap + kPad);

    const qreal stackHeight = bands * bandHeight + (bands - 1) * gap;
    qreal top = area.center().y() - stackHeight / 2;
    for (int i = 0; i < shown; ++i, top += bandHeight + gap) {
        const HostItem &host = m_hosts.at(i);
        Box band;
        band.kind = BoxKind::Host;
        band.index = i;
        band.rect = QRectF(area.left(), top, bandWidth, bandHeight);
        layout.boxes << band;

        const int count = int(host.containers.size());
        const int cells = rows * columns;
        const int drawn = count > cells ? cells - 1 : count;
        const int cellCount = count > cells ? cells : count;
        const int usedRows = (cellCount + columns - 1) / columns;
        const qreal gridHeight = usedRows * chipHeight + (usedRows - 1) * kChipVGap;
        const qreal gridTop = band.rect.center().y() - gridHeight / 2;
        for (int c = 0; c < cellCount; ++c) {
            const int row = c / columns;
            const int column = c % columns;
            const QRectF cell(area.left() + chipsLeft + column * (chipWidth + kChipHGap),
                              gridTop + row * (chipHeight + kChipVGap), chipWidth, chipHeight);
            Box chip;
            chip.rect = cell;
            chip.index = i;
            if (c < drawn) {
                chip.kind = BoxKind::Container;
                chip.container = host.containers.at(c);
            } else {
                chip.kind = BoxKind::MoreContainers;
                for (int h = drawn; h < count; ++h)
                    chip.hidden << m_containers.at(host.containers.at(h)).name;
                chip.label = drawn == 0 ? tr("%1 containers").arg(count) : tr("+%1 more").arg(chip.hidden.size());
            }
            layout.boxes << chip;
        }
    }
    if (shown < total) {
        Box more;
        more.kind = BoxKind::MoreHosts;
        more.rect = QRectF(area.left(), top, bandWidth, bandHeight);
        int hiddenContainers = 0;
        for (int i = shown; i < total; ++i) {
            more.hidden << m_hosts.at(i).name;
            hiddenContainers += int(m_hosts.at(i).containers.size());
        }
        more.label = hiddenContainers > 0
                         ? tr("+%1 more Docker hosts with %2 containers").arg(more.hidden.size()).arg(hiddenContainers)
                         : tr("+%1 more Docker hosts").arg(more.hidden.size());
        layout.boxes << more;
    }
}

const TopologyView::Box *TopologyView::boxAtPoint(const QPoint &pos) const
{
    const Layout &current = layout();
    // Containers lie inside their host's band: the last box drawn at a point is the one on top.
    for (auto it = current.boxes.crbegin(); it != current.boxes.crend(); ++it) {
        if (it->rect.contains(pos))
            return &*it;
    }
    return nullptr;
}

QString TopologyView::boxName(const Box &box) const
{
    switch (box.kind) {
    case BoxKind::Users: return QString();
    case BoxKind::Nginx: return m_nginx.name;
    case BoxKind::Host: return m_hosts.at(box.index).name;
    case BoxKind::Container: return m_containers.at(box.container).name;
    case BoxKind::MoreContainers:
    case BoxKind::MoreHosts: return box.label;
    }
    return QString();
}

QRect TopologyView::boxRect(const QString &name) const
{
    for (const Box &box : layout().boxes) {
        if ((box.kind == BoxKind::Nginx || box.kind == BoxKind::Host || box.kind == BoxKind::Container) &&
            boxName(box) == name)
            return box.rect.toAlignedRect();
    }
    return {};
}

QString TopologyView::boxAt(const QPoint &pos) const
{
    const Box *box = boxAtPoint(pos);
    return box ? boxName(*box) : QString();
}

QStringList TopologyView::shownBoxes() const
{
    QStringList names;
    for (const Box &box : layout().boxes) {
        if (box.kind == BoxKind::Nginx || box.kind == BoxKind::Host || box.kind == BoxKind::Container)
            names << boxName(box);
    }
    return names;
}

QString TopologyView::toolTipAt(const QPoint &pos) const
{
    const Box *box = boxAtPoint(pos);
    if (box)
        return toolTipFor(*box);
    // The caption's summary may be cut short: all of it.
    return layout().caption.contains(pos) ? summary() : QString();
}

QString TopologyView::toolTipFor(const Box &box) const
{
    const auto serverLines = [this](const HostItem &host, const QString &role) {
        QStringList lines{host.name, role};
        if (host.state == ServerState::Planned) {
            lines << tr("Planned: not made yet.");
            return lines;
        }
        lines << tr("Address: %1").arg(host.address.isEmpty() ? tr("none yet") : host.address);
        lines << tr("State: %1 (%2)").arg(stateName(host.state), FleetServer::phaseName(host.phase));
        if (host.fromSnapshot)
            lines << tr("Made from the fleet's snapshot.");
        return lines;
    };

    switch (box.kind) {
    case BoxKind::Users: return tr("Users reach the fleet's web applications over HTTP through nginx.");
    case BoxKind::Nginx: {
        QStringList lines = serverLines(m_nginx, tr("nginx load balancer"));
        lines << (m_containers.size() == 1 ? tr("Forwards requests to 1 Tomcat container.")
                                           : tr("Forwards requests to %1 Tomcat containers.").arg(m_containers.size()));
        return lines.join(QLatin1Char('\n'));
    }
    case BoxKind::Host: {
        const HostItem &host = m_hosts.at(box.index);
        QStringList lines = serverLines(host, tr("Docker host"));
        lines << (host.containers.size() == 1 ? tr("1 Tomcat container")
                                              : tr("%1 Tomcat containers").arg(host.containers.size()));
        return lines.join(QLatin1Char('\n'));
    }
    case BoxKind::Container: {
        const ContainerItem &container = m_containers.at(box.container);
        QStringList lines{container.name};
        if (container.planned) {
            lines << tr("Tomcat container planned on %1: not made yet.").arg(container.host);
            return lines.join(QLatin1Char('\n'));
        }
        QString address;
        for (const HostItem &host : m_hosts) {
            if (host.name == container.host)
                address = host.address;
        }
        lines << tr("Tomcat container on %1").arg(container.host);
        if (!address.isEmpty())
            lines << tr("nginx forwards to %1:%2").arg(address).arg(container.hostPort);
        else
            lines << tr("Published on port %1").arg(container.hostPort);
        if (!container.pool.isEmpty())
            lines << tr("Pool: %1").arg(container.pool);
        lines << tr("Health: %1").arg(stateName(backendState(container.name)));
        const int hits = backendHits(container.name);
        if (hits >= 0)
            lines << (hits == 1 ? tr("Answered 1 request of the check.")
                                : tr("Answered %1 requests of the check.").arg(hits));
        return lines.join(QLatin1Char('\n'));
    }
    case BoxKind::MoreContainers:
        return tr("Also on %1:").arg(m_hosts.at(box.index).name) + QLatin1Char('\n') + joinNames(box.hidden);
    case BoxKind::MoreHosts:
        return tr("Docker hosts not shown at this size:") + QLatin1Char('\n') + joinNames(box.hidden);
    }
    return QString();
}

bool TopologyView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Box *box = boxAtPoint(help->pos());
        QToolTip::showText(help->globalPos(), text, this,
                           box ? box->rect.toAlignedRect() : layout().caption.toAlignedRect());
        return true;
    }
    return QWidget::event(event);
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    m_layoutValid = false;
    QWidget::resizeEvent(event);
}

void TopologyView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        rebuild(); // planned names and "+N more" labels are translated
        break;
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange: invalidate(); break;
    default: break;
    }
    QWidget::changeEvent(event);
}

QImage TopologyView::toImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setFont(font());
    paint(painter, layoutFor(size));
    return image;
}

void TopologyView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    paint(painter, layout());
}

QColor TopologyView::stateColor(ServerState state) const
{
    switch (state) {
    case ServerState::Provisioned: return QColor(0x2e, 0xa0, 0x5a);
    case ServerState::Active: return QColor(0x33, 0x7a, 0xd6);
    case ServerState::Pending: return QColor(0xd9, 0x8e, 0x04);
    case ServerState::Failed: return QColor(0xd6, 0x3c, 0x3c);
    case ServerState::Planned: break;
    }
    return palette().color(QPalette::Mid);
}

QColor TopologyView::stateColor(BackendState state) const
{
    switch (state) {
    case BackendState::Up: return QColor(0x2e, 0xa0, 0x5a);
    case BackendState::Down: return QColor(0xd6, 0x3c, 0x3c);
    case BackendState::Unknown: break;
    }
    return QColor(0x8a, 0x90, 0x9a);
}

QString TopologyView::stateName(ServerState state) const
{
    switch (state) {
    case ServerState::Planned: return tr("Planned");
    case ServerState::Pending: return tr("Being created");
    case ServerState::Active: return tr("Active");
    case ServerState::Provisioned: return tr("Provisioned");
    case ServerState::Failed: return tr("Failed");
    }
    return QString();
}

QString TopologyView::stateName(BackendState state) const
{
    switch (state) {
    case BackendState::Up: return tr("Up");
    case BackendState::Down: return tr("Down");
    case BackendState::Unknown: break;
    }
    return tr("Unknown");
}

void TopologyView::paint(QPainter &painter, const Layout &layout) const
{
    const QPalette &pal = palette();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF whole(QPointF(0, 0), QSizeF(layout.size));
    painter.fillRect(whole, pal.color(QPalette::Base));
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(whole.adjusted(0.5, 0.5, -0.5, -0.5));

    if (layout.empty) {
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(whole.adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No fleet yet. Its servers and containers appear here once it is planned."));
        return;
    }

    if (!layout.caption.isEmpty()) {
        const QFont bold = boldFont(font());
        const QString title = tr("Fleet %1").arg(m_fleet.name);
        const qreal titleWidth = QFontMetricsF(bold).horizontalAdvance(title);
        drawTextLine(painter, layout.caption, title, bold, pal.color(QPalette::Text));
        drawTextLine(painter, layout.caption.adjusted(titleWidth + 12, 0, 0, 0), summary(), smallFont(font()),
                     secondaryText(pal));
    }
    paintConnections(painter, layout);
    for (const Box &box : layout.boxes) {
        switch (box.kind) {
        case BoxKind::Users: paintUsers(painter, box.rect); break;
        case BoxKind::Nginx: paintNginx(painter, box, layout); break;
        case BoxKind::Host:
            paintHost(painter, box, layout);
            paintBus(painter, box, layout);
            break;
        case BoxKind::Container: paintContainer(painter, box, layout); break;
        case BoxKind::MoreContainers:
        case BoxKind::MoreHosts: paintMore(painter, box); break;
        }
    }
    paintLegend(painter, layout);
}

void TopologyView::paintUsers(QPainter &painter, const QRectF &rect) const
{
    const QPalette &pal = palette();
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(blend(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.8));
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), kRadius * 2, kRadius * 2);

    const qreal line = QFontMetricsF(font()).height();
    const qreal iconSize = std::max(0.0, std::min({36.0, rect.width() * 0.35, rect.height() - 2 * line - 2 * kPad}));
    const QRectF icon(rect.center().x() - iconSize / 2, rect.top() + kPad + 2, iconSize, iconSize);
    if (iconSize >= 12) {
        // A globe: the internet.
        painter.setPen(QPen(secondaryText(pal), 1.4));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(icon);
        painter.drawEllipse(icon.adjusted(iconSize * 0.28, 0, -iconSize * 0.28, 0));
        painter.drawLine(QPointF(icon.center().x(), icon.top()), QPointF(icon.center().x(), icon.bottom()));
        painter.drawLine(QPointF(icon.left(), icon.center().y()), QPointF(icon.right(), icon.center().y()));
    }
    const qreal textTop = iconSize >= 12 ? icon.bottom() + 4 : rect.center().y() - line;
    drawTextLine(painter, QRectF(rect.left() + 4, textTop, rect.width() - 8, line), tr("Internet"), boldFont(font()),
                 pal.color(QPalette::Text), Qt::AlignCenter);
    drawTextLine(painter, QRectF(rect.left() + 4, textTop + line, rect.width() - 8, line), tr("Users"),
                 smallFont(font()), secondaryText(pal), Qt::AlignCenter);
}

void TopologyView::paintNginx(QPainter &painter, const Box &box, const Layout &layout) const
{
    const QPalette &pal = palette();
    const bool planned = m_nginx.state == ServerState::Planned;
    drawStateBox(painter, pal, box.rect, stateColor(m_nginx.state), planned, 0.12);
    const qreal line = layout.lineHeight;
    const QRectF inner = box.rect.adjusted(kStripe + kPad + 2, kPad, -kPad, -kPad);
    const int lines = std::clamp(int(inner.height() / line), 1, 4);
    const QFont small = smallFont(font());
    qreal y = inner.top() + (inner.height() - lines * line) / 2;
    drawTextLine(painter, QRectF(inner.left(), y, inner.width(), line), displayName(m_nginx.name), boldFont(font()),
                 pal.color(QPalette::Text), Qt::AlignLeft | Qt::AlignVCenter, Qt::ElideMiddle);
    if (lines >= 4) {
        y += line;
        drawTextLine(painter, QRectF(inner.left(), y, inner.width(), line), tr("load balancer"), small,
                     secondaryText(pal));
    }
    if (lines >= 2) {
        y += line;
        drawTextLine(painter, QRectF(inner.left(), y, inner.width(), line), addressText(m_nginx), small,
                     secondaryText(pal));
    }
    if (lines >= 3 && !planned) {
        y += line;
        drawPill(painter, QPointF(inner.left(), y + 1), inner.width(), stateColor(m_nginx.state),
                 stateName(m_nginx.state), small);
    }
}

void TopologyView::paintHost(QPainter &painter, const Box &box, const Layout &layout) const
{
    const QPalette &pal = palette();
    const HostItem &host = m_hosts.at(box.index);
    const bool planned = host.state == ServerState::Planned;
    drawStateBox(painter, pal, box.rect, stateColor(host.state), planned, 0.06);

    const qreal line = layout.lineHeight;
    const QRectF header(box.rect.left() + kStripe + kPad + 2, box.rect.top() + kPad, layout.headerWidth,
                        box.rect.height() - 2 * kPad);
    const QString name = displayName(host.name);
    const QString address = addressText(host);
    const QFont bold = boldFont(font());
    const QFont small = smallFont(font());
    qreal y = header.top() + (header.height() - layout.hostLines * line) / 2;
    if (layout.hostLines == 1) {
        // One line: the name, and the address after it where it fits; the stripe tells the state.
        const qreal nameWidth = std::min(QFontMetricsF(bold).horizontalAdvance(name) + 1, header.width());
        drawTextLine(painter, QRectF(header.left(), y, nameWidth, line), name, bold, pal.color(QPalette::Text),
                     Qt::AlignLeft | Qt::AlignVCenter, Qt::ElideMiddle);
        const QRectF rest(header.left() + nameWidth + 8, y, header.width() - nameWidth - 8, line);
        if (rest.width() > 30)
            drawTextLine(painter, rest, address, small, secondaryText(pal));
    } else {
        drawTextLine(painter, QRectF(header.left(), y, header.width(), line), name, bold, pal.color(QPalette::Text),
                     Qt::AlignLeft | Qt::AlignVCenter, Qt::ElideMiddle);
        y += line;
        drawTextLine(painter, QRectF(header.left(), y, header.width(), line), address, small, secondaryText(pal));
        if (layout.hostLines >= 3 && !planned) {
            y += line;
            drawPill(painter, QPointF(header.left(), y + 1), header.width(), stateColor(host.state),
                     stateName(host.state), small);
        }
    }
    if (host.containers.isEmpty()) {
        const qreal left = header.right() + kBusGap;
        const QRectF free(left, box.rect.top(), box.rect.right() - left - kPad, box.rect.height());
        if (free.width() > 40)
            drawTextLine(painter, free, tr("no containers"), small, pal.color(QPalette::PlaceholderText));
    }
}

void TopologyView::paintContainer(QPainter &painter, const Box &box, const Layout &layout) const
{
    const QPalette &pal = palette();
    const ContainerItem &container = m_containers.at(box.container);
    drawStateBox(painter, pal, box.rect, stateColor(backendState(container.name)), container.planned, 0.18, 4);

    const qreal line = layout.lineHeight;
    const QRectF inner = box.rect.adjusted(kStripe + 5, 2, -5, -2);
    const QString name = displayName(container.name);
    QString detail = portText(container);
    const QFont small = smallFont(font());
    if (layout.chipLines >= 2) {
        drawTextLine(painter, QRectF(inner.left(), inner.top(), inner.width(), line), name, font(),
                     pal.color(QPalette::Text), Qt::AlignLeft | Qt::AlignVCenter, Qt::ElideMiddle);
        drawTextLine(painter, QRectF(inner.left(), inner.top() + line, inner.width(), line), detailText(container),
                     small, secondaryText(pal));
        return;
    }
    if (!layout.chipPorts)
        detail.clear();
    const qreal detailWidth = detail.isEmpty() ? 0 : QFontMetricsF(small).horizontalAdvance(detail) + 4;
    const qreal nameWidth = inner.width() - detailWidth;
    drawTextLine(painter, QRectF(inner.left(), inner.top(), std::max(0.0, nameWidth), inner.height()), name, font(),
                 pal.color(QPalette::Text), Qt::AlignLeft | Qt::AlignVCenter, Qt::ElideMiddle);
    if (!detail.isEmpty() && nameWidth > 30)
        drawTextLine(painter, QRectF(inner.right() - detailWidth, inner.top(), detailWidth, inner.height()), detail,
                     small, secondaryText(pal), Qt::AlignRight | Qt::AlignVCenter);
}

void TopologyView::paintMore(QPainter &painter, const Box &box) const
{
    const QPalette &pal = palette();
    painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    painter.setBrush(blend(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.6));
    const qreal radius = box.kind == BoxKind::MoreHosts ? kRadius : 4;
    painter.drawRoundedRect(box.rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    drawTextLine(painter, box.rect.adjusted(6, 0, -6, 0), box.label, font(), secondaryText(pal), Qt::AlignCenter);
}

void TopologyView::paintConnections(QPainter &painter, const Layout &layout) const
{
    const QPalette &pal = palette();
    const QColor neutral = lineColor(pal);
    const Box *users = nullptr;
    const Box *nginx = nullptr;
    for (const Box &box : layout.boxes) {
        if (box.kind == BoxKind::Users)
            users = &box;
        else if (box.kind == BoxKind::Nginx)
            nginx = &box;
    }
    if (!users || !nginx)
        return;

    painter.setBrush(Qt::NoBrush);
    const qreal arrow = 7;
    const QPointF usersOut(users->rect.right(), nginx->rect.center().y());
    const QPointF nginxIn(nginx->rect.left(), nginx->rect.center().y());
    painter.setPen(QPen(neutral, 1.6));
    painter.drawLine(usersOut, nginxIn - QPointF(arrow, 0));
    drawArrowHead(painter, nginxIn, neutral, arrow);
    const QFont small = smallFont(font());
    const qreal labelWidth = nginxIn.x() - usersOut.x();
    if (labelWidth > QFontMetricsF(small).horizontalAdvance(tr("HTTP")) + 4)
        drawTextLine(painter, QRectF(usersOut.x(), usersOut.y() - layout.lineHeight - 2, labelWidth, layout.lineHeight),
                     tr("HTTP"), small, secondaryText(pal), Qt::AlignCenter);

    // nginx fans out to every host's band.
    const QPointF fanOut(nginx->rect.right(), nginx->rect.center().y());
    for (const Box &band : layout.boxes) {
        if (band.kind != BoxKind::Host && band.kind != BoxKind::MoreHosts)
            continue;
        const bool planned = band.kind == BoxKind::MoreHosts || m_hosts.at(band.index).state == ServerState::Planned;
        const QPointF in(band.rect.left(), band.rect.center().y());
        const qreal reach = (in.x() - fanOut.x()) * 0.5;
        QPainterPath path(fanOut);
        path.cubicTo(fanOut + QPointF(reach, 0), in - QPointF(reach + arrow, 0), in - QPointF(arrow, 0));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(neutral, 1.3, planned ? Qt::DashLine : Qt::SolidLine));
        painter.drawPath(path);
        drawArrowHead(painter, in, neutral, arrow);
    }
}

void TopologyView::paintBus(QPainter &painter, const Box &band, const Layout &layout) const
{
    // Inside the band, from the host to each of its containers' ports: a bus down the gap after the header,
    // a line along each row of containers, an arrow (in the container's health colour) into each.
    QList<const Box *> chips;
    for (const Box &chip : layout.boxes) {
        if ((chip.kind == BoxKind::Container || chip.kind == BoxKind::MoreContainers) && chip.index == band.index)
            chips << &chip;
    }
    if (chips.isEmpty())
        return;
    const QColor neutral = lineColor(palette());
    const bool planned = m_hosts.at(band.index).state == ServerState::Planned;
    const QPen pen(neutral, 1.2, planned ? Qt::DashLine : Qt::SolidLine);
    const qreal busX = chips.first()->rect.left() - kBusGap / 2;
    const qreal from = band.rect.left() + kStripe + kPad + 2 + layout.headerWidth + 2;
    qreal busTop = band.rect.center().y();
    qreal busBottom = busTop;
    for (const Box *chip : std::as_const(chips)) {
        busTop = std::min(busTop, chip->rect.center().y());
        busBottom = std::max(busBottom, chip->rect.center().y());
    }
    painter.setPen(pen);
    painter.drawLine(QPointF(from, band.rect.center().y()), QPointF(busX, band.rect.center().y()));
    painter.drawLine(QPointF(busX, busTop), QPointF(busX, busBottom));
    for (const Box *chip : std::as_const(chips)) {
        const QPointF tip(chip->rect.left(), chip->rect.center().y());
        // From the bus for the first box of a row, else from the box before it.
        const qreal before = chip->rect.left() - kChipHGap;
        const qreal start = before < busX + 2 ? busX : before;
        QColor color = neutral;
        if (chip->kind == BoxKind::Container && !m_containers.at(chip->container).planned) {
            const BackendState state = backendState(m_containers.at(chip->container).name);
            if (state != BackendState::Unknown)
                color = stateColor(state);
        }
        painter.setPen(pen);
        painter.drawLine(QPointF(start, tip.y()), tip - QPointF(4, 0));
        drawArrowHead(painter, tip, color, 5);
    }
}

void TopologyView::paintLegend(QPainter &painter, const Layout &layout) const
{
    const QPalette &pal = palette();
    const QList<LegendEntry> entries = legendEntries();
    const QFont small = smallFont(font());
    const QFontMetricsF metrics(small);
    QList<QRectF> placed;
    flowLegend(metrics, entries, layout.legend.width(), &placed);
    const qreal swatch = metrics.height() * 0.75;
    for (int i = 0; i < entries.size(); ++i) {
        const LegendEntry &entry = entries.at(i);
        const QRectF cell = placed.at(i).translated(layout.legend.topLeft());
        if (entry.heading) {
            drawTextLine(painter, cell, entry.label, boldFont(small), secondaryText(pal));
            continue;
        }
        const QRectF box(cell.left(), cell.center().y() - swatch / 2, swatch, swatch);
        if (entry.dashed) {
            painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.color);
            painter.drawRoundedRect(box, 2, 2);
        }
        drawTextLine(painter, QRectF(box.right() + 6, cell.top(), cell.width() - swatch - 6, cell.height()),
                     entry.label, small, pal.color(QPalette::Text));
    }
}

} // namespace quayside
