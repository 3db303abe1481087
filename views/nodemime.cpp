#include "views/nodemime.h"

#include <QMimeData>

namespace Er {

QMimeData *createNodeKindMimeData(NodeKind kind)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(nodeKindMimeType),
                  QByteArray(toString(kind).data(), qsizetype(toString(kind).size())));
    mime->setText(QString::fromUtf8(displayName(kind)));
    return mime;
}

std::optional<NodeKind> nodeKindFromMimeData(const QMimeData *mime)
{
    const QString format = QString::fromLatin1(nodeKindMimeType);
    if (!mime || !mime->hasFormat(format))
        return std::nullopt;
    return nodeKindFromString(mime->data(format).trimmed().toStdString());
}

QMimeData *createAnnotationKindMimeData(AnnotationKind kind)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(annotationKindMimeType),
                  QByteArray(toString(kind).data(), qsizetype(toString(kind).size())));
    mime->setText(QString::fromUtf8(displayName(kind)));
    return mime;
}

std::optional<AnnotationKind> annotationKindFromMimeData(const QMimeData *mime)
{
    const QString format = QString::fromLatin1(annotationKindMimeType);
    if (!mime || !mime->hasFormat(format))
        return std::nullopt;
    return annotationKindFromString(mime->data(format).trimmed().toStdString());
}

} // namespace Er
