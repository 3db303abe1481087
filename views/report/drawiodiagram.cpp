#include "views/report/drawiodiagram.h"

#include "model/io/elementfields.h"
#include "views/elementlabels.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/presentation.h"
#include "views/qtstrings.h"
#include "views/regionframeitem.h"
#include "views/report/diagramscene.h"
#include "views/report/drawiocells.h"
#include "views/topologyscene.h"

#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <vector>

namespace Er {

namespace {

constexpr qreal iconSize = NodeItem::iconSize;
constexpr qreal addressingWidth = 220;
constexpr qreal noteWidth = 260;
constexpr qreal lineHeight = 14;

QString number(qreal value)
{
    return QString::number(value, 'g', 10);
}

class DrawioWriter
{
public:
    DrawioWriter(const DiagramScene &diagram, QByteArray *bytes)
        : m_topology(diagram.topology())
        , m_scene(*diagram.scene())
        , m_xml(bytes)
    {
        for (const Node &node : m_topology.nodes())
            m_used.insert(qs(node.id));
        for (const Annotation &annotation : m_topology.annotations())
            m_used.insert(qs(annotation.id));
        for (const Link &link : m_topology.links()) {
            m_used.insert(qs(link.id));
            m_parallel[std::minmax(link.from, link.to)].push_back(link.id);
        }
        for (const Finding &finding : diagram.findings()) {
            bool noted = false;
            for (const std::string &element : finding.elements) {
                if (!m_topology.contains(element))
                    continue;
                m_findings[element].push_back(&finding);
                if (!noted)
                    m_notes[element].push_back(&finding);
                noted = true;
            }
        }
    }

    void write(const QString &title)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
        m_xml.writeStartDocument();
        m_xml.writeStartElement(QStringLiteral("mxfile"));
        attribute(QStringLiteral("host"), QStringLiteral("expressroute-designer"));
        attribute(QStringLiteral("agent"),
                  QStringLiteral("ExpressRoute Designer %1").arg(QStringLiteral(ER_VERSION)));
        attribute(QStringLiteral("type"), QStringLiteral("device"));
        attribute(QStringLiteral("compressed"), QStringLiteral("false"));
        m_xml.writeStartElement(QStringLiteral("diagram"));
        attribute(QStringLiteral("id"), QStringLiteral("design"));
        attribute(QStringLiteral("name"), title);
        m_xml.writeStartElement(QStringLiteral("mxGraphModel"));
        for (const auto &[name, value] : {std::pair{"grid", "1"},
                                          {"gridSize", "10"},
                                          {"guides", "1"},
                                          {"tooltips", "1"},
                                          {"connect", "1"},
                                          {"arrows", "0"},
                                          {"fold", "1"},
                                          {"page", "0"},
                                          {"pageScale", "1"},
                                          {"math", "0"},
                                          {"shadow", "0"}})
            attribute(QLatin1String(name), QLatin1String(value));
        m_xml.writeStartElement(QStringLiteral("root"));

        const QString rootId = freshId(QStringLiteral("0"));
        m_topologyLayer = freshId(QStringLiteral("1"));
        m_addressingLayer = freshId(QStringLiteral("layer-addressing"));
        m_findingsLayer = freshId(QStringLiteral("layer-findings"));
        m_xml.writeEmptyElement(QStringLiteral("mxCell"));
        attribute(QStringLiteral("id"), rootId);
        writeLayer(m_topologyLayer, QStringLiteral("Topology"), rootId);

        // First, so that draw.io draws them beneath everything else, as the canvas does.
        for (const Annotation &annotation : m_topology.annotations())
            writeAnnotation(annotation);
        writeRegions();
        for (const Link &link : m_topology.links())
            writeLink(link);
        for (const Node &node : m_topology.nodes()) {
            if (!m_written.contains(qs(node.id)))
                writeNode(node, m_topologyLayer, QPointF());
        }

        writeLayer(m_addressingLayer, QStringLiteral("Addressing"), rootId);
        for (const Node &node : m_topology.nodes())
            writeAddressing(node.id, drawioAddressingLines(node), nodeCentre(node.id));
        for (const Link &link : m_topology.links())
            writeAddressing(link.id, drawioAddressingLines(link), linkCentre(link.id));

