#include "views/annotationedits.h"

#include "model/document/addannotationcommand.h"
#include "model/document/topologydocument.h"
#include "views/topologyscene.h"

#include <QCoreApplication>

namespace Er {

QString defaultAnnotationText(AnnotationKind kind)
{
    return kind == AnnotationKind::Note
               ? QCoreApplication::translate("Er::Annotations", "Note")
               : QCoreApplication::translate("Er::Annotations", "Rectangle");
}

QString addAnnotationAt(TopologyScene *scene, AnnotationKind kind, QPointF scenePos)
{
    TopologyDocument *document = scene->document();
    Annotation annotation;
    annotation.kind = kind;
    annotation.id = document->topology().uniqueId(toString(kind));
    annotation.size = defaultAnnotationSize(kind);
    const QPointF topLeft = scene->snapped(
        scenePos - QPointF(annotation.size.width / 2, annotation.size.height / 2));
    annotation.position = Point{topLeft.x(), topLeft.y()};
    annotation.text = defaultAnnotationText(kind).toStdString();
    const QString id = QString::fromStdString(annotation.id);
    document->undoStack()->push(new AddAnnotationCommand(document, std::move(annotation)));
    scene->selectOnly({id});
    return id;
}

} // namespace Er
