#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <string>

namespace Er {

class ReportPages;
struct ReportInput;

// The report as PDF bytes: A4 pages, text and drawings as vectors, fonts embedded.
QByteArray reportPdf(const ReportPages &pages);

// Lays the report out and writes it to `path` atomically: on failure no file is left behind and
// the result says why.
std::optional<std::string> writeReportPdf(const ReportInput &input, const QString &path);

} // namespace Er
