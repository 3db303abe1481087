#pragma once

// Shared by the tests: where the examples and fixtures are, loading designs, reading files and
// PDFs back, running the command-line program.

#include "model/io/topologyreader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>

namespace Er::Test {

inline QString examplesDir()
{
    return qEnvironmentVariable("ER_EXAMPLES_DIR");
}

inline QString fixturesDir()
{
    return qEnvironmentVariable("ER_FIXTURES_DIR");
}

inline QString examplePath(const QString &name)
{
    return QDir(examplesDir()).filePath(name);
}

inline QString fixturePath(const QString &name)
{
    return QDir(fixturesDir()).filePath(name);
}

inline QStringList exampleFiles()
{
    return QDir(examplesDir()).entryList({QStringLiteral("*.ertopo")}, QDir::Files, QDir::Name);
}

// Parses a design from text; a load failure fails the calling test.
inline Topology parseDesign(const std::string &json)
{
    LoadResult result = readTopology(json, "inline.ertopo");
    if (!result.ok())
        qFatal("design does not load: %s", result.error.toString().c_str());
    return std::move(*result.topology);
}

inline Topology loadDesign(const QString &path)
{
    LoadResult result = readTopologyFile(path.toStdString());
    if (!result.ok())
        qFatal("design does not load: %s", result.error.toString().c_str());
    return std::move(*result.topology);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// pdftotext reads the report's text back (poppler-utils, which scripts/setup.sh installs); a test
// that needs it fails without it rather than skip what it checks.
inline bool hasPdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// The text of the PDF at `path`, through pdftotext; empty when it cannot be read.
inline QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real expressroute-designer executable with the given arguments (and environment
// variables set in addition to this process's).
inline CliResult runDesigner(const QStringList &arguments,
                             const QList<QPair<QString, QString>> &extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program must pick it itself
    environment.remove(QStringLiteral("DISPLAY"));
    for (const auto &[name, value] : extraEnvironment)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("ER_DESIGNER"), arguments);
    if (!process.waitForFinished(120000))
        qFatal("expressroute-designer did not finish");
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace Er::Test
