#include "ui/pricelistactions.h"

#include "ui/pricelistsession.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace Er {

namespace {

// How many skipped items the notice lists before it says how many more there are.
constexpr int listedWarnings = 12;

} // namespace

PriceListActions::PriceListActions(PriceListSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_load(new QAction(tr("&Price List…"), this))
    , m_builtIn(new QAction(tr("Use &Built-in Prices"), this))
{
    m_load->setToolTip(tr("Costs the design with a price list file: this program's format or a "
                          "saved Azure Retail Prices API response"));
    m_load->setStatusTip(m_load->toolTip());
    m_builtIn->setToolTip(tr("Costs the design with the price list compiled into the program"));
    m_builtIn->setStatusTip(m_builtIn->toolTip());
    connect(m_load, &QAction::triggered, this, &PriceListActions::loadWithDialog);
    connect(m_builtIn, &QAction::triggered, m_session, &PriceListSession::useBuiltIn);
    connect(m_session, &PriceListSession::changed, this, &PriceListActions::updateActions);
    updateActions();
}

void PriceListActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_load);
    menu->addAction(m_builtIn);
}

void PriceListActions::setPrompts(OpenPathPrompt openPath,
                                  MessagePrompt error,
                                  MessagePrompt information)
{
    m_openPath = std::move(openPath);
    m_error = std::move(error);
    m_information = std::move(information);
}

void PriceListActions::loadWithDialog()
{
    const QString path = m_openPath ? m_openPath()
                                    : QFileDialog::getOpenFileName(
                                        m_window, tr("Load Price List"), QString(),
                                        tr("Price lists (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool PriceListActions::loadFile(const QString &path)
{
    const PriceListLoad load = m_session->loadFile(path);
    if (!load.ok()) {
        const QString title = tr("Price list not loaded");
        const QString text = tr("%1\n\nThe prices in use stay: %2.")
                                 .arg(QString::fromStdString(load.error.toString()),
                                      m_session->description());
        if (m_error)
            m_error(title, text);
        else
            QMessageBox::warning(m_window, title, text);
        return false;
    }
    emit statusMessage(tr("Costs now use %1").arg(m_session->description()));
    if (!load.warnings.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < load.warnings.size() && int(i) < listedWarnings; ++i)
            lines << QStringLiteral("• ") + QString::fromStdString(load.warnings[i]);
        if (int(load.warnings.size()) > listedWarnings)
            lines << tr("and %1 more").arg(int(load.warnings.size()) - listedWarnings);
        const QString title = tr("Price list loaded with items skipped");
        const QString text = tr("%1 loaded; %n item(s) in it were skipped:\n\n%2", nullptr,
                                int(load.warnings.size()))
                                 .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n')));
        if (m_information)
            m_information(title, text);
        else
            QMessageBox::information(m_window, title, text);
    }
    return true;
}

void PriceListActions::updateActions()
{
    m_builtIn->setEnabled(!m_session->isBuiltIn());
}

} // namespace Er
