#pragma once

#include "model/analysis/analysisresult.h"
#include "model/validation/finding.h"
#include "views/qtstrings.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace Er {

class Catalogue;
class Topology;

// Words and numbers as the report prints them. Every function returns plain text; the HTML
// helpers below escape it.

QString escaped(const QString &text);
QString escaped(const std::string &text);

// "London DC (Docklands)" for a node, "access link ce-1 → pe-1" for a link; a shared risk
// "location:London" reads "peering location London", "risk:conduit-A" "risk group conduit-A".
QString elementName(const Topology &topology, const std::string &id);
QString elementNames(const Topology &topology, const std::vector<std::string> &ids);

QString optionName(ConnectivityOption option); // "ExpressRoute with VPN backup"
QString serviceName(const Catalogue &catalogue, const std::string &service);
QString viaName(ServiceVia via); // "Microsoft peering", "Internet", "Unreachable"

QString bandwidthText(double mbps);       // "1 Gbps", "500 Mbps"
QString percentText(double percent);      // "99.995 %": as many decimals as the nines need
QString latencyText(double milliseconds); // "2.44 ms"
QString optionalText(const std::optional<std::string> &text); // the text or "—"
QString countText(int count, const QString &singular, const QString &plural);
// The first `limit` names joined with `separator`, then "and 42 more" when there are more.
QString firstNames(const QStringList &names, int limit, const QString &separator);
// A muted paragraph for the rows a summary leaves out: "975 more pairs are not listed here;
// `expressroute-designer analyze` on the design lists every one." Empty when none is left out.
QString notListedHtml(int omitted,
                      const QString &singular,
                      const QString &plural,
                      const QString &command);

// Where a section's HTML may be cut into parts that are laid out on their own, each part
// starting on a new page. An HTML comment, so a document that is not cut ignores it.
inline constexpr QLatin1String partBreakHtml("<!--er-part-break-->");
// A table longer than this many rows is cut into parts of this many rows, each with the header
// row: QTextDocument's layout slows down faster than a table grows.
inline constexpr int rowsPerTablePart = 300;

// An HTML table with one header row (repeated on every page the table spans). A long table is
// cut into parts (see rowsPerTablePart), each again with the header row.
class HtmlTable
{
public:
    explicit HtmlTable(const QStringList &headers, const QList<int> &widthsPercent = {});

    // Cells are HTML (escape plain text with escaped()).
    void addRow(const QStringList &cellsHtml, const QString &rowColor = QString());
    int rowCount() const { return m_rows; }
    QString html() const;

private:
    QString m_head; // the opening of the table and its header row
    QString m_html;
    int m_rows = 0;
};

} // namespace Er
