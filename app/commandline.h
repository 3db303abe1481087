#pragma once

#include "model/cost/pricelist.h"
#include "model/io/topologyreader.h"

#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace Er::Cli {

// Exit codes of docs/spec/cli.md.
enum ExitCode {
    Done = 0,
    ValidationErrors = 1,
    Different = 1, // diff: the two designs differ
    LoadFailed = 2,
    Usage = 3,
    OutputFailed = 4,
};

// True when the arguments ask for a headless run (a subcommand, --help, --version); the
// designer window opens otherwise.
bool isHeadless(const QStringList &arguments);

// Runs a headless invocation and returns its exit code. Prints to stdout, errors to stderr.
int run(int argc, char *argv[]);

// A subcommand's arguments after the subcommand's name.
struct Invocation
{
    QString file;      // the first file argument
    QStringList files; // every file argument, in order (import and diff take several)
    bool json = false;
    QString output;
    // Options with a value the subcommand declares (`--prices FILE`, `--region NAME`), by name
    // without the dashes.
    std::map<QString, QString> values;

    QString value(const QString &name) const
    {
        const auto found = values.find(name);
        return found == values.end() ? QString() : found->second;
    }
};

using Handler = std::function<int(const Invocation &)>;

int validateCommand(const Invocation &invocation);
int analyzeCommand(const Invocation &invocation);
int reportCommand(const Invocation &invocation);
int exportCommand(const Invocation &invocation);
int diffCommand(const Invocation &invocation);
int rulesCommand(const Invocation &invocation);
int importCommand(const Invocation &invocation);

// Helpers for subcommands.
void printOut(const std::string &text);
// Reads the invocation's design; prints the load error, or the load warnings (a removed
// credential), on stderr.
LoadResult loadDesign(const Invocation &invocation);
void printError(const QString &text);
// The price list of `--prices FILE`, or the built-in one when the option is absent; null (after
// printing where and what is wrong) when the file does not load. Skipped items are printed.
std::shared_ptr<const PriceList> loadPrices(const Invocation &invocation);

} // namespace Er::Cli
