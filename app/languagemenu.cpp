#include "app/languagemenu.h"

#include "app/cli/localisation.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>

namespace sortie
{

LanguageMenu::LanguageMenu( const QString &current, QWidget *parent )
  : QMenu( tr( "&Language" ), parent )
  , mCurrent( current )
{
  setObjectName( QStringLiteral( "languageMenu" ) );
  auto *group = new QActionGroup( this );
  for ( const QString &code : localisation::languages() )
  {
    QAction *action = addAction( localisation::nativeName( code ) );
    action->setObjectName( QStringLiteral( "actionLanguage_%1" ).arg( code ) );
    action->setCheckable( true );
    action->setChecked( code == current );
    group->addAction( action );
    connect( action, &QAction::triggered, this, [this, code] { choose( code ); } );
  }
}

void LanguageMenu::choose( const QString &code )
{
  QSettings().setValue( localisation::settingsKey(), code );
  if ( code == mCurrent )
    return;
  const QString message = tr( "Sortie will show its interface in %1 from the next start." )
                              .arg( localisation::nativeName( code ) );
  QMessageBox::information( parentWidget(), tr( "Language" ), message );
}

} // namespace sortie
