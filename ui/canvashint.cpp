#include "ui/canvashint.h"

#include "model/document/topologydocument.h"

#include <QEvent>
#include <QPainter>
#include <QTextDocument>

namespace Er {

CanvasHint::CanvasHint(TopologyDocument *document, QWidget *viewport)
    : QWidget(viewport)
    , m_document(document)
{
    setObjectName(QStringLiteral("CanvasHint"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    viewport->installEventFilter(this);
    setGeometry(viewport->rect());
    connect(document, &TopologyDocument::changed, this, &CanvasHint::updateVisibility);
    updateVisibility();
}

void CanvasHint::updateVisibility()
{
    setVisible(m_document->topology().nodes().empty());
}

bool CanvasHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void CanvasHint::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QTextDocument text;
    text.setDefaultFont(font());
    const QColor color = palette().color(QPalette::PlaceholderText);
    text.setDefaultStyleSheet(
        QStringLiteral("body { color: %1; } h2 { margin-bottom: 6px; }").arg(color.name()));
    text.setHtml(tr("<body><h2>Start a design</h2>"
                    "<p>Drag a <b>site</b>, <b>router</b>, <b>circuit</b>, <b>region</b> or "
                    "<b>VNet</b> from the palette onto the canvas, or double-click one to add "
                    "it here.</p>"
                    "<p>Drag from one node to another to link them; only links that fit the two "
                    "ends are offered.</p>"
                    "<p>Or start from a reference architecture: <b>File › New from "
                    "Template</b>.</p>"
                    "<p>Findings and the resiliency analysis update as you draw.</p></body>"));
    const qreal width = std::min<qreal>(460, this->width() - 40);
    text.setTextWidth(width);
    const QSizeF size = text.size();
    const QRectF box(QPointF((this->width() - size.width()) / 2, (height() - size.height()) / 2),
                     size);
    QColor frame = color;
    frame.setAlpha(90);
    painter.setPen(QPen(frame, 1.5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(box.adjusted(-20, -14, 20, 14), 10, 10);
    painter.translate(box.topLeft());
    text.drawContents(&painter);
}

} // namespace Er
