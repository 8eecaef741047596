# balcao_compile_options(<target>): the warning set every Balcão target uses.
add_library(balcao_compile_options INTERFACE)
target_compile_options(balcao_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
if(BALCAO_WERROR)
    target_compile_options(balcao_compile_options INTERFACE -Werror)
endif()
if(BALCAO_ASSERTIONS)
    target_compile_definitions(balcao_compile_options INTERFACE QT_FORCE_ASSERTS _GLIBCXX_ASSERTIONS)
endif()
target_compile_definitions(balcao_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
