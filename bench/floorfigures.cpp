#include "bench/floorfigures.h"

#include "bench/figures.h"
#include "model/io/topologywriter.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

namespace Er::Bench {

namespace {

volatile std::size_t sink = 0;

// A new file holding `bytes`, flushed to disk: the part of a save no writer can avoid.
void writeAndFlush(const std::string &path, const std::string &bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot create " + path + ": " + std::strerror(errno));
    std::size_t written = 0;
    while (written < bytes.size()) {
        const long n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0)
        throw std::runtime_error("cannot flush " + path + ": " + std::strerror(errno));
}

std::string sizeNote(std::size_t bytes)
{
    return std::to_string(bytes / 1024) + " KiB";
}

} // namespace

void writeFloorFigure(BenchContext &context)
{
    const std::string bytes = writeTopology(context.topology());
    const std::string path = context.filePath().toStdString() + ".floor";
    const Timing timing = measure([&] { writeAndFlush(path, bytes); }, context.policy(),
                                  [&] { ::unlink(path.c_str()); });
    ::unlink(path.c_str());
    printFigure(Figure{"write-floor", context.size(), timing, std::nullopt,
                       "write + fsync of the saved bytes to a new file, " + sizeNote(bytes.size())});
}

void parseFloorFigure(BenchContext &context)
{
    const std::string path = context.filePath().toStdString();
    std::size_t size = 0;
    const Timing timing = measure(
        [&] {
            std::ifstream in(path, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)),
                                    std::istreambuf_iterator<char>());
            size = bytes.size();
            const nlohmann::ordered_json document = nlohmann::ordered_json::parse(bytes);
            sink = sink + document.size();
        },
        context.policy());
    printFigure(Figure{"parse-floor", context.size(), timing, std::nullopt,
                       "read + nlohmann::ordered_json::parse of the saved file, " + sizeNote(size)});
}

} // namespace Er::Bench