        writeLayer(m_findingsLayer, QStringLiteral("Findings"), rootId);
        for (const Node &node : m_topology.nodes())
            writeRing(node.id, nodeCentre(node.id), iconSize / 2 + 8);
        for (const Link &link : m_topology.links())
            writeRing(link.id, linkCentre(link.id), 10);
        for (const Node &node : m_topology.nodes())
            writeNote(node.id, nodeCentre(node.id), iconSize / 2 + 8);
        for (const Link &link : m_topology.links())
            writeNote(link.id, linkCentre(link.id), 10);

        m_xml.writeEndElement(); // root
        m_xml.writeEndElement(); // mxGraphModel
        m_xml.writeEndElement(); // diagram
        m_xml.writeEndElement(); // mxfile
        m_xml.writeEndDocument();
    }

private:
    // Every attribute goes through here: characters XML 1.0 does not allow (control characters
    // a design's names may hold, lone surrogates) become U+FFFD, so the file always parses.
    void attribute(const QString &name, const QString &value)
    {
        QString text = value;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            const bool allowedControl = c == u'\t' || c == u'\n' || c == u'\r';
            bool valid = (c >= 0x20 || allowedControl) && c != 0xfffe && c != 0xffff;
            if (QChar::isHighSurrogate(c)) {
                valid = i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
                if (valid) {
                    ++i;
                    continue;
                }
            } else if (QChar::isLowSurrogate(c)) {
                valid = false;
            }
            if (!valid)
                text[i] = QChar::ReplacementCharacter;
        }
        m_xml.writeAttribute(name, text);
    }
    void attribute(QLatin1String name, QLatin1String value) { m_xml.writeAttribute(name, value); }

    QString freshId(const QString &wanted)
    {
        QString id = wanted;
        while (m_used.contains(id))
            id += QLatin1Char('~');
        m_used.insert(id);
        return id;
    }

    void writeLayer(const QString &id, const QString &name, const QString &rootId)
    {
        m_xml.writeEmptyElement(QStringLiteral("mxCell"));
        attribute(QStringLiteral("id"), id);
        attribute(QStringLiteral("value"), name);
        attribute(QStringLiteral("parent"), rootId);
    }

    std::optional<QPointF> nodeCentre(const std::string &id) const
    {
        if (const NodeItem *item = m_scene.nodeItem(qs(id)))
            return item->scenePos();
        return std::nullopt;
    }

    std::optional<QPointF> linkCentre(const std::string &id) const
    {
        if (const LinkItem *item = m_scene.linkItem(qs(id)))
            return item->line().center();
        return std::nullopt;
    }

    // <UserObject id label kind fields...> with the element's saved fields as properties.
    void startElementObject(const QString &id,
                            const QString &label,
                            const QString &kind,
                            const std::vector<ElementField> &fields)
    {
        m_xml.writeStartElement(QStringLiteral("UserObject"));
        attribute(QStringLiteral("id"), id);
        attribute(QStringLiteral("label"), label);
        attribute(QStringLiteral("kind"), kind);
        QSet<QString> names;
        for (const ElementField &field : fields) {
            const QString name = drawioPropertyName(field.name);
            if (names.contains(name))
                continue;
            names.insert(name);
            attribute(name, qs(field.value));
        }
    }

    void writeGeometry(const QRectF &rect)
    {
        m_xml.writeEmptyElement(QStringLiteral("mxGeometry"));
        attribute(QStringLiteral("x"), number(rect.x()));
        attribute(QStringLiteral("y"), number(rect.y()));
        attribute(QStringLiteral("width"), number(rect.width()));
        attribute(QStringLiteral("height"), number(rect.height()));
        attribute(QStringLiteral("as"), QStringLiteral("geometry"));
    }

    void writeVertex(const QString &style, const QString &parent, const QRectF &geometry)
    {
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        attribute(QStringLiteral("style"), style);
        attribute(QStringLiteral("vertex"), QStringLiteral("1"));
        attribute(QStringLiteral("parent"), parent);
        writeGeometry(geometry);
        m_xml.writeEndElement();
    }

    QString nodeLabel(const Node &node) const
    {
        const QString detail = nodeDetail(node);
        return detail.isEmpty() ? qs(node.label()) : qs(node.label()) + QLatin1Char('\n') + detail;
    }

    void writeNode(const Node &node, const QString &parent, QPointF parentOrigin)
    {
        const auto centre = nodeCentre(node.id);
        if (!centre)
            return;
        const QString id = qs(node.id);
        m_written.insert(id);
        startElementObject(id, nodeLabel(node), qs(toString(node.kind())), elementFields(node));
        const QRectF icon(*centre - QPointF(iconSize / 2, iconSize / 2) - parentOrigin,
                          QSizeF(iconSize, iconSize));
        writeVertex(drawioNodeStyle(node.kind()), parent, icon);
        m_xml.writeEndElement(); // UserObject
    }

