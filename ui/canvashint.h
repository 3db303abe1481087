#pragma once

#include <QWidget>

namespace Er {

class TopologyDocument;

// A short "getting started" text drawn over an empty canvas; it lets mouse and drop events
// through and hides as soon as the design has a node.
class CanvasHint : public QWidget
{
    Q_OBJECT

public:
    CanvasHint(TopologyDocument *document, QWidget *viewport);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateVisibility();

    TopologyDocument *m_document;
};

} // namespace Er
