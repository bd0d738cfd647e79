#pragma once

#include "models/time/timerange.h"

#include <QLocale>
#include <QString>

#include <cstdint>

namespace sortie
{

/**
 * @p ms (UTC milliseconds) to the minute, "2023-09-25 04:10", in the C locale's digits and
 * without the zone: for a text that names the zone once, as utcMinuteLabel and
 * utcRangeText do.
 */
QString utcMinuteText( std::int64_t ms );

/** @p ms to the minute with its zone: "2023-09-25 04:10 UTC". */
QString utcMinuteLabel( std::int64_t ms );

/** @p range to the minute with its zone once: "2023-09-01 00:00 – 2023-10-01 00:00 UTC". */
QString utcRangeText( const TimeRange &range );

/**
 * The locale of the interface's language, for month names only ("Aug 2023", "2023년 8월",
 * "авг. 2023"): chosen by the translation installed, not by the machine's locale, so that
 * without a translation (English, every test) it is always English. Digits and times stay
 * ISO and UTC. Date patterns are translated in the context "sortie::locale" too.
 */
QLocale interfaceLocale();

} // namespace sortie
