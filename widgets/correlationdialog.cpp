#include "widgets/correlationdialog.h"

#include "models/analysis/correlationfacts.h"
#include "models/workspace/workspace.h"
#include "widgets/sourceseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sortie
{

CorrelationDialog::CorrelationDialog( const Workspace &workspace, const Correlation &correlation,
                                      QWidget *parent )
  : QDialog( parent )
  , mCorrelation( correlation )
{
  setObjectName( QStringLiteral( "correlationDialog" ) );
  setWindowTitle( correlation.id.isEmpty() ? tr( "Link flights to events" )
                                           : tr( "Edit link %1" ).arg( correlation.id ) );
  auto *layout = new QVBoxLayout( this );

  const QStringList flights = describeFlights( workspace, correlation );
  QStringList events;
  for ( const QString &id : correlation.eventIds )
  {
    const int index = workspace.eventIndex( id );
    events << ( index >= 0 ? workspace.events().at( index ).title
                           : tr( "%1 (no longer in the project)" ).arg( id ) );
  }
  auto *what = new QLabel( tr( "<b>Flights:</b> %1<br><b>Events:</b> %2" )
                               .arg( flights.join( QStringLiteral( "; " ) ).toHtmlEscaped(),
                                     events.join( QStringLiteral( "; " ) ).toHtmlEscaped() ),
                           this );
  what->setWordWrap( true );
  layout->addWidget( what );

  layout->addWidget( new QLabel( tr( "What the data says (computed, UTC):" ), this ) );
  mFacts = new QListWidget( this );
  mFacts->setObjectName( QStringLiteral( "correlationFacts" ) );
  mFacts->setMinimumHeight( 150 );
  mFacts->setWordWrap( true ); // a fact is a sentence: read whole, not scrolled sideways
  mFacts->setHorizontalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
  mFacts->setSelectionMode( QAbstractItemView::NoSelection );
  mFacts->addItems( correlationFacts( workspace, correlation ) );
  layout->addWidget( mFacts );

  auto *form = new QFormLayout;
  mRelation = new QComboBox( this );
  mRelation->setObjectName( QStringLiteral( "relationCombo" ) );
  for ( Relation relation : { Relation::Follows, Relation::Precedes, Relation::CoincidesWith,
                              Relation::CarriesDelegationFor, Relation::Other } )
    mRelation->addItem( relationText( relation ), static_cast<int>( relation ) );
  mRelation->setCurrentIndex( mRelation->findData( static_cast<int>( correlation.relation ) ) );
  mRelationText = new QLineEdit( correlation.relationText, this );
  mRelationText->setObjectName( QStringLiteral( "relationText" ) );
  mRelationText->setPlaceholderText( tr( "the relation in your words" ) );
  mRelationText->setEnabled( correlation.relation == Relation::Other );
  connect( mRelation, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [this] {
             mRelationText->setEnabled( mRelation->currentData().toInt() ==
                                        static_cast<int>( Relation::Other ) );
           } );
  auto *relationRow = new QHBoxLayout;
  relationRow->addWidget( mRelation );
  relationRow->addWidget( mRelationText, 1 );
  form->addRow( tr( "The flight" ), relationRow );

  mNote = new QPlainTextEdit( correlation.note, this );
  mNote->setObjectName( QStringLiteral( "noteEdit" ) );
  mNote->setPlaceholderText( tr( "Your judgement, e.g. \"likely carrying the follow-up delegation\"" ) );
  mNote->setMaximumHeight( 90 );
  form->addRow( tr( "Note" ), mNote );

  mConfidence = new QComboBox( this );
  mConfidence->setObjectName( QStringLiteral( "confidenceCombo" ) );
  for ( const Confidence confidence : { Confidence::Low, Confidence::Moderate, Confidence::High } )
    mConfidence->addItem( confidenceText( confidence ), static_cast<int>( confidence ) );
  mConfidence->setCurrentIndex( mConfidence->findData( static_cast<int>( correlation.confidence ) ) );
  mLikelihood = new QLineEdit( correlation.likelihood, this );
  mLikelihood->setObjectName( QStringLiteral( "likelihoodEdit" ) );
  mLikelihood->setPlaceholderText( tr( "optional: likely, almost certainly..." ) );
  auto *confidenceRow = new QHBoxLayout;
  confidenceRow->addWidget( mConfidence );
  confidenceRow->addWidget( mLikelihood, 1 );
  form->addRow( tr( "Confidence" ), confidenceRow );

  mAuthor = new QLineEdit( correlation.author, this );
  mAuthor->setObjectName( QStringLiteral( "authorEdit" ) );
  form->addRow( tr( "Author" ), mAuthor );
  layout->addLayout( form );

  mSources = new SourcesEditor( correlation.sources, QStringLiteral( "correlationSources" ), this );
  layout->addWidget( mSources );

  mProblem = new QLabel( this );
  mProblem->setObjectName( QStringLiteral( "correlationProblem" ) );
  mProblem->setStyleSheet( QStringLiteral( "color: #b00020" ) );
  layout->addWidget( mProblem );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  connect( buttons, &QDialogButtonBox::accepted, this, &CorrelationDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  layout->addWidget( buttons );
  resize( 680, 700 );
}

void CorrelationDialog::accept()
{
  if ( mNote->toPlainText().trimmed().isEmpty() )
  {
    mProblem->setText( tr( "Write the judgement in the note: the link is yours, not the software's." ) );
    return;
  }
  if ( mRelation->currentData().toInt() == static_cast<int>( Relation::Other ) &&
       mRelationText->text().trimmed().isEmpty() )
  {
    mProblem->setText( tr( "Say the relation in words, or choose one from the list." ) );
    return;
  }
  QDialog::accept();
}

Correlation CorrelationDialog::correlation() const
{
  Correlation edited = mCorrelation;
  edited.relation = static_cast<Relation>( mRelation->currentData().toInt() );
  edited.relationText = edited.relation == Relation::Other ? mRelationText->text().trimmed() : QString();
  edited.note = mNote->toPlainText().trimmed();
  edited.confidence = static_cast<Confidence>( mConfidence->currentData().toInt() );
  edited.likelihood = mLikelihood->text().trimmed();
  edited.author = mAuthor->text().trimmed();
  edited.sources = mSources->sources();
  return edited;
}

} // namespace sortie
