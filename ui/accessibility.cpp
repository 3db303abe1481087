#include "ui/accessibility.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>

namespace Er {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Er::Accessibility", text);
}

struct DockText
{
    const char *objectName;
    const char *description;
};

// What each dock is for, as a screen reader says it after the dock's title.
const DockText dockTexts[] = {
    {"PaletteDock",
     QT_TRANSLATE_NOOP("Er::Accessibility",
                       "Node kinds to add: type to filter, Enter adds the current kind at the "
                       "centre of the canvas")},
    {"OverviewDock",
     QT_TRANSLATE_NOOP("Er::Accessibility", "The whole design in small; click to move the canvas")},
    {"InspectorDock",
     QT_TRANSLATE_NOOP("Er::Accessibility",
                       "Every field of the selected node or link; Enter on the canvas comes here")},
    {"FindingsDock",
     QT_TRANSLATE_NOOP("Er::Accessibility",
                       "Validation findings grouped by severity, with each finding's rule, "
                       "elements, message and fix; the context menu key opens a finding's "
                       "actions")},
    {"AnalysisDock",
     QT_TRANSLATE_NOOP("Er::Accessibility",
                       "Resiliency, latency, bandwidth and availability per site and VNet, and "
                       "failure simulation")},
    {"UndoHistoryDock", QT_TRANSLATE_NOOP("Er::Accessibility", "Every change, to undo or redo")},
};

} // namespace

void nameForAssistiveTechnology(QMainWindow *window)
{
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        // A dock's own accessible interface says only its title; what is in it says what the
        // dock is for.
        const QString title = dock->windowTitle();
        QWidget *content = dock->widget();
        for (const DockText &text : dockTexts) {
            if (dock->objectName() != QLatin1String(text.objectName))
                continue;
            dock->setAccessibleDescription(tr(text.description));
            if (content && content->accessibleDescription().isEmpty())
                content->setAccessibleDescription(tr(text.description));
        }
        if (content && content->accessibleName().isEmpty())
            content->setAccessibleName(title);
        // The inspector's fields are named by their form labels (QFormLayout buddies).
        if (!dock->widget() || dock->objectName() == QLatin1String("InspectorDock"))
            continue;
        // The lists and fields inside take the dock's name where they have none of their own.
        for (QAbstractItemView *view : dock->widget()->findChildren<QAbstractItemView *>()) {
            // (not a combo box's popup list, a window of its own)
            if (view->accessibleName().isEmpty() && view->window() == dock->window())
                view->setAccessibleName(tr("%1 list").arg(title));
        }
        if (auto *own = qobject_cast<QAbstractItemView *>(dock->widget());
            own && own->accessibleName().isEmpty())
            own->setAccessibleName(tr("%1 list").arg(title));
        for (QLineEdit *field : dock->widget()->findChildren<QLineEdit *>()) {
            if (field->accessibleName().isEmpty() && !field->placeholderText().isEmpty())
                field->setAccessibleName(field->placeholderText());
        }
    }
}

} // namespace Er
