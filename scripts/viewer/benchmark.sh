#!/bin/sh
# Runs only the viewer benchmark (ViewerBenchmark) and updates its section of docs/benchmarks.md.
# Needs dcmtk (dcmcjpeg, dcmdjpeg, dcmconv) on PATH. Builds the project (package, no tests) first.
set -e
cd "$(dirname "$0")/../.."
mvn -q -B -o -DskipTests package
CP="app/target/test-classes:app/target/classes:viewer/fx/target/test-classes:viewer/fx/target/classes"
CP="$CP:viewer/dicom/target/classes:app/target/lib/*"
# With the desktop app's JVM options (bin/eucaim's), as the app runs.
exec scripts/viewer/desktop-java java -cp "$CP" eu.eucaim.workstation.app.bench.ViewerBenchmark docs/benchmarks.md
