#!/usr/bin/env bash
# Stages the built app (app/target/eucaim-app.jar + app/target/lib) and runs the JDK's jpackage on it.
#   installer/jpackage.sh JAVA_HOME TYPE DEST
set -euo pipefail
java_home=$1 type=$2 dest=$3
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
input="$dest/input"
rm -rf "$dest" && mkdir -p "$input"
cp "$root/app/target/eucaim-app.jar" "$root"/app/target/lib/*.jar "$input/"
"$java_home/bin/jpackage" --type "$type" --name EUCAIM-Workstation --app-version 0.1.0 \
    --vendor "EUCAIM Workstation developers" --description "Desktop workstation for the EUCAIM platform" \
    --input "$input" --main-jar eucaim-app.jar --main-class eu.eucaim.workstation.app.Main \
    --java-options "-Xmx4g" --dest "$dest"
rm -rf "$input"
