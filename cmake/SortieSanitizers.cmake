# Sanitizers and fuzzing (issue 13: every reader fuzzed, the suites run under ASan and UBSan).
#
#   -DSORTIE_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer on every target; any
#                         finding aborts the process (no recovery), so a test with one fails.
#   -DSORTIE_FUZZ=ON      clang only: every target gets libFuzzer's coverage instrumentation
#                         (-fsanitize=fuzzer-no-link) and tests/fuzz builds one fuzzer per
#                         reader. Configure it with -DSORTIE_BUILD_APP=OFF: QGIS is not fuzzed.
#
# scripts/dev.sh test builds such a tree (build-sanitize) after the main one.

if(SORTIE_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "SORTIE_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

if(SORTIE_SANITIZE)
  set(SORTIE_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${SORTIE_SANITIZER_FLAGS})
  add_link_options(${SORTIE_SANITIZER_FLAGS})
endif()

if(SORTIE_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