    // A note or a rectangle: a text cell or a dashed box, its text as the label.
    void writeAnnotation(const Annotation &annotation)
    {
        startElementObject(qs(annotation.id), qs(annotation.text), qs(toString(annotation.kind)),
                           {});
        writeVertex(drawioAnnotationStyle(annotation), m_topologyLayer,
                    QRectF(annotation.position.x, annotation.position.y, annotation.size.width,
                           annotation.size.height));
        m_xml.writeEndElement(); // UserObject
    }

    // Each region with a frame on the canvas as a container holding its VNets.
    void writeRegions()
    {
        for (const Node &region : m_topology.nodes()) {
            if (!region.azureRegion())
                continue;
            RegionFrameItem *frame = m_scene.regionFrame(qs(region.id));
            if (!frame)
                continue;
            const QString id = qs(region.id);
            m_written.insert(id);
            const QRectF rect = frame->frameRect();
            startElementObject(id, frame->title(), QStringLiteral("azureRegion"),
                               elementFields(region));
            writeVertex(drawioRegionStyle(), m_topologyLayer, rect);
            m_xml.writeEndElement(); // UserObject
            // The VNets in design order.
            QSet<QString> members;
            for (const NodeItem *vnet : frame->vnets())
                members.insert(vnet->id());
            for (const Node &vnet : m_topology.nodes()) {
                if (vnet.virtualNetwork() && members.contains(qs(vnet.id)))
                    writeNode(vnet, id, rect.topLeft());
            }
        }
    }

    void writeLink(const Link &link)
    {
        if (!m_scene.linkItem(qs(link.id)) || !m_scene.nodeItem(qs(link.from))
            || !m_scene.nodeItem(qs(link.to)))
            return;
        startElementObject(qs(link.id), linkLabel(link), qs(toString(link.kind)),
                           elementFields(link));
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        attribute(QStringLiteral("style"), drawioLinkStyle(link));
        attribute(QStringLiteral("edge"), QStringLiteral("1"));
        attribute(QStringLiteral("parent"), m_topologyLayer);
        attribute(QStringLiteral("source"), qs(link.from));
        attribute(QStringLiteral("target"), qs(link.to));
        m_xml.writeStartElement(QStringLiteral("mxGeometry"));
        attribute(QStringLiteral("relative"), QStringLiteral("1"));
        attribute(QStringLiteral("as"), QStringLiteral("geometry"));
        // Links side by side between the same two nodes bend through their own point, as on the
        // canvas, so that none hides another.
        if (const auto bend = parallelBend(link)) {
            m_xml.writeStartElement(QStringLiteral("Array"));
            attribute(QStringLiteral("as"), QStringLiteral("points"));
            m_xml.writeEmptyElement(QStringLiteral("mxPoint"));
            attribute(QStringLiteral("x"), number(bend->x()));
            attribute(QStringLiteral("y"), number(bend->y()));
            m_xml.writeEndElement(); // Array
        }
        m_xml.writeEndElement(); // mxGeometry
        m_xml.writeEndElement(); // mxCell
        m_xml.writeEndElement(); // UserObject
    }

    // Where a link that shares its two nodes with others bends: its slot among them (in design
    // order) at the canvas's spacing, on the side given by the ends' ids, so that the file does
    // not depend on where the items happen to be in memory.
    std::optional<QPointF> parallelBend(const Link &link) const
    {
        const auto &[lesser, greater] = std::minmax(link.from, link.to);
        const std::vector<std::string> &group = m_parallel.at({lesser, greater});
        if (group.size() < 2)
            return std::nullopt;
        const auto slot = std::find(group.begin(), group.end(), link.id) - group.begin();
        const qreal offset = (slot - (qreal(group.size()) - 1) / 2) * LinkItem::parallelSpacing;
        const QLineF line(*nodeCentre(lesser), *nodeCentre(greater));
        if (line.length() == 0 || offset == 0)
            return std::nullopt;
        const QLineF normal = line.normalVector();
        return line.center() + (normal.p2() - normal.p1()) / normal.length() * offset;
    }

    void writeText(const QString &id,
                   const QString &text,
                   const QString &style,
                   const QString &parent,
                   const QRectF &geometry)
    {
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        attribute(QStringLiteral("id"), id);
        attribute(QStringLiteral("value"), text);
        attribute(QStringLiteral("style"), style);
        attribute(QStringLiteral("vertex"), QStringLiteral("1"));
        attribute(QStringLiteral("parent"), parent);
        writeGeometry(geometry);
        m_xml.writeEndElement();
    }

