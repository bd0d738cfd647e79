#include "widgets/teamprojectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sortie
{

namespace
{
// A value for libpq's key=value syntax: quoted, with its quotes and backslashes escaped.
QString quotedValue( const QString &value )
{
  QString escaped = value;
  escaped.replace( QLatin1Char( '\\' ), QLatin1String( "\\\\" ) )
      .replace( QLatin1Char( '\'' ), QLatin1String( "\\'" ) );
  return QLatin1Char( '\'' ) + escaped + QLatin1Char( '\'' );
}
} // namespace

TeamProjectDialog::TeamProjectDialog( QWidget *parent )
  : QDialog( parent )
{
  setObjectName( QStringLiteral( "teamProjectDialog" ) );
  setWindowTitle( tr( "Open team project" ) );
  auto *layout = new QVBoxLayout( this );
  auto *intro =
      new QLabel( tr( "A team project lives in a PostgreSQL database with PostGIS. Passwords come from "
                      "PostgreSQL's password file (~/.pgpass) or a service file, never from Sortie." ),
                  this );
  intro->setWordWrap( true );
  layout->addWidget( intro );
  auto *form = new QFormLayout;
  mService = new QLineEdit( this );
  mService->setPlaceholderText( tr( "a pg_service.conf name; or the fields below" ) );
  mHost = new QLineEdit( this );
  mHost->setPlaceholderText( tr( "host name, or a socket folder" ) );
  mPort = new QSpinBox( this );
  mPort->setRange( 1, 65535 );
  mPort->setValue( 5432 );
  mDatabase = new QLineEdit( this );
  mUser = new QLineEdit( this );
  mSchema = new QLineEdit( this );
  mSchema->setValidator( new QRegularExpressionValidator(
      QRegularExpression( QStringLiteral( "[a-z_][a-z0-9_]{0,62}" ) ), mSchema ) );
  mSchema->setPlaceholderText( tr( "the project's schema, e.g. case_pyongyang" ) );
  form->addRow( tr( "Service:" ), mService );
  form->addRow( tr( "Host:" ), mHost );
  form->addRow( tr( "Port:" ), mPort );
  form->addRow( tr( "Database:" ), mDatabase );
  form->addRow( tr( "User:" ), mUser );
  form->addRow( tr( "Schema:" ), mSchema );
  layout->addLayout( form );
  // Wide enough for the hints in the fields, which say what goes in them.
  mService->setMinimumWidth( mService->fontMetrics().horizontalAdvance( mService->placeholderText() ) + 24 );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Open | QDialogButtonBox::Cancel, this );
  layout->addWidget( buttons );
  connect( buttons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  auto updateOpen = [this, buttons]
  {
    buttons->button( QDialogButtonBox::Open )
        ->setEnabled( !mSchema->text().isEmpty() &&
                      ( !mService->text().isEmpty() || !mDatabase->text().isEmpty() ) );
  };
  for ( QLineEdit *edit : { mService, mDatabase, mSchema } )
    connect( edit, &QLineEdit::textChanged, this, updateOpen );
  updateOpen();
}

QString TeamProjectDialog::connection() const
{
  if ( !mService->text().trimmed().isEmpty() )
    return QStringLiteral( "service=" ) + quotedValue( mService->text().trimmed() );
  QStringList parts;
  if ( !mHost->text().trimmed().isEmpty() )
    parts << QStringLiteral( "host=" ) + quotedValue( mHost->text().trimmed() );
  parts << QStringLiteral( "port=%1" ).arg( mPort->value() );
  parts << QStringLiteral( "dbname=" ) + quotedValue( mDatabase->text().trimmed() );
  if ( !mUser->text().trimmed().isEmpty() )
    parts << QStringLiteral( "user=" ) + quotedValue( mUser->text().trimmed() );
  return parts.join( QLatin1Char( ' ' ) );
}

QString TeamProjectDialog::schema() const
{
  return mSchema->text();
}

void TeamProjectDialog::setConnection( const QString &connection, const QString &schema )
{
  // Sortie's own strings (connection()): key='value' pairs.
  static const QRegularExpression pair( QStringLiteral( R"((\w+)=(?:'((?:[^'\\]|\\.)*)'|(\S+)))" ) );
  for ( auto it = pair.globalMatch( connection ); it.hasNext(); )
  {
    const QRegularExpressionMatch match = it.next();
    QString value = match.captured( 2 ).isNull() ? match.captured( 3 ) : match.captured( 2 );
    value.replace( QLatin1String( "\\'" ), QLatin1String( "'" ) )
        .replace( QLatin1String( "\\\\" ), QLatin1String( "\\" ) );
    const QString key = match.captured( 1 );
    if ( key == QLatin1String( "service" ) )
      mService->setText( value );
    else if ( key == QLatin1String( "host" ) )
      mHost->setText( value );
    else if ( key == QLatin1String( "port" ) )
      mPort->setValue( value.toInt() );
    else if ( key == QLatin1String( "dbname" ) )
      mDatabase->setText( value );
    else if ( key == QLatin1String( "user" ) )
      mUser->setText( value );
  }
  mSchema->setText( schema );
}

} // namespace sortie
