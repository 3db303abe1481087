#pragma once

#include "model/io/topologyreader.h"

#include <QString>

#include <vector>

namespace Er {

// Designs to start from, compiled into the program: Microsoft's reference shapes
// (resources/templates/) and the examples (examples/).
struct DesignTemplate
{
    QString resourcePath; // ":/templates/maximum-resiliency.ertopo"
    QString title;        // the design's name
    QString description;
    bool isExample = false;
};

std::vector<DesignTemplate> designTemplates();
LoadResult loadDesignTemplate(const QString &resourcePath);

} // namespace Er
