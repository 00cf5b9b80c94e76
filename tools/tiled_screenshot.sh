#!/bin/sh
# Retakes docs/level-design/outpost-tiled.png: Tiled with the project and the outpost open, under a private X server.
# Usage: tools/tiled_screenshot.sh [OUT.png] [:DISPLAY]   (needs tiled, Xvfb, xdotool, imagemagick; optipng if there)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
out=${1:-docs/level-design/outpost-tiled.png}
display=${2:-:99}
tmp=$(mktemp -d)

# Tiled 1.8 opens no project named on its command line, but it restores its last session: give it a session of our
# own (in a throwaway config, so the designer's Tiled settings are not touched) with the project and the outpost open,
# the whole map in view and the objects layer selected.
mkdir -p "$tmp/cfg/mapeditor.org"
printf '[Project]\nLastSession=%s/shot.tiled-session\n' "$tmp" > "$tmp/cfg/mapeditor.org/tiled.conf"
cat > "$tmp/shot.tiled-session" <<EOF
{
    "project": "$root/levels/blue-comet.tiled-project",
    "openFiles": ["$root/levels/outpost.tmx"],
    "activeFile": "$root/levels/outpost.tmx",
    "fileStates": {"$root/levels/outpost.tmx": {"scale": 0.6, "selectedLayer": 3, "viewCenter": {"x": 640, "y": 400}}}
}
EOF

Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
tiled=""
trap 'kill $tiled $xvfb 2>/dev/null || true; rm -rf "$tmp"' EXIT
export DISPLAY="$display"
sleep 1
HOME=$tmp XDG_CONFIG_HOME=$tmp/cfg tiled >/dev/null 2>&1 &
tiled=$!
sleep 6
window=$(xdotool search --name 'outpost.tmx' | head -n 1)
xdotool windowsize "$window" 1280 720
sleep 1
# The map needs the width: close the Project and then the Properties view (their close buttons, on a fresh
# layout), and fit the whole map in view (Ctrl+/).
xdotool mousemove 252 31 click 1
sleep 0.5
xdotool mousemove 262 100 click 1
sleep 0.5
xdotool mousemove 640 360 key ctrl+slash mousemove 1 1
sleep 1
import -window root "$out"
# 256 colours hold a screenshot of Tiled at a third of the size, with no difference to see.
convert "$out" -strip -dither None -colors 256 "PNG8:$out"
if command -v optipng >/dev/null; then optipng -quiet -o2 "$out"; fi
echo "wrote $out"
