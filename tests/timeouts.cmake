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

balcao_test_timeout(120 TestBalcaoCtlReceipt TestJoinBusiness TestBalcaoCtlScheduling
    TestBookingPlanner)
# Each runs the real balcaoctl a few hundred times, every run opening the
# encrypted store: over 60 s on the loaded machine.
balcao_test_timeout(300 TestBalcaoCtl TestBalcaoCtlSales TestBalcaoCtlAccount)
# 248 s on the loaded machine: 40 seeds over the whole data model.
balcao_test_timeout(900 TestSyncSimulation)
