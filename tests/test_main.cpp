// The doctest runner. Test cases live in tests/*_test.cpp (one file per core module).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
