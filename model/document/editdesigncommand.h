#pragma once

#include <QUndoCommand>

#include <optional>
#include <string>

namespace Er {

class TopologyDocument;

// Changes the design's name and description.
class EditDesignCommand : public QUndoCommand
{
public:
    EditDesignCommand(TopologyDocument *document,
                      std::optional<std::string> name,
                      std::optional<std::string> description,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    // Typing in the name (or the description) merges into one step.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool changesName() const { return m_name != m_oldName; }
    bool changesDescription() const { return m_description != m_oldDescription; }

    TopologyDocument *m_document;
    std::optional<std::string> m_oldName;
    std::optional<std::string> m_oldDescription;
    std::optional<std::string> m_name;
    std::optional<std::string> m_description;
};

} // namespace Er
