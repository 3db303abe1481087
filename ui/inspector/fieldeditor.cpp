#include "ui/inspector/fieldeditor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Er {

const QString mixedValuesText = QStringLiteral("(multiple values)");

QString unknownChoiceLabel(const QString &value)
{
    return QStringLiteral("%1 (not a known value)").arg(value);
}

namespace {

const char errorFrameSheet[] = "border: 2px solid #d93025; border-radius: 3px; padding: 1px 3px;";

} // namespace

FieldEditor::FieldEditor(const QString &key, Style style, QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_style(style)
    , m_errorLabel(new QLabel(this))
{
    // As tall as the input and its reason: a page's spare height stays below the last field.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    switch (style) {
    case Style::Line:
        m_line = new QLineEdit(this);
        m_line->setClearButtonEnabled(true);
        connect(m_line, &QLineEdit::textEdited, this, [this] { emit edited(text()); });
        m_input = m_line;
        break;
    case Style::Choice:
    case Style::EditableChoice:
        m_combo = new QComboBox(this);
        m_combo->setEditable(style == Style::EditableChoice);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(12);
        connect(m_combo, &QComboBox::activated, this, [this](int index) {
            if (m_mixed && !m_combo->itemData(index).isValid())
                return; // "(multiple values)" again: nothing to change
            emit edited(text());
        });
        if (m_combo->lineEdit()) {
            m_combo->lineEdit()->setPlaceholderText(tr("not set"));
            connect(m_combo->lineEdit(), &QLineEdit::textEdited, this,
                    [this] { emit edited(text()); });
        }
        m_input = m_combo;
        break;
    case Style::Lines:
        m_lines = new QPlainTextEdit(this);
        m_lines->setTabChangesFocus(true);
        m_lines->setFixedHeight(m_lines->fontMetrics().lineSpacing() * 4 + 12);
        m_lines->setPlaceholderText(tr("one per line"));
        connect(m_lines, &QPlainTextEdit::textChanged, this, [this] {
            if (!signalsBlocked())
                emit edited(text());
        });
        m_input = m_lines;
        break;
    }
    m_input->setObjectName(key);
    layout->addWidget(m_input);
    m_errorLabel->setObjectName(key + QStringLiteral("Error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #d93025;"));
    m_errorLabel->setVisible(false);
    layout->addWidget(m_errorLabel);
}

void FieldEditor::setChoices(const std::vector<Choice> &choices)
{
    if (!m_combo || choices == m_choices)
        return;
    m_choices = choices;
    if (m_shown) {
        const QString current = m_lastModelValue;
        m_shown = false;
        showModelValue(current, m_mixed, true);
    }
}

void FieldEditor::setPlaceholderText(const QString &text)
{
    if (m_line)
        m_line->setPlaceholderText(text);
    else if (m_lines)
        m_lines->setPlaceholderText(text);
    else if (m_combo && m_combo->lineEdit())
        m_combo->lineEdit()->setPlaceholderText(text);
}

void FieldEditor::setInputToolTip(const QString &text)
{
    m_input->setProperty("er_toolTip", text);
    if (m_error.isEmpty())
        m_input->setToolTip(text);
}

QString FieldEditor::text() const
{
    if (m_line)
        return m_line->text();
    if (m_lines)
        return m_lines->toPlainText();
    if (m_combo->isEditable()) {
        const QString typed = m_combo->currentText();
        for (const Choice &choice : m_choices) {
            if (choice.first == typed)
                return choice.second;
        }
        return typed == mixedValuesText ? QString() : typed.trimmed();
    }
    return m_combo->currentData().toString();
}

int FieldEditor::choiceIndex(const QString &value) const
{
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemData(i).toString() == value)
            return i;
    }
    return -1;
}

void FieldEditor::showModelValue(const QString &value, bool mixed, bool force)
{
    if (!force && m_shown && !mixed && !m_mixed && value == m_lastModelValue)
        return;
    m_shown = true;
    m_mixed = mixed;
    m_lastModelValue = value;
    setError(QString());
    if (m_combo) {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const Choice &choice : m_choices)
            m_combo->addItem(choice.first, choice.second);
        if (mixed) {
            m_combo->insertItem(0, mixedValuesText, QVariant());
            m_combo->setCurrentIndex(0);
            return;
        }
        int index = choiceIndex(value);
        if (index < 0 && !m_combo->isEditable()) {
            m_combo->addItem(unknownChoiceLabel(value), value);
            index = m_combo->count() - 1;
        }
        if (m_combo->isEditable()) {
            m_combo->setCurrentIndex(index);
            m_combo->setEditText(index >= 0 ? m_combo->itemText(index) : value);
        } else {
            m_combo->setCurrentIndex(index);
        }
        return;
    }
    setInputText(mixed ? QString() : value);
    if (m_line)
        m_line->setPlaceholderText(mixed ? mixedValuesText : QString());
}

void FieldEditor::acceptModelValue(const QString &value)
{
    m_lastModelValue = value;
    m_mixed = false;
    m_shown = true;
    setError(QString());
}

void FieldEditor::setInputText(const QString &text)
{
    const QSignalBlocker blocker(this);
    if (m_line) {
        if (m_line->text() == text)
            return;
        const int cursor = m_line->cursorPosition();
        m_line->setText(text);
        if (m_line->hasFocus())
            m_line->setCursorPosition(std::min(cursor, int(text.size())));
        return;
    }
    if (m_lines && m_lines->toPlainText() != text) {
        const int cursor = m_lines->textCursor().position();
        m_lines->setPlainText(text);
        QTextCursor restored = m_lines->textCursor();
        restored.setPosition(std::min(cursor, int(text.size())));
        m_lines->setTextCursor(restored);
    }
}

void FieldEditor::setError(const QString &reason)
{
    if (reason == m_error)
        return;
    m_error = reason;
    m_errorLabel->setText(reason);
    m_errorLabel->setVisible(!reason.isEmpty());
    m_input->setStyleSheet(reason.isEmpty() ? QString() : QString::fromLatin1(errorFrameSheet));
    m_input->setToolTip(reason.isEmpty() ? m_input->property("er_toolTip").toString() : reason);
}

} // namespace Er
