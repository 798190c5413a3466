#!/usr/bin/env bash
# Times reopening a saved run in the app as a user does it: the app starts (default experiment), and once its
# start-up is done, File > Open Recent opens FILE. Prints the open trace (file read, History decoded, run shown, each
# chart installed; seconds since the menu choice) and saves a screenshot of the result.
#
#   docs/reliability/reopen-in-app.sh FILE [OUT.png]
#
# Needs Xvfb, xdotool and ImageMagick's import (Debian: apt-get install xvfb xdotool imagemagick) and GTK 3. Uses a
# temporary configuration folder whose recent-files list holds only FILE, so the user's own list is left alone.
set -euo pipefail
file="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="${2:-/tmp/reopen-in-app.png}"
here="$(cd "$(dirname "$0")/../.." && pwd)"
config="$(mktemp -d)"
log="$config/app.log"
echo "$file" > "$config/recent.txt"
Xvfb :77 -screen 0 1600x1000x24 > /dev/null 2>&1 & xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$config"' EXIT
sleep 1
DISPLAY=:77 GRADFLOW_JAVA_OPTS="-Dgradflow.openTrace=true -Dgradflow.startupTrace=true -Dgradflow.config=$config" \
    "$here/gradflow" --autosave-seconds 0 > "$log" 2>&1 & app=$!
for _ in $(seq 1 240); do sleep 0.5; grep -q "charts warmed up" "$log" && break; done
sleep 3
export DISPLAY=:77
xdotool mousemove 52 33 click 1; sleep 0.6                       # the File menu
for _ in 1 2 3; do xdotool key Down; sleep 0.2; done              # New, Open, Open Recent
xdotool key Right; sleep 0.5; xdotool key Return                  # its first file
sleep 8
import -window root "$out"
grep "GradFlow open" "$log" || { echo "no open trace: see $log"; exit 1; }
echo "screenshot: $out"
