#pragma once

#include "ui/inspector/fieldeditor.h"

#include <QFormLayout>
#include <QLabel>

#include <functional>
#include <memory>
#include <vector>

namespace Er {

// Binds inspector fields to the nodes or links being inspected. Each field has a getter (the
// value's text form) and a setter (parses the text into an element, or says why it cannot). An
// accepted edit is applied to every inspected element and handed to `commit` with the field's name
// as the user reads it ("SKU tier", "availability override %": the undo history shows it); a
// refused one stays in the field with its reason and never reaches the model.
template<typename Element>
class ElementForm
{
public:
    using Getter = std::function<QString(const Element &)>;
    using Setter = std::function<QString(Element &, const QString &)>;
    using Commit = std::function<void(const QString &field, const std::vector<Element> &after)>;
    using LabelOf = std::function<QString(const Element &)>;

    ElementForm(QFormLayout *layout, LabelOf labelOf)
        : m_layout(layout)
        , m_labelOf(std::move(labelOf))
    {}

    void setCommit(Commit commit) { m_commit = std::move(commit); }

    FieldEditor *add(const QString &key,
                     const QString &label,
                     FieldEditor::Style style,
                     Getter getter,
                     Setter setter,
                     const QString &toolTip = QString())
    {
        auto *editor = new FieldEditor(key, style);
        editor->setInputToolTip(toolTip);
        auto *labelWidget = new QLabel(label);
        labelWidget->setToolTip(toolTip);
        m_layout->addRow(labelWidget, editor);
        // After addRow, which makes the editor (the input's frame) the buddy: the input itself
        // takes the label's mnemonic and, for screen readers, its name.
        labelWidget->setBuddy(editor->input());
        editor->input()->setAccessibleName(label);
        // "Name" reads "name" in "Change name of 'x'"; "SKU tier" stays as it is. Two fields of
        // one label (the SKU of each gateway) take their sections' titles.
        const auto lowered = [](QString text) {
            const QString firstWord = text.section(QLatin1Char(' '), 0, 0);
            if (firstWord.size() > 1 && firstWord.at(0).isUpper()
                && firstWord.mid(1).toLower() == firstWord.mid(1))
                text[0] = text.at(0).toLower();
            return text;
        };
        QString field = lowered(label);
        for (Binding &other : m_bindings) {
            if (other.label == label) {
                other.field = lowered(other.section + QLatin1Char(' ') + other.label);
                field = lowered(m_section + QLatin1Char(' ') + label);
            }
        }
        m_bindings.push_back(
            {editor, std::move(getter), std::move(setter), field, label, m_section});
        QObject::connect(editor, &FieldEditor::edited, editor,
                         [this, key](const QString &text) { apply(key, text); });
        return editor;
    }

    // The title of the section the next fields belong to.
    void setSection(const QString &title) { m_section = title; }

    // Shows the elements' values; `selectionChanged` forces every input to the model's value.
    void show(const std::vector<Element> &elements, bool selectionChanged)
    {
        m_elements = elements;
        for (Binding &binding : m_bindings) {
            if (m_elements.empty())
                continue;
            const QString first = binding.getter(m_elements.front());
            bool mixed = false;
            for (std::size_t i = 1; i < m_elements.size() && !mixed; ++i)
                mixed = binding.getter(m_elements[i]) != first;
            binding.editor->showModelValue(first, mixed, selectionChanged);
        }
    }

    const std::vector<Element> &elements() const { return m_elements; }

    FieldEditor *field(const QString &key) const
    {
        for (const Binding &binding : m_bindings) {
            if (binding.editor->key() == key)
                return binding.editor;
        }
        return nullptr;
    }

private:
    struct Binding
    {
        FieldEditor *editor;
        Getter getter;
        Setter setter;
        QString field; // the label, as the undo history names the field
        QString label;
        QString section;
    };

    void apply(const QString &key, const QString &text)
    {
        Binding *binding = nullptr;
        for (Binding &candidate : m_bindings) {
            if (candidate.editor->key() == key)
                binding = &candidate;
        }
        if (!binding || m_elements.empty())
            return;
        std::vector<Element> after = m_elements;
        for (Element &element : after) {
            QString error = binding->setter(element, text);
            if (!error.isEmpty()) {
                if (after.size() > 1)
                    error = QStringLiteral("%1: %2").arg(m_labelOf(element), error);
                binding->editor->setError(error);
                return;
            }
        }
        binding->editor->acceptModelValue(binding->getter(after.front()));
        if (m_commit)
            m_commit(binding->field, after);
    }

    QFormLayout *m_layout;
    LabelOf m_labelOf;
    QString m_section;
    Commit m_commit;
    std::vector<Binding> m_bindings; // found by key, so growing the vector is safe
    std::vector<Element> m_elements;
};

} // namespace Er
