#pragma once

#include <QSet>
#include <QString>

namespace Er {

class TopologyScene;

// Emphasis on the canvas for the analysis view: the paths of a site–VNet pair highlighted with
// everything else faded, or what a simulated failure cuts off greyed out. Only the items' looks
// change; the model never does.
class SceneEmphasis
{
public:
    explicit SceneEmphasis(TopologyScene *scene);

    // Highlights the links among `elements`, fades what is not among them.
    void highlightPaths(const QSet<QString> &elements);
    // Greys out `cutOff` and marks `failed` (an element id; may be empty for a shared risk).
    void showFailure(const QString &failed, const QSet<QString> &cutOff);
    void clear();

    QSet<QString> highlighted() const { return m_highlighted; }
    QSet<QString> greyedOut() const { return m_greyed; }

private:
    TopologyScene *m_scene;
    QSet<QString> m_highlighted;
    QSet<QString> m_greyed;
};

} // namespace Er
