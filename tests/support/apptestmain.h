#pragma once

// The main() of a test of the app layer: Sortie's identity and QgsApplication (the window,
// QGIS's providers and the translations need them), then QtTest runs the test object.

#include "app/sortieapplication.h"

#include <QTest>

/** main() running the QtTest class @p TestClass inside a SortieApplication. */
#define SORTIE_APP_TEST_MAIN( TestClass )                                                                    \
  int main( int argc, char *argv[] )                                                                         \
  {                                                                                                          \
    sortie::SortieApplication::setIdentity();                                                                \
    sortie::SortieApplication app( argc, argv );                                                             \
    TestClass test;                                                                                          \
    return QTest::qExec( &test, argc, argv );                                                                \
  }
