# ctest TIMEOUTs (seconds) of the tests that need more than
# BALCAO_TEST_TIMEOUT (tests/CMakeLists.txt). Each is about three times the
# test's time in a full `scripts/test` run on the 2-core CI machine while it
# was loaded (the figure in the comment), rounded up: a hung test fails in
# its own time and a slow day does not fail a sound one.
macro(balcao_test_timeout seconds)
    foreach(test ${ARGN})
        set(BALCAO_TIMEOUT_${test} ${seconds})
    endforeach()
endmacro()

balcao_test_timeout(120 TestBalcaoCtlReceipt TestJoinBusiness)
balcao_test_timeout(300 TestSyncSimulation)
