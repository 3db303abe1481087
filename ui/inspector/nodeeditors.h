#pragma once

#include "ui/inspector/nodeeditor.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

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
    // The design's VNets by id and by name: the user reads and types names, the file keeps ids.
    // A name two VNets share (or that is another VNet's id) is shown and typed as the id.
    struct VnetNames
    {
        Q_DECLARE_TR_FUNCTIONS(Er::SiteEditor)
    public:
        void update(const Topology &topology);
        QString shownName(const QString &id) const;
        QString id(const QString &entry) const; // the id an entry names (itself if none)
        QString error(const QString &entry) const;

        QSet<QString> ids;
        QSet<QString> ambiguous;
        QHash<QString, QString> idByName;
        QHash<QString, QString> nameById;
    };
    VnetNames m_vnetNames;
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
