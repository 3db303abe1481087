#include "ui/designtemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Er {

LoadResult loadDesignTemplate(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.error.file = resourcePath.toStdString();
        result.error.message = "the template is not compiled into this program";
        return result;
    }
    return readTopology(file.readAll().toStdString(),
                        QFileInfo(resourcePath).fileName().toStdString());
}

std::vector<DesignTemplate> designTemplates()
{
    std::vector<DesignTemplate> templates;
    for (const auto &[folder, isExample] : {std::pair{QStringLiteral(":/templates"), false},
                                            std::pair{QStringLiteral(":/examples"), true}}) {
        const QDir dir(folder);
        for (const QString &file :
             dir.entryList({QStringLiteral("*.ertopo")}, QDir::Files, QDir::Name)) {
            DesignTemplate entry;
            entry.resourcePath = dir.filePath(file);
            entry.isExample = isExample;
            const LoadResult loaded = loadDesignTemplate(entry.resourcePath);
            entry.title = loaded.ok() && loaded.topology->name
                              ? QString::fromStdString(*loaded.topology->name)
                              : QFileInfo(file).completeBaseName();
            if (loaded.ok() && loaded.topology->description)
                entry.description = QString::fromStdString(*loaded.topology->description);
            templates.push_back(entry);
        }
    }
    return templates;
}

} // namespace Er
