#pragma once

#include "model/analysis/analysisresult.h"
#include "model/core/topology.h"
#include "model/diff/designdiff.h"
#include "model/validation/finding.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Er {

class Catalogue;
struct PriceList;

// Everything the report shows: the design, its findings and its analysis, and the day it was
// written. Built once; the report's sections only read it.
struct ReportInput
{
    Topology topology;
    std::vector<Finding> findings; // sorted: error first
    AnalysisResult analysis;
    QDate date;
    const Catalogue *catalogue = nullptr; // display names and facts date; never null once built
    QString filePath; // where the design was read from or saved to; empty when never saved
    // `report --since OLD`: what changed since that revision, shown as its own section.
    std::optional<DesignDiff> changes;
    QString changesSince; // the earlier revision's file
};

// Compares `input`'s design with an earlier revision (analysed and validated here) and adds the
// "Changes since" section to the report.
void addChangesSince(ReportInput &input, const Topology &earlier, const QString &earlierFile);

// The design's name; for an unnamed design the file's base name, or "Untitled design".
QString reportDesignName(const ReportInput &input);

// Analyses and validates a design with the built-in catalogue, dated today, costed by `prices`
// (null: the built-in price list).
ReportInput collectReportInput(const Topology &topology,
                               const QString &filePath = {},
                               const std::shared_ptr<const PriceList> &prices = {});

// From a check already made (the window's checker holds one for the design as it is): nothing is
// analysed or validated again. Dated today.
ReportInput reportInputFromCheck(const Topology &topology,
                                 std::vector<Finding> findings,
                                 AnalysisResult analysis,
                                 const QString &filePath);

// With a given analysis (tests, or a caller that analysed already); validates with it.
ReportInput makeReportInput(const Topology &topology, AnalysisResult analysis, QDate date);

} // namespace Er
