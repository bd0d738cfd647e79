#pragma once

namespace sortie
{
class Workspace;

/**
 * The sample project's example correlations: judgements of the kind an analyst would
 * record from the reports behind the sample (shared/scenario.md), each citing its source
 * and marked as an example, and two annotations drawn for the first. Needs the sample's tracks, airbases and
 * events loaded.
 */
void addSampleCorrelations( Workspace &workspace );

} // namespace sortie
