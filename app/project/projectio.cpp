#include "app/project/projectio.h"

#include "app/project/embeddedinspection.h"
#include "models/core/componentversions.h"
#include "models/workspace/workspace.h"

#include <QFileInfo>
#include <QTimeZone>

#include <limits>

namespace sortie::projectio
{

QString writerName()
{
  return QStringLiteral( "Sortie %1" ).arg( sortieVersion() );
}

embeddedproject::View defaultView( const Workspace &workspace )
{
  embeddedproject::View view;
  std::int64_t first = std::numeric_limits<std::int64_t>::max();
  std::int64_t last = std::numeric_limits<std::int64_t>::min();
  for ( const Track &track : workspace.tracks() )
  {
    if ( track.isEmpty() )
      continue;
    first = std::min( first, track.timeMs( 0 ) );
    last = std::max( last, track.timeMs( track.size() - 1 ) );
  }
  for ( const Event &event : workspace.events() )
  {
    const auto [from, until] = event.interval();
    first = std::min<std::int64_t>( first, from.toMSecsSinceEpoch() );
    last = std::max<std::int64_t>( last, std::max( from, until ).toMSecsSinceEpoch() );
  }
  if ( first <= last )
  {
    view.from = QDateTime::fromMSecsSinceEpoch( first, QTimeZone::utc() );
    view.to = QDateTime::fromMSecsSinceEpoch( last, QTimeZone::utc() );
  }
  return view;
}

QString save( const QString &path, const ProjectSource &source, const ProjectMeta &meta,
              const embeddedproject::View &view )
{
  ProjectMeta written = meta;
  written.writtenBy = writerName();
  written.qgisLayers = embeddedproject::layersKind();
  return writeProject( path, source, written,
                       [&view]( const QString &temporaryPath, QString *error )
                       { return embeddedproject::write( temporaryPath, view, error ); } );
}

ProjectReadResult open( const QString &path, bool repair )
{
  ProjectReadResult result = readProject( path );
  const QFileInfo info( path );
  if ( !result.ok() || !repair || result.meta.qgisLayers == embeddedproject::layersKind() ||
       !info.isWritable() )
  {
    // What the file's QGIS project holds that Sortie ignores (issue 13). Not for a file about
    // to be written again below: its QGIS project, whatever it held, is replaced.
    if ( result.ok() )
      result.warnings += embeddedproject::ignoredContent( path );
    return result;
  }
  // Written by a Sortie whose QGIS project named the file (a copy read the original): the
  // file is written again, whole, as a save writes it (a new file renamed into place), never
  // changed in place: a file's own triggers would run on any change made inside it.
  Workspace workspace;
  workspace.setContent( result.content );
  embeddedproject::View view = defaultView( workspace );
  view.title = info.fileName();
  const QString error = save( path, workspace.source(), result.meta, view );
  if ( !error.isEmpty() )
  {
    result.warnings.append(
        QObject::tr( "The file was written by an older Sortie and could not be updated (stock QGIS may show "
                     "another file's data until the next save): %1" )
            .arg( error ) );
    result.warnings += embeddedproject::ignoredContent( path ); // still in the file
  }
  else
  {
    result.meta.qgisLayers = embeddedproject::layersKind();
    result.meta.schemaVersion = kProjectSchemaVersion;
  }
  return result;
}

bool isProjectPath( const QString &path )
{
  return path.endsWith( projectFileSuffix(), Qt::CaseInsensitive );
}

} // namespace sortie::projectio
