#pragma once

#include <QMenu>

namespace sortie
{

/**
 * View > Language: English, 한국어, Русский, each in its own language, the one in use
 * checked. Choosing one keeps it in the settings (localisation::settingsKey()) and says
 * that it applies from the next start; the window's texts are not retranslated live.
 */
class LanguageMenu : public QMenu
{
    Q_OBJECT

  public:
    /** @p current is the language the interface shows now. */
    LanguageMenu( const QString &current, QWidget *parent = nullptr );

  private:
    void choose( const QString &code );

    QString mCurrent;
};

} // namespace sortie
