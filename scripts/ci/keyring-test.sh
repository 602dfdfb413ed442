#!/usr/bin/env bash
# Runs OsKeyringTest against a real Secret Service: GNOME Keyring in a private D-Bus session, unlocked with a
# throwaway password, its keyrings in a temporary XDG_DATA_HOME (Debian packages gnome-keyring and dbus-daemon;
# libsecret-tools' secret-tool for looking by hand). The default `mvn verify` has no such session, and the class
# skips its real-keyring tests there with the reason; here a skip fails the run, so a broken setup cannot pass.
# Extra arguments go to Maven (e.g. -o). Run from anywhere.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

fail() {
    echo "keyring-test.sh: $*" >&2
    exit 1
}

for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || fail "$tool is missing (apt-get install -y gnome-keyring dbus-daemon)"
done

data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
report=services/client/target/surefire-reports/TEST-eu.eucaim.workstation.client.auth.OsKeyringTest.xml
rm -f "$report"

XDG_DATA_HOME="$data" dbus-run-session -- sh -c '
    printf "%s" throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec mvn -B -ntp -pl services/client -am verify -Dtest=OsKeyringTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
' keyring-test "$@" 2> >(grep -v "Failed to set fd limit" >&2) || fail "the keyring tests failed (see above)"

[ -f "$report" ] || fail "no test report at $report"
grep -q 'skipped="0"' "$report" || fail "the real-keyring tests were skipped: $(grep -o 'message="[^"]*"' "$report" | head -1)"
grep -q 'failures="0"' "$report" && grep -q 'errors="0"' "$report" || fail "the keyring tests failed (see $report)"
