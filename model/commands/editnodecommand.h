#pragma once

#include "commandid.h"
#include "core/topology.h"
#include "topologydocument.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace Er {

// Replaces one element's value (the inspector's edits, renames, SKU changes, an annotation's move
// or resize). Consecutive edits of the same field of the same element merge into one step, so
// typing in a field undoes at once; a gesture (a drag) is not `mergeable`, so that each drag is
// a step of its own.
template<typename Element, CommandId Id>
class EditElementCommand : public QUndoCommand
{
public:
    EditElementCommand(TopologyDocument *document,
                       Element before,
                       Element after,
                       const QString &field,
                       QUndoCommand *parent = nullptr,
                       bool mergeable = true)
        : QUndoCommand(parent)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(field)
        , m_mergeable(mergeable)
    {
        setText(QCoreApplication::translate("Er::Commands", "Change %1 of '%2'")
                    .arg(field, QString::fromStdString(label(m_before))));
        if (m_before == m_after)
            setObsolete(true);
    }

    void redo() override { replace(m_after); }
    void undo() override { replace(m_before); }
    int id() const override { return m_mergeable ? int(Id) : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = static_cast<const EditElementCommand *>(other);
        if (!edit->m_mergeable || edit->m_after.id != m_after.id || edit->m_field != m_field)
            return false;
        m_after = edit->m_after;
        setObsolete(m_before == m_after);
        return true;
    }

private:
    static std::string label(const Node &node) { return node.label(); }
    static std::string label(const Link &link) { return link.id; }
    static std::string label(const Annotation &annotation)
    {
        // The first line: what the canvas shows first.
        return annotation.text.empty() ? annotation.id
                                       : annotation.text.substr(0, annotation.text.find('\n'));
    }
    void replace(const Node &node) { m_document->replaceNode(node); }
    void replace(const Link &link) { m_document->replaceLink(link); }
    void replace(const Annotation &annotation) { m_document->replaceAnnotation(annotation); }

    TopologyDocument *m_document;
    Element m_before;
    Element m_after;
    QString m_field;
    bool m_mergeable;
};

using EditNodeCommand = EditElementCommand<Node, CommandId::EditNode>;
using EditLinkCommand = EditElementCommand<Link, CommandId::EditLink>;
using EditAnnotationCommand = EditElementCommand<Annotation, CommandId::EditAnnotation>;

} // namespace Er
