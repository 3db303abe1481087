#pragma once

#include "nodeeditor.h"

namespace Er {

class PeeringTable;

// One inspector page per node kind (docs/spec/topology-format.md, "Nodes").

class SiteEditor : public NodeEditor
{
    Q_OBJECT
public:
    explicit SiteEditor(QWidget *parent = nullptr);

protected:
    void updateChoices(const std::vector<Node> &nodes, const Topology &topology) override;

private:
    QStringList m_vnetIds;
};

class CustomerEdgeEditor : public NodeEditor
{
    Q_OBJECT
public:
    explicit CustomerEdgeEditor(QWidget *parent = nullptr);
};

class ProviderEdgeEditor : public NodeEditor
{
    Q_OBJECT
public:
    explicit ProviderEdgeEditor(QWidget *parent = nullptr);
};

class CircuitEditor : public NodeEditor
{
    Q_OBJECT
public:
    explicit CircuitEditor(QWidget *parent = nullptr);
    PeeringTable *peeringTable() const { return m_peerings; }

protected:
    void updateChoices(const std::vector<Node> &nodes, const Topology &topology) override;
    void showExtras(const std::vector<Node> &nodes, bool selectionChanged) override;

private:
    PeeringTable *m_peerings = nullptr;
};

class AzureRegionEditor : public NodeEditor
{
    Q_OBJECT
public:
    explicit AzureRegionEditor(QWidget *parent = nullptr);
};

class VirtualNetworkEditor : public NodeEditor
{
    Q_OBJECT
public:
    explicit VirtualNetworkEditor(QWidget *parent = nullptr);

protected:
    void updateChoices(const std::vector<Node> &nodes, const Topology &topology) override;
};

// Nodes of different kinds: the name, availability override and notes they all have.
class SharedNodeEditor : public NodeEditor
{
    Q_OBJECT
public:
    explicit SharedNodeEditor(QWidget *parent = nullptr)
        : NodeEditor(parent)
    {
        addCommonFields();
    }
};

// The editor page for a node kind.
NodeEditor *createNodeEditor(NodeKind kind, QWidget *parent = nullptr);

} // namespace Er
