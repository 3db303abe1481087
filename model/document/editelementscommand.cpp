#include "model/document/editelementscommand.h"

#include "model/document/commandid.h"
#include "model/document/topologydocument.h"

#include <QCoreApplication>

namespace Er {

EditElementsCommand::EditElementsCommand(TopologyDocument *document,
                                         NodeEdits nodes,
                                         LinkEdits links,
                                         const QString &field,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_nodes(std::move(nodes))
    , m_links(std::move(links))
    , m_field(field)
{
    if (m_nodes.size() + m_links.size() == 1) {
        const std::string label = m_nodes.empty() ? m_links.front().first.id
                                                  : m_nodes.front().first.label();
        setText(QCoreApplication::translate("Er::Commands", "Change %1 of '%2'")
                    .arg(field, QString::fromStdString(label)));
    } else {
        setText(QCoreApplication::translate("Er::Commands", "Change %1 of %2 elements")
                    .arg(field)
                    .arg(m_nodes.size() + m_links.size()));
    }
    setObsolete(changesNothing());
}

EditElementsCommand::EditElementsCommand(
    TopologyDocument *document, Node before, Node after, const QString &field, QUndoCommand *parent)
    : EditElementsCommand(document,
                          NodeEdits{{std::move(before), std::move(after)}},
                          {},
                          field,
                          parent)
{}

EditElementsCommand::EditElementsCommand(
    TopologyDocument *document, Link before, Link after, const QString &field, QUndoCommand *parent)
    : EditElementsCommand(document,
                          {},
                          LinkEdits{{std::move(before), std::move(after)}},
                          field,
                          parent)
{}

namespace {

// The `before` or the `after` of each edit.
template<typename Element>
std::vector<Element> sideOf(const std::vector<std::pair<Element, Element>> &edits,
                            Element std::pair<Element, Element>::*side)
{
    std::vector<Element> elements;
    elements.reserve(edits.size());
    for (const auto &edit : edits)
        elements.push_back(edit.*side);
    return elements;
}

} // namespace

void EditElementsCommand::redo()
{
    using NodeEdit = NodeEdits::value_type;
    using LinkEdit = LinkEdits::value_type;
    m_document->replaceElements(sideOf(m_nodes, &NodeEdit::second),
                                sideOf(m_links, &LinkEdit::second));
}

void EditElementsCommand::undo()
{
    using NodeEdit = NodeEdits::value_type;
    using LinkEdit = LinkEdits::value_type;
    m_document->replaceElements(sideOf(m_nodes, &NodeEdit::first),
                                sideOf(m_links, &LinkEdit::first));
}

int EditElementsCommand::id() const
{
    return int(CommandId::EditElements);
}

bool EditElementsCommand::sameElements(const EditElementsCommand &other) const
{
    if (other.m_nodes.size() != m_nodes.size() || other.m_links.size() != m_links.size())
        return false;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (other.m_nodes[i].first.id != m_nodes[i].first.id)
            return false;
    }
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        if (other.m_links[i].first.id != m_links[i].first.id)
            return false;
    }
    return true;
}

bool EditElementsCommand::changesNothing() const
{
    for (const auto &[before, after] : m_nodes) {
        if (!(before == after))
            return false;
    }
    for (const auto &[before, after] : m_links) {
        if (!(before == after))
            return false;
    }
    return true;
}

bool EditElementsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditElementsCommand *>(other);
    if (edit->m_field != m_field || !sameElements(*edit))
        return false;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        m_nodes[i].second = edit->m_nodes[i].second;
    for (std::size_t i = 0; i < m_links.size(); ++i)
        m_links[i].second = edit->m_links[i].second;
    setObsolete(changesNothing());
    return true;
}

} // namespace Er
