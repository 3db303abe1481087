#include "ui/inspector/peeringtable.h"

#include "model/catalogue/catalogue.h"
#include "model/core/numberranges.h"
#include "ui/inspector/fieldtext.h"

#include <QCoreApplication>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Er {

namespace {

namespace T = FieldText;

const QStringList peeringTypes = {QStringLiteral("AzurePrivatePeering"),
                                  QStringLiteral("MicrosoftPeering"),
                                  QStringLiteral("AzurePublicPeering")};

// Azure's validation states of a Microsoft peering's advertised public prefixes, as ARM reports
// them (`advertisedPublicPrefixesState`; only Configured silences PEERING-019).
const QStringList publicPrefixesStates = {QStringLiteral("NotConfigured"),
                                          QStringLiteral("Configuring"),
                                          QStringLiteral("Configured"),
                                          QStringLiteral("ValidationNeeded")};

QString routeFilterEntryError(const QString &entry)
{
    static const QRegularExpression community(QStringLiteral("^\\d{1,10}:\\d{1,5}$"));
    if (community.match(entry).hasMatch() || Catalogue::builtIn().service(entry.toStdString()))
        return {};
    return QCoreApplication::translate("Er::PeeringTable",
                                       "\"%1\" is neither a service name nor a BGP community "
                                       "like 12076:5010.")
        .arg(entry);
}

QString cellText(const Peering &p, int column)
{
    switch (column) {
    case PeeringTable::TypeColumn:
        return T::of(p.peeringType);
    case PeeringTable::PeerAsnColumn:
        return T::of(p.peerASN);
    case PeeringTable::PrimaryColumn:
        return T::of(p.primaryPeerAddressPrefix);
    case PeeringTable::SecondaryColumn:
        return T::of(p.secondaryPeerAddressPrefix);
    case PeeringTable::VlanColumn:
        return T::of(p.vlanId);
    case PeeringTable::AdvertisedColumn:
        return T::of(p.advertisedPrefixes, QStringLiteral(", "));
    case PeeringTable::AdvertisedCountColumn:
        return T::of(p.advertisedPrefixCount);
    case PeeringTable::RouteFilterColumn:
        return T::of(p.routeFilter, QStringLiteral(", "));
    case PeeringTable::CustomerAsnColumn:
        return T::of(p.customerASN);
    case PeeringTable::Md5Column:
        return T::of(p.md5);
    case PeeringTable::PublicPrefixesStateColumn:
        return T::of(p.advertisedPublicPrefixesState);
    }
    return {};
}

} // namespace

PeeringTable::PeeringTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("Add Peering"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_errorLabel(new QLabel(this))
    , m_note(new QLabel(tr("Select a single circuit to edit its peerings."), this))
{
    m_table->setObjectName(QStringLiteral("peerings"));
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Peer ASN"), tr("Primary /30"),
                                        tr("Secondary /30"), tr("VLAN"), tr("Advertised"),
                                        tr("Prefix count"), tr("Route filter"), tr("Customer ASN"),
                                        tr("MD5"), tr("Public prefixes")});
    const QStringList tips = {
        tr("AzurePrivatePeering, MicrosoftPeering (AzurePublicPeering is retired)"),
        tr("Your (or, with Layer 3, the provider's) AS number"),
        tr("The primary link's subnet, a /30 for IPv4"),
        tr("The secondary link's subnet, a /30 for IPv4"),
        tr("One VLAN id, %1 to %2, for both links").arg(vlanIdRange.min).arg(vlanIdRange.max),
        tr("Prefixes you advertise, separated by commas"),
        tr("Instead of listing them: how many prefixes you advertise"),
        tr("Microsoft peering: service names or BGP communities (12076:5010)"),
        tr("Microsoft peering: the ASN the prefixes are registered to"),
        tr("An MD5 key is configured (the key itself is never stored)"),
        tr("Microsoft peering: Azure's validation of the advertised public prefixes "
           "(NotConfigured, Configuring, Configured, ValidationNeeded)")};
    for (int column = 0; column < ColumnCount; ++column)
        m_table->horizontalHeaderItem(column)->setToolTip(tips.at(column));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(120);
    connect(m_table, &QTableWidget::cellChanged, this, &PeeringTable::cellEdited);
    connect(m_add, &QPushButton::clicked, this, &PeeringTable::addPeering);
    connect(m_remove, &QPushButton::clicked, this, &PeeringTable::removePeering);
    m_add->setToolTip(tr("Adds a peering of the first type the circuit lacks."));
    m_remove->setToolTip(tr("Removes the selected peering."));

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #d93025;"));
    m_errorLabel->setVisible(false);
    m_note->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_note);
}

void PeeringTable::showPeerings(const std::optional<std::vector<Peering>> &peerings,
                                bool editable,
                                bool force)
{
    m_note->setVisible(!editable);
    m_table->setEnabled(editable);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
    if (!force && m_shown && peerings == m_peerings)
        return;
    m_shown = true;
    m_peerings = editable ? peerings : std::nullopt;
    m_errors.clear();
    fill();
}

