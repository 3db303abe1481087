#include "nodeicons.h"

#include <QHash>
#include <QSvgRenderer>

namespace Er {

QString nodeIconPath(NodeKind kind)
{
    return QStringLiteral(":/icons/%1.svg").arg(QString::fromUtf8(toString(kind)));
}

QIcon nodeIcon(NodeKind kind)
{
    return QIcon(nodeIconPath(kind));
}

QSvgRenderer *nodeIconRenderer(NodeKind kind)
{
    static QHash<int, QSvgRenderer *> renderers;
    QSvgRenderer *&renderer = renderers[static_cast<int>(kind)];
    if (!renderer)
        renderer = new QSvgRenderer(nodeIconPath(kind));
    return renderer;
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/app.svg"));
}

} // namespace Er
