#pragma once

#include "ui/inspector/elementform.h"

#include <QWidget>

#include <optional>
#include <string>

namespace Er {

class TopologyDocument;

// The inspector's page when nothing is selected: the design's name and description, and its
// pricing terms (the agreement discount on Microsoft's charges).
class DesignEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DesignEditor(TopologyDocument *document, QWidget *parent = nullptr);

    void refresh(bool force);
    FieldEditor *field(const QString &key) const { return m_form.field(key); }

private:
    struct DesignInfo
    {
        std::optional<std::string> name;
        std::optional<std::string> description;
        std::optional<double> discountPercent;
    };

    TopologyDocument *m_document;
    QLabel *m_summary;
    ElementForm<DesignInfo> m_form;
};

} // namespace Er
