#pragma once

#include "model/core/topology.h"
#include "ui/inspector/elementform.h"

#include <QWidget>

class QFormLayout;

namespace Er {

// The inspector's page for links: the fields of the links' kind (docs/spec/topology-format.md,
// "Links"); rows that do not apply to the kind are not in the form.
class LinkEditor : public QWidget
{
    Q_OBJECT

public:
    using Commit = ElementForm<Link>::Commit;

    explicit LinkEditor(QWidget *parent = nullptr);

    void setCommit(Commit commit) { m_form.setCommit(std::move(commit)); }
    // Shows links that all have one kind; `topology` names their ends.
    void showLinks(const std::vector<Link> &links, const Topology &topology, bool selectionChanged);
    FieldEditor *field(const QString &key) const { return m_form.field(key); }

private:
    using Getter = ElementForm<Link>::Getter;
    using Setter = ElementForm<Link>::Setter;
    void addField(const QString &key,
                  const QString &label,
                  FieldEditor::Style style,
                  Getter get,
                  Setter set,
                  const QString &toolTip,
                  std::vector<LinkKind> kinds);

    // Puts the rows of the kind's fields in the form, in their order, and takes the others out.
    void showRowsOf(LinkKind kind);

    struct Row
    {
        FieldEditor *editor;
        QWidget *label;
        std::vector<LinkKind> kinds; // the link kinds that have the field
    };

    QFormLayout *m_layout;
    QLabel *m_ends;
    ElementForm<Link> m_form;
    std::vector<Row> m_rows;
};

} // namespace Er
