#include "views/report/notessection.h"

#include "views/report/reportinput.h"
#include "views/report/reporttext.h"

namespace Er {

namespace {

// A note's lines as HTML, its line breaks kept.
QString linesHtml(const std::string &text)
{
    return escaped(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QString notesHtml(const ReportInput &input)
{
    QString notes;
    QString rectangles;
    for (const Annotation &annotation : input.topology.annotations()) {
        if (annotation.text.empty())
            continue;
        const QString item = QStringLiteral("<li>%1</li>").arg(linesHtml(annotation.text));
        (annotation.kind == AnnotationKind::Note ? notes : rectangles) += item;
    }
    if (notes.isEmpty() && rectangles.isEmpty())
        return QString();
    QString html = QStringLiteral("<h2>Notes</h2><p>The notes on the diagram (section 2), as "
                                  "the designer wrote them; they are not checked.</p>");
    if (!notes.isEmpty())
        html += QStringLiteral("<ul>%1</ul>").arg(notes);
    if (!rectangles.isEmpty())
        html += QStringLiteral("<p>Areas marked on the diagram:</p><ul>%1</ul>").arg(rectangles);
    return html;
}

} // namespace Er
