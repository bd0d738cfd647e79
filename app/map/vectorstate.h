#pragma once

namespace sortie
{

/**
 * Clears the upper halves of the CPU's AVX registers (x86-64 `vzeroupper`) when the CPU
 * has them; does nothing elsewhere.
 *
 * Why: a map render thread runs Qt's and QGIS's AVX-dispatched drawing code, which can leave
 * the upper register state dirty. On the Xeon of the project's standard machine every SSE
 * instruction after that pays a transition penalty, and our scalar geodesy and PROJ's
 * transform ran about seven times slower: 10.5 ms instead of 1.5 ms to gather 200 aircraft,
 * 12 ms instead of 1.7 ms to transform their trails (docs/benchmarks.md). Call it at the
 * start of math-heavy work on a thread that also paints.
 */
void clearUpperVectorState();

} // namespace sortie
