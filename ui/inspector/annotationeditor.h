#pragma once

#include "model/core/topology.h"
#include "ui/inspector/elementform.h"

#include <QWidget>

namespace Er {

class TopologyDocument;

// The inspector's page for notes and rectangles: their text and colour, for one or several at
// once. Each accepted edit is one undo step (typing in a field merges into one).
class AnnotationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationEditor(TopologyDocument *document, QWidget *parent = nullptr);

    void showAnnotations(const std::vector<Annotation> &annotations, bool selectionChanged);
    FieldEditor *field(const QString &key) const { return m_form.field(key); }

private:
    TopologyDocument *m_document;
    ElementForm<Annotation> m_form;
};

} // namespace Er
