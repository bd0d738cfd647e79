#pragma once

#include <QMetaType>
#include <QStringList>

namespace sortie
{

/**
 * What one change to the workspace touched, so that each view updates only what it shows
 * of it (Subsurface's way: the notifier says what changed, not merely that something did).
 * A view that cannot use the detail treats any change as Everything.
 */
struct WorkspaceChange
{
    enum class Subject
    {
      Everything,   //!< A new project, an import, a merge: views start again.
      Tracks,       //!< Tracks added or removed (with their analyses).
      Events,       //!< Events added, edited or removed.
      Correlations, //!< The analyst's links.
      Annotations,  //!< What the analyst drew on the map.
      Suggestions,  //!< A suggestion dismissed or brought back.
    };
    enum class Kind
    {
      Reset,
      Added,
      Changed,
      Removed,
    };

    Subject subject = Subject::Everything;
    Kind kind = Kind::Reset;
    QStringList ids; //!< The ids concerned (Track::id, Event::id, ...); empty for a reset.

    static WorkspaceChange everything() { return WorkspaceChange(); }
};

} // namespace sortie

Q_DECLARE_METATYPE( sortie::WorkspaceChange )
