#!/bin/sh
# Runs only the viewer benchmark (ViewerBenchmark) and updates its section of docs/benchmarks.md.
# Needs dcmtk (dcmcjpeg, dcmdjpeg, dcmconv) on PATH. Builds the project (package, no tests) first.
set -e
cd "$(dirname "$0")/../.."
mvn -q -B -o -DskipTests package
CP="app/target/test-classes:app/target/classes:viewer/fx/target/test-classes:viewer/fx/target/classes"
CP="$CP:viewer/dicom/target/classes:app/target/lib/*"
exec java -cp "$CP" eu.eucaim.workstation.app.bench.ViewerBenchmark docs/benchmarks.md
