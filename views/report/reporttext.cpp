#include "views/report/reporttext.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topology.h"
#include "views/qtstrings.h"

#include <algorithm>
#include <cmath>

namespace Er {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString escaped(const std::string &text)
{
    return qs(text).toHtmlEscaped();
}

QString elementName(const Topology &topology, const std::string &id)
{
    if (const Node *node = topology.node(id))
        return qs(node->label());
    if (const Link *link = topology.link(id)) {
        const Node *from = topology.node(link->from);
        const Node *to = topology.node(link->to);
        return QStringLiteral("%1 link %2 → %3")
            .arg(qs(displayName(link->kind)), from ? qs(from->label()) : qs(link->from),
                 to ? qs(to->label()) : qs(link->to));
    }
    static const std::string location = "location:";
    static const std::string risk = "risk:";
    if (id.starts_with(location))
        return QStringLiteral("peering location %1").arg(qs(id.substr(location.size())));
    if (id.starts_with(risk))
        return QStringLiteral("risk group %1").arg(qs(id.substr(risk.size())));
    return qs(id);
}

QString elementNames(const Topology &topology, const std::vector<std::string> &ids)
{
    QStringList names;
    for (const std::string &id : ids)
        names << elementName(topology, id);
    return names.join(QStringLiteral(", "));
}

QString optionName(ConnectivityOption option)
{
    switch (option) {
    case ConnectivityOption::Vpn:
        return QStringLiteral("Site-to-site VPN only");
    case ConnectivityOption::ExpressRoute:
        return QStringLiteral("ExpressRoute as designed");
    case ConnectivityOption::ExpressRouteWithVpnBackup:
        return QStringLiteral("ExpressRoute with VPN backup");
    case ConnectivityOption::ExpressRouteMaximum:
        return QStringLiteral("ExpressRoute at maximum resiliency");
    case ConnectivityOption::ExpressRouteDirect:
        return QStringLiteral("ExpressRoute Direct");
    }
    return QString();
}

QString serviceName(const Catalogue &catalogue, const std::string &service)
{
    if (const ServiceInfo *info = catalogue.service(service))
        return qs(info->displayName.empty() ? info->name : info->displayName);
    return qs(service);
}

QString viaName(ServiceVia via)
{
    switch (via) {
    case ServiceVia::MicrosoftPeering:
        return QStringLiteral("Microsoft peering");
    case ServiceVia::Internet:
        return QStringLiteral("Internet");
    case ServiceVia::None:
        return QStringLiteral("Unreachable");
    }
    return QString();
}

QString bandwidthText(double mbps)
{
    if (mbps >= 1000) {
        const double gbps = mbps / 1000;
        return QStringLiteral("%1 Gbps").arg(QString::number(gbps, 'g', 4));
    }
    return QStringLiteral("%1 Mbps").arg(QString::number(mbps, 'g', 4));
}

QString percentText(double percent)
{
    const double unavailable = 100 - percent;
    if (unavailable <= 0)
        return QStringLiteral("100 %");
    // Two significant digits of the unavailability: 99.95, 99.9991, 99.5.
    const int decimals = std::clamp(int(std::ceil(-std::log10(unavailable))) + 1, 1, 6);
    QString text = QString::number(percent, 'f', decimals);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text + QStringLiteral(" %");
}

QString latencyText(double milliseconds)
{
    // Two decimals, as `analyze` prints them.
    return QStringLiteral("%1 ms").arg(QString::number(milliseconds, 'f', 2));
}

QString optionalText(const std::optional<std::string> &text)
{
    return text && !text->empty() ? qs(*text) : QStringLiteral("—");
}

QString countText(int count, const QString &singular, const QString &plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

QString firstNames(const QStringList &names, int limit, const QString &separator)
{
    if (names.size() <= limit)
        return names.join(separator);
    return names.mid(0, limit).join(separator)
           + QStringLiteral("%1and %2 more").arg(separator).arg(names.size() - limit);
}

QString notListedHtml(int omitted,
                      const QString &singular,
                      const QString &plural,
                      const QString &command)
{
    if (omitted <= 0)
        return QString();
    return QStringLiteral("<p class=\"muted\">%1 more %2 not listed here; "
                          "<b>expressroute-designer %3</b> on the design lists every one.</p>")
        .arg(omitted)
        .arg(omitted == 1 ? singular + QStringLiteral(" is") : plural + QStringLiteral(" are"),
             escaped(command));
}

HtmlTable::HtmlTable(const QStringList &headers, const QList<int> &widthsPercent)
{
    m_head = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" "
                            "cellpadding=\"4\" border=\"1\"><thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width = i < widthsPercent.size()
                                  ? QStringLiteral(" width=\"%1%\"").arg(widthsPercent.at(i))
                                  : QString();
        m_head += QStringLiteral("<th%1 align=\"left\">%2</th>").arg(width, escaped(headers.at(i)));
    }
    m_head += QStringLiteral("</tr></thead><tbody>");
    m_html = m_head;
}

void HtmlTable::addRow(const QStringList &cellsHtml, const QString &rowColor)
{
    if (m_rows > 0 && m_rows % rowsPerTablePart == 0)
        m_html += QStringLiteral("</tbody></table>") + partBreakHtml + m_head;
    m_html += rowColor.isEmpty() ? QStringLiteral("<tr>")
                                 : QStringLiteral("<tr bgcolor=\"%1\">").arg(rowColor);
    for (const QString &cell : cellsHtml)
        m_html += QStringLiteral("<td>%1</td>").arg(cell);
    m_html += QStringLiteral("</tr>");
    ++m_rows;
}

QString HtmlTable::html() const
{
    return m_html + QStringLiteral("</tbody></table>");
}

} // namespace Er
