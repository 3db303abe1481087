#pragma once

#include "model/core/topology.h"
#include "ui/inspector/elementform.h"

#include <QWidget>

class QFormLayout;

namespace Er {

// The inspector's page for nodes: the name, then the fields of a node kind (subclasses), then
// the availability override and the notes. The base class alone edits what nodes of different
// kinds share.
class NodeEditor : public QWidget
{
    Q_OBJECT

public:
    using Commit = ElementForm<Node>::Commit;

    explicit NodeEditor(QWidget *parent = nullptr);

    void setCommit(Commit commit);
    // Shows nodes (all of the editor's kind); the design feeds choices that depend on it.
    void showNodes(const std::vector<Node> &nodes, const Topology &topology, bool selectionChanged);
    FieldEditor *field(const QString &key) const { return m_form.field(key); }

protected:
    virtual void updateChoices(const std::vector<Node> &nodes, const Topology &topology);
    virtual void showExtras(const std::vector<Node> &nodes, bool selectionChanged);

    ElementForm<Node> &form() { return m_form; }
    QFormLayout *formLayout() const { return m_layout; }
    void addSection(const QString &title);
    // Availability override and notes; every editor calls it last.
    void addCommonFields();
    Commit commit() const { return m_commit; }

private:
    QFormLayout *m_layout;
    ElementForm<Node> m_form;
    Commit m_commit;
};

// The tooltip of the "Provider cost / month" field of nodes and links.
QString providerCostToolTip();

// Drops an optional aggregate that holds nothing but defaults.
template<typename T>
void resetIfDefault(std::optional<T> &value)
{
    if (value && *value == T{})
        value.reset();
}

} // namespace Er
