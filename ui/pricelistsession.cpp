#include "ui/pricelistsession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Er {

QString priceListDescription(const PriceList &list)
{
    const QString origin = list.fileName.empty()
                               ? PriceListSession::tr("built-in list")
                               : PriceListSession::tr("from %1").arg(
                                   QDir::toNativeSeparators(QString::fromStdString(list.fileName)));
    return PriceListSession::tr("%1 list prices as of %2, %3")
        .arg(QString::fromStdString(list.currency), QString::fromStdString(list.pricesAsOf), origin);
}

PriceListSession::PriceListSession(QObject *parent)
    : QObject(parent)
{}

QString PriceListSession::description() const
{
    return priceListDescription(list());
}

PriceListLoad PriceListSession::loadFile(const QString &path)
{
    PriceListLoad load = readPriceListFile(QFile::encodeName(path).toStdString());
    if (load.ok()) {
        m_loaded = std::make_shared<const PriceList>(*load.list);
        emit changed();
    }
    return load;
}

void PriceListSession::useBuiltIn()
{
    if (!m_loaded)
        return;
    m_loaded.reset();
    emit changed();
}

} // namespace Er
