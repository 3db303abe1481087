#pragma once

#include <QString>
#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Er {

// One field of the inspector: an input for the text form of a value, and under it the reason an
// input is refused. Refused input stays in the field, framed in red, until it is corrected or the
// model's value of the field changes (undo, another view); it never reaches the model.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Style {
        Line,           // QLineEdit
        Choice,         // QComboBox of fixed choices
        EditableChoice, // QComboBox that also takes typed values
        Lines,          // QPlainTextEdit, one value per line
    };
    // A choice: what the user reads, and the value's text form ("" means "not set").
    using Choice = std::pair<QString, QString>;

    FieldEditor(const QString &key, Style style, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    Style style() const { return m_style; }
    QWidget *input() const { return m_input; }

    void setChoices(const std::vector<Choice> &choices);
    void setPlaceholderText(const QString &text);
    void setInputToolTip(const QString &text);

    // The input's current text form.
    QString text() const;
    // Shows the model's value. Unless `force` is set, a value equal to the last one shown leaves
    // the input alone, so typing, the cursor and a refused input survive unrelated updates.
    // `mixed`: the selected elements disagree; the input is left empty and says so.
    void showModelValue(const QString &value, bool mixed, bool force);
    // Records that the model took the input, so the next refresh leaves the input alone.
    void acceptModelValue(const QString &value);

    void setError(const QString &reason);
    QString error() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }

signals:
    void edited(const QString &text);

private:
    void setInputText(const QString &text);
    int choiceIndex(const QString &value) const;

    QString m_key;
    Style m_style;
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr;
    QComboBox *m_combo = nullptr;
    QPlainTextEdit *m_lines = nullptr;
    QLabel *m_errorLabel;
    QString m_error;
    QString m_lastModelValue;
    bool m_shown = false;
    bool m_mixed = false;
    std::vector<Choice> m_choices;
};

// The text shown for a combo entry that holds a value the choices do not know.
QString unknownChoiceLabel(const QString &value);
extern const QString mixedValuesText;

} // namespace Er
