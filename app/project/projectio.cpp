#include "app/project/projectio.h"

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

QString save( const QString &path, const Workspace &workspace, const ProjectMeta &meta,
              const embeddedproject::View &view )
{
  ProjectMeta written = meta;
  written.writtenBy = writerName();
  return writeProject( path, workspace, written,
                       [&view]( const QString &temporaryPath, QString *error )
                       { return embeddedproject::write( temporaryPath, view, error ); } );
}

ProjectReadResult open( const QString &path, bool repair )
{
  ProjectReadResult result = readProject( path );
  const QFileInfo info( path );
  if ( !result.ok() || !repair || result.meta.fileName == info.fileName() || !info.isWritable() )
    return result;
  QString error;
  embeddedproject::View view;
  view.title = info.fileName();
  if ( !embeddedproject::write( path, view, &error ) )
    result.warnings.append(
        QObject::tr( "The file was renamed, and its QGIS project could not be updated for the new name "
                     "(stock QGIS will not find its layers until the next save): %1" )
            .arg( error ) );
  else if ( const QString recorded = recordProjectFileName( path ); !recorded.isEmpty() )
    result.warnings.append( recorded );
  return result;
}

bool isProjectPath( const QString &path )
{
  return path.endsWith( projectFileSuffix(), Qt::CaseInsensitive );
}

} // namespace sortie::projectio
