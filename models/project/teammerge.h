#pragma once

// Importing a project file into a team project (issue 16, part 2): by stable identity, in
// one transaction, authored by the analyst who does it.

#include "models/project/projectstore.h"
#include "models/workspace/workspace.h"

#include <QString>

namespace sortie::teamproject
{

/** What merge() did. */
struct MergeResult
{
    QString error;        //!< Empty when the merge is committed (or there was nothing to add).
    MergeSummary summary; //!< What came and what was there already, as Workspace::mergeContent() tells it.
};

/**
 * Add @p incoming (a project file's content) to the team project in @p schema of
 * @p connection, by identity as Workspace::mergeContent() merges two projects: a track, event,
 * correlation, annotation, airbase or dismissed suggestion already there is not added again;
 * one whose id the team project gives to something different comes in under a new id, its
 * links following. What is added is written in one transaction (all of it or none): the
 * database stamps each of the analyst's rows with the connecting role and the time and
 * journals it, so open windows see the new events as they see any edit. The tracks are
 * numbered after the team's own while their table is locked against a concurrent merge.
 * Needs an editor's rights.
 */
MergeResult merge( const QString &connection, const QString &schema, ProjectContent incoming );

} // namespace sortie::teamproject