QString PeeringTable::error() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void PeeringTable::fill()
{
    m_filling = true;
    const std::vector<Peering> peerings = m_peerings.value_or(std::vector<Peering>());
    m_table->setRowCount(int(peerings.size()));
    for (int row = 0; row < int(peerings.size()); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cellText(peerings[std::size_t(row)], column));
            m_table->setItem(row, column, item);
        }
        auto *type = new QComboBox;
        type->addItems(peeringTypes);
        const QString current = cellText(peerings[std::size_t(row)], TypeColumn);
        if (!peeringTypes.contains(current))
            type->insertItem(0, current.isEmpty() ? tr("(not set)") : current);
        type->setCurrentText(current.isEmpty() ? tr("(not set)") : current);
        connect(type, &QComboBox::activated, this,
                [this, row, type] { setCellText(row, TypeColumn, type->currentText()); });
        m_table->setCellWidget(row, TypeColumn, type);
        auto *md5 = new QComboBox;
        md5->addItem(tr("(not set)"), QString());
        md5->addItem(tr("Yes"), QStringLiteral("true"));
        md5->addItem(tr("No"), QStringLiteral("false"));
        md5->setCurrentIndex(md5->findData(cellText(peerings[std::size_t(row)], Md5Column)));
        connect(md5, &QComboBox::activated, this,
                [this, row, md5] { setCellText(row, Md5Column, md5->currentData().toString()); });
        m_table->setCellWidget(row, Md5Column, md5);
        auto *state = new QComboBox;
        state->addItem(tr("(not set)"), QString());
        for (const QString &value : publicPrefixesStates)
            state->addItem(value, value);
        const QString stateText = cellText(peerings[std::size_t(row)], PublicPrefixesStateColumn);
        if (state->findData(stateText) < 0)
            state->addItem(stateText, stateText); // a state this version does not know, kept
        state->setCurrentIndex(state->findData(stateText));
        connect(state, &QComboBox::activated, this, [this, row, state] {
            setCellText(row, PublicPrefixesStateColumn, state->currentData().toString());
        });
        m_table->setCellWidget(row, PublicPrefixesStateColumn, state);
    }
    m_filling = false;
    m_errorLabel->setVisible(false);
}

void PeeringTable::setCellText(int row, int column, const QString &text)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item)
        return;
    item->setText(text); // emits cellChanged
}

QString PeeringTable::applyCell(Peering &p, int column, const QString &text) const
{
    switch (column) {
    case TypeColumn:
        if (!text.isEmpty() && text != tr("(not set)") && !peeringTypes.contains(text))
            return tr("\"%1\" is not a peering type; use %2.")
                .arg(text, peeringTypes.join(QStringLiteral(", ")));
        return T::parse(text == tr("(not set)") ? QString() : text, p.peeringType);
    case PeerAsnColumn:
        return T::parseAsn(text, p.peerASN);
    case PrimaryColumn:
        return T::parseCidr(text, p.primaryPeerAddressPrefix);
    case SecondaryColumn:
        return T::parseCidr(text, p.secondaryPeerAddressPrefix);
    case VlanColumn:
        return T::parseVlan(text, p.vlanId);
    case AdvertisedColumn:
        return T::parseList(text, p.advertisedPrefixes, T::cidrEntryError);
    case AdvertisedCountColumn:
        return T::parseInteger(text, p.advertisedPrefixCount, 0, 10000000, tr("A prefix count"));
    case RouteFilterColumn:
        return T::parseList(text, p.routeFilter, routeFilterEntryError);
    case CustomerAsnColumn:
        return T::parseAsn(text, p.customerASN);
    case Md5Column:
        return T::parseBool(text, p.md5);
    case PublicPrefixesStateColumn:
        if (!text.isEmpty() && !publicPrefixesStates.contains(text)
            && text != cellText(p, PublicPrefixesStateColumn)) {
            return tr("\"%1\" is not a validation state; use %2.")
                .arg(text, publicPrefixesStates.join(QStringLiteral(", ")));
        }
        return T::parse(text, p.advertisedPublicPrefixesState);
    }
    return {};
}

void PeeringTable::cellEdited(int row, int column)
{
    if (m_filling || !m_peerings || row >= int(m_peerings->size()))
        return;
    std::vector<Peering> peerings = *m_peerings;
    const QString error = applyCell(peerings[std::size_t(row)], column,
                                    m_table->item(row, column)->text());
    setCellError(row, column, error);
    if (error.isEmpty())
        commit(std::move(peerings), false);
}

void PeeringTable::setCellError(int row, int column, const QString &reason)
{
    QTableWidgetItem *item = m_table->item(row, column);
    m_filling = true;
    item->setBackground(reason.isEmpty() ? QBrush() : QBrush(QColor(217, 48, 37, 70)));
    item->setToolTip(reason);
    m_filling = false;
    if (reason.isEmpty())
        m_errors.erase({row, column});
    else
        m_errors[{row, column}] = reason;
    QStringList lines;
    for (const auto &[cell, text] : m_errors) {
        lines << tr("Row %1, %2: %3")
                     .arg(cell.first + 1)
                     .arg(m_table->horizontalHeaderItem(cell.second)->text(), text);
    }
    m_errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!lines.isEmpty());
}

void PeeringTable::addPeering()
{
    std::vector<Peering> peerings = m_peerings.value_or(std::vector<Peering>());
    Peering peering;
    for (const QString &type : peeringTypes.mid(0, 2)) {
        const bool present = std::any_of(peerings.begin(), peerings.end(), [&](const Peering &p) {
            return p.peeringType == type.toStdString();
        });
        if (!present) {
            peering.peeringType = type.toStdString();
            break;
        }
    }
    peerings.push_back(peering);
    commit(std::move(peerings), true);
}

void PeeringTable::removePeering()
{
    const int row = m_table->currentRow();
    if (!m_peerings || row < 0 || row >= int(m_peerings->size()))
        return;
    std::vector<Peering> peerings = *m_peerings;
    peerings.erase(peerings.begin() + row);
    commit(std::move(peerings), true);
}

void PeeringTable::commit(std::vector<Peering> peerings, bool refill)
{
    // The table already shows the new value: the model's echo must not refill it, or refused
    // cells in other rows would be lost.
    if (peerings.empty())
        m_peerings.reset();
    else
        m_peerings = std::move(peerings);
    if (refill)
        fill();
    if (m_commit)
        m_commit(m_peerings);
}

} // namespace Er
