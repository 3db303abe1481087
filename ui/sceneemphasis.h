#pragma once

#include "model/analysis/analysisresult.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace Er {

class TopologyScene;

// Emphasis on the canvas for the analysis view: the paths of a site–VNet pair highlighted by the
// role the analysis gives them (the paths that carry traffic strong, the failover paths dashed,
// the standby paths faint) with everything else faded, or what a simulated failure cuts off
// greyed out. Only the items' looks change; the model never does.
class SceneEmphasis
{
public:
    explicit SceneEmphasis(TopologyScene *scene);

    // Highlights the elements of `roles` (element id → the role of the strongest path it is on:
    // Steady before Failover before Standby), fades what is not among them.
    void highlightPaths(const QHash<QString, PathRole> &roles);
    // Greys out `cutOff` and marks `failed` (an element id; may be empty for a shared risk).
    void showFailure(const QString &failed, const QSet<QString> &cutOff);
    // Marks every element of `failed` (what fails together: a location's edges and circuits).
    void showFailure(const QSet<QString> &failed, const QSet<QString> &cutOff);
    void clear();

    QSet<QString> highlighted() const;
    // The role an element is highlighted for; none when it is not highlighted.
    std::optional<PathRole> roleOf(const QString &id) const;
    QSet<QString> greyedOut() const { return m_greyed; }

private:
    TopologyScene *m_scene;
    QHash<QString, PathRole> m_highlighted;
    QSet<QString> m_greyed;
    bool m_shown = false; // whether any item's looks were changed since the last clear()
};

} // namespace Er