    // To the right of the element: its ASNs, VLANs and prefixes.
    void writeAddressing(const std::string &elementId,
                         const QStringList &lines,
                         std::optional<QPointF> centre)
    {
        if (lines.isEmpty() || !centre)
            return;
        const QRectF rect(centre->x() + iconSize / 2 + 14, centre->y() - iconSize / 2,
                          addressingWidth, lines.size() * lineHeight + 6);
        writeText(freshId(qs(elementId) + QStringLiteral("~addressing")),
                  lines.join(QLatin1Char('\n')),
                  QStringLiteral("text;html=0;align=left;verticalAlign=top;spacing=2;fontSize=10;"
                                 "fontColor=#1f4e79;labelBackgroundColor=#ffffff;"),
                  m_addressingLayer, rect);
    }

    // A ring in the colour of the element's worst finding, with every message as its tooltip.
    void writeRing(const std::string &elementId, std::optional<QPointF> centre, qreal radius)
    {
        const auto found = m_findings.find(elementId);
        if (found == m_findings.end() || !centre)
            return;
        Severity worst = Severity::Info;
        QStringList messages;
        for (const Finding *finding : found->second) {
            worst = std::min(worst, finding->severity);
            messages << findingLine(*finding);
        }
        const QString id = qs(elementId);
        m_xml.writeStartElement(QStringLiteral("UserObject"));
        attribute(QStringLiteral("id"), freshId(id + QStringLiteral("~finding")));
        attribute(QStringLiteral("label"), QString());
        attribute(QStringLiteral("tooltip"), messages.join(QLatin1Char('\n')));
        attribute(QStringLiteral("element"), id);
        attribute(QStringLiteral("severity"), qs(toString(worst)));
        writeVertex(QStringLiteral("ellipse;html=0;fillColor=none;strokeWidth=3;strokeColor=%1;")
                        .arg(severityColor(worst).name()),
                    m_findingsLayer,
                    QRectF(*centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
        m_xml.writeEndElement(); // UserObject
    }

    // A note above the element naming the findings it is the first element of (each finding has
    // one note, however many elements it names).
    void writeNote(const std::string &elementId, std::optional<QPointF> centre, qreal radius)
    {
        const auto found = m_notes.find(elementId);
        if (found == m_notes.end() || !centre)
            return;
        Severity worst = Severity::Info;
        QStringList lines;
        qreal rows = 0; // about 45 characters a row in the note's width
        for (const Finding *finding : found->second) {
            worst = std::min(worst, finding->severity);
            const QString line = findingLine(*finding);
            lines << line.toHtmlEscaped();
            rows += std::ceil(line.size() / 45.0);
        }
        const qreal height = rows * lineHeight + 12;
        writeText(freshId(qs(elementId) + QStringLiteral("~note")),
                  lines.join(QStringLiteral("<br>")),
                  QStringLiteral("shape=note;html=1;whiteSpace=wrap;size=10;align=left;"
                                 "verticalAlign=top;spacing=4;fontSize=10;fillColor=#fff8e1;"
                                 "strokeColor=%1;")
                      .arg(severityColor(worst).name()),
                  m_findingsLayer,
                  QRectF(centre->x() - noteWidth / 2, centre->y() - radius - 8 - height, noteWidth,
                         height));
    }

    static QString findingLine(const Finding &finding)
    {
        return QStringLiteral("%1 %2: %3")
            .arg(severityName(finding.severity).toUpper(), qs(finding.rule), qs(finding.message));
    }

    const Topology &m_topology;
    TopologyScene &m_scene;
    QXmlStreamWriter m_xml;
    QSet<QString> m_used;
    QSet<QString> m_written;
    std::map<std::string, std::vector<const Finding *>> m_findings; // by each element named
    std::map<std::string, std::vector<const Finding *>> m_notes;    // by the first element named
    // The links between each two nodes (by the lesser and greater id), in design order.
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> m_parallel;
    QString m_topologyLayer;
    QString m_addressingLayer;
    QString m_findingsLayer;
};

} // namespace

QByteArray drawioXml(const DiagramScene &diagram, const QString &title)
{
    QByteArray bytes;
    DrawioWriter(diagram, &bytes).write(title);
    return bytes;
}

} // namespace Er
