#include "model/catalogue/catalogue.h"
#include "views/report/factsources.h"
#include "views/report/reportinput.h"
#include "views/report/reportsections.h"
#include "views/report/reporttext.h"

namespace Er {

namespace {

QString assumptionsTable(const ReportInput &input)
{
    if (input.analysis.assumptions.empty())
        return QStringLiteral("<p>The analysis reported no figures it assumed.</p>");
    HtmlTable table({QStringLiteral("Figure"), QStringLiteral("Value"), QStringLiteral("Basis"),
                     QStringLiteral("Set by")},
                    {40, 14, 34, 12});
    for (const AssumptionUsed &assumption : input.analysis.assumptions) {
        const QString value = QStringLiteral("%1 %2").arg(QString::number(assumption.value, 'g', 8),
                                                          qs(assumption.unit));
        table.addRow({escaped(assumption.key), escaped(value.trimmed()), escaped(assumption.basis),
                      assumption.overridden ? QStringLiteral("<b>this design</b>")
                                            : QStringLiteral("default")},
                     assumption.overridden ? QStringLiteral("#fff4ce") : QString());
    }
    return table.html();
}

QString sourcesTable()
{
    HtmlTable table({QStringLiteral("Key"), QStringLiteral("Document"), QStringLiteral("Address"),
                     QStringLiteral("Version read")},
                    {11, 29, 38, 22});
    for (const FactSource &source : factSources()) {
        QString url = escaped(QString::fromUtf8(source.url));
        url.replace(QLatin1Char('/'), QStringLiteral("/\u200b"));
        if (source.urlUnconfirmed)
            url += QStringLiteral(" <i>(exact address unconfirmed)</i>");
        else if (!*source.url)
            url = QStringLiteral("<i>not confirmed</i>");
        table.addRow({QStringLiteral("<b>%1</b>").arg(escaped(QString::fromUtf8(source.key))),
                      escaped(QString::fromUtf8(source.title)), url,
                      escaped(QString::fromUtf8(source.copyRead))});
    }
    return table.html();
}

QString unconfirmedTable()
{
    HtmlTable table({QStringLiteral("Not confirmed by the sources"), QStringLiteral("Facts"),
                     QStringLiteral("How the designer treats it")},
                    {46, 12, 42});
    for (const UnconfirmedFact &fact : unconfirmedFacts()) {
        table.addRow({escaped(QString::fromUtf8(fact.fact)),
                      escaped(QString::fromUtf8(fact.section)),
                      escaped(QString::fromUtf8(fact.treatment))});
    }
    return table.html();
}

} // namespace

QString assumptionsHtml(const ReportInput &input)
{
    const QString asOf = escaped(input.catalogue->factsAsOf());
    return sectionStartHtml(ReportSection::Assumptions)
           + QStringLiteral("<h2>Assumptions used</h2><p>The figures behind sections 3 and 5. A "
                            "basis in brackets is a documented figure with its source key below; "
                            "\"assumption\" marks an engineering estimate. Figures the design "
                            "sets itself (its \"assumptions\" or an element's own availability) "
                            "are highlighted.</p>")
           + assumptionsTable(input)
           + QStringLiteral("<h2>Sources of the facts</h2><p>Limits, rules and defaults are "
                            "taken from Microsoft's documentation as of %1. Every rule and figure "
                            "cites one of these keys.</p>")
                 .arg(asOf)
           + sourcesTable()
           + QStringLiteral("<h2>Unconfirmed facts</h2><p>Where the sources did not confirm a "
                            "fact, the designer keeps to the safer reading, per Microsoft's "
                            "documentation as of %1.</p>")
                 .arg(asOf)
           + unconfirmedTable();
}

} // namespace Er
