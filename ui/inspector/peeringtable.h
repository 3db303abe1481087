#pragma once

#include "model/core/topology.h"

#include <QWidget>

#include <functional>
#include <map>
#include <set>
#include <utility>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Er {

// A circuit's peerings as an editable table: one row per peering, one column per field. A refused
// cell stays as typed, tinted red with its reason under the table; only valid rows reach the model.
class PeeringTable : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        TypeColumn,
        PeerAsnColumn,
        PrimaryColumn,
        SecondaryColumn,
        VlanColumn,
        AdvertisedColumn,
        AdvertisedCountColumn,
        RouteFilterColumn,
        CustomerAsnColumn,
        Md5Column,
        PublicPrefixesStateColumn,
        ColumnCount
    };
    using Commit = std::function<void(const std::optional<std::vector<Peering>> &peerings)>;

    explicit PeeringTable(QWidget *parent = nullptr);

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    // `editable` is false for a multi-selection: peerings belong to one circuit.
    void showPeerings(const std::optional<std::vector<Peering>> &peerings,
                      bool editable,
                      bool force);

    QTableWidget *table() const { return m_table; }
    QString error() const;
    // Edits a cell as the user would (tests and the delegate use it).
    void setCellText(int row, int column, const QString &text);

private:
    void fill();
    void cellEdited(int row, int column);
    void setCellError(int row, int column, const QString &reason);
    void addPeering();
    void removePeering();
    void commit(std::vector<Peering> peerings, bool refill);
    QString applyCell(Peering &peering, int column, const QString &text) const;

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_errorLabel;
    QLabel *m_note;
    std::optional<std::vector<Peering>> m_peerings;
    std::map<std::pair<int, int>, QString> m_errors;
    bool m_filling = false;
    bool m_shown = false;
    Commit m_commit;
};

} // namespace Er
