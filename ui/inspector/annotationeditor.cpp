#include "ui/inspector/annotationeditor.h"

#include "model/document/editannotationcommand.h"
#include "model/document/topologydocument.h"
#include "ui/inspector/fieldtext.h"

#include <QFormLayout>

namespace Er {

namespace T = FieldText;

AnnotationEditor::AnnotationEditor(TopologyDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new QFormLayout(this), [](const Annotation &a) { return qs(a.id); })
{
    auto *layout = static_cast<QFormLayout *>(this->layout());
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    FieldEditor *text = m_form.add(
        QStringLiteral("annotation.text"), tr("Text"), FieldEditor::Style::Lines,
        [](const Annotation &a) { return qs(a.text); },
        [](Annotation &a, const QString &value) {
            a.text = value.toStdString();
            return QString();
        },
        tr("What the note says, or the rectangle's label (\"Colo cage LD5\"); drawn on the "
           "canvas, the diagrams and the report. Double-click it on the canvas to edit it there."));
    text->setPlaceholderText(QString());
    text->input()->setFixedHeight(120);
    m_form
        .add(
            QStringLiteral("annotation.color"), tr("Colour"), FieldEditor::Style::Line,
            [](const Annotation &a) { return T::of(a.color); },
            [](Annotation &a, const QString &value) {
                const QString trimmed = value.trimmed();
                if (!trimmed.isEmpty() && !isAnnotationColor(trimmed.toStdString()))
                    return tr("A colour is # and six hexadecimal digits, like #ffcc00.");
                a.color = trimmed.isEmpty() ? std::nullopt
                                            : std::optional(trimmed.toLower().toStdString());
                return QString();
            },
            tr("#rrggbb; empty: the kind's own (a pale yellow note, a grey rectangle)."))
        ->setPlaceholderText(tr("default"));
    m_form.setCommit([this](const QString &field, const std::vector<Annotation> &after) {
        std::vector<Annotation> before;
        for (const Annotation &edited : after) {
            const Annotation *current = m_document->topology().annotation(edited.id);
            if (!current)
                return;
            before.push_back(*current);
        }
        m_document->undoStack()->push(
            new EditAnnotationCommand(m_document, std::move(before), after, field));
    });
}

void AnnotationEditor::showAnnotations(const std::vector<Annotation> &annotations,
                                       bool selectionChanged)
{
    m_form.show(annotations, selectionChanged);
}

} // namespace Er
