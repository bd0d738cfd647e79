# Run ${SORTIE} ${ARGS} with no display and check its exit code and output.
# -DSORTIE=... -DARGS=a|b -DEXPECT_EXIT=N [-DEXPECT_STDOUT=regex] [-DEXPECT_STDERR=regex]
set(ENV{DISPLAY} "")
set(ENV{WAYLAND_DISPLAY} "")
set(ENV{QT_QPA_PLATFORM} "")
string(REPLACE "|" ";" argument_list "${ARGS}")
execute_process(COMMAND "${SORTIE}" ${argument_list}
  RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  TIMEOUT 50)
message(STATUS "exit ${exit_code}\n--- stdout\n${out}--- stderr\n${err}---")
if(NOT exit_code STREQUAL EXPECT_EXIT)
  message(FATAL_ERROR "expected exit code ${EXPECT_EXIT}, got ${exit_code}")
endif()
if(EXPECT_STDOUT AND NOT out MATCHES "${EXPECT_STDOUT}")
  message(FATAL_ERROR "stdout does not match: ${EXPECT_STDOUT}")
endif()
if(EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
  message(FATAL_ERROR "stderr does not match: ${EXPECT_STDERR}")
endif()
if(EXPECT_EXIT STREQUAL "0" AND NOT err STREQUAL "")
  message(FATAL_ERROR "a successful run printed on stderr")
endif()
