#pragma once

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace Er {

class DiagramScene;

// How the diagram goes on paper: one page when it fits at a readable scale, otherwise an
// overview page followed by tiles.
struct DiagramTile
{
    QRectF source; // scene coordinates
    int row = 0;
    int column = 0;
};

struct DiagramPlan
{
    bool landscape = true;
    std::vector<DiagramTile> tiles; // empty: the overview alone is readable
    int rows = 0;
    int columns = 0;
};

// Scale (page units per scene unit) from which labels stay readable on paper.
inline constexpr qreal readableDiagramScale = 0.55;
inline constexpr int maxDiagramTiles = 24;

DiagramPlan planDiagram(const QRectF &diagramRect);

// Paints one diagram page's content (not the page frame) into `content`: the section heading,
// a caption, the drawing, and on the overview the key and the tile grid.
void paintDiagramOverview(QPainter *painter,
                          const QRectF &content,
                          const DiagramScene &diagram,
                          const DiagramPlan &plan);
void paintDiagramTile(QPainter *painter,
                      const QRectF &content,
                      const DiagramScene &diagram,
                      const DiagramPlan &plan,
                      int tileIndex);

} // namespace Er
