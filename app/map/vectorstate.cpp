#include "app/map/vectorstate.h"

namespace sortie
{

void clearUpperVectorState()
{
#if defined( __x86_64__ ) && ( defined( __GNUC__ ) || defined( __clang__ ) )
  // vzeroupper is an illegal instruction without AVX: ask the CPU once.
  static const bool hasAvx = __builtin_cpu_supports( "avx" );
  if ( hasAvx )
    asm volatile( "vzeroupper" ::: "memory" );
#endif
}

} // namespace sortie
