#pragma once

#include <QString>

#include <cstdint>

namespace sortie
{

/** A duration as people read it: "37 min", "3 h 05 min", "2 d 4 h". Negative: "0 min". */
QString formatDuration( std::int64_t ms );

} // namespace sortie
