#pragma once

namespace Er::Bench {

class BenchContext;

// What saving and loading cannot go below, to read the save and load figures against, measured
// in the same run: writing the saved bytes to a new file in the same folder and flushing it to
// disk (write-floor), and reading the saved file and parsing it with nlohmann::ordered_json and
// nothing else (parse-floor).
void writeFloorFigure(BenchContext &context);
void parseFloorFigure(BenchContext &context);

} // namespace Er::Bench
