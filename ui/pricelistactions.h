#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Er {

class PriceListSession;

// File ▸ Price List… (load a price list file) and File ▸ Use Built-in Prices, bound to the
// window's price list session. A file that does not load is named with its place and reason;
// the list in use then stays. Items the loader skipped are listed once, after a load.
class PriceListActions : public QObject
{
    Q_OBJECT

public:
    PriceListActions(PriceListSession *session, QWidget *window);

    QAction *loadAction() const { return m_load; }
    QAction *builtInAction() const { return m_builtIn; }
    void addToMenu(QMenu *menu) const;

    // Loads the file as the menu does after its dialog; false when it is refused.
    bool loadFile(const QString &path);

    // Replace the file dialog and the message boxes (tests answer them with functions).
    using OpenPathPrompt = std::function<QString()>;
    using MessagePrompt = std::function<void(const QString &title, const QString &text)>;
    void setPrompts(OpenPathPrompt openPath, MessagePrompt error, MessagePrompt information);

signals:
    void statusMessage(const QString &message);

private:
    void loadWithDialog();
    void updateActions();

    PriceListSession *m_session;
    QWidget *m_window;
    QAction *m_load;
    QAction *m_builtIn;
    OpenPathPrompt m_openPath;
    MessagePrompt m_error;
    MessagePrompt m_information;
};

} // namespace Er
