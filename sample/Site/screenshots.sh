#!/usr/bin/env bash
# Takes the pictures of the site sample's error pages that the README shows, with headless Chromium (Debian's
# `chromium` package: apt-get install chromium). Run from anywhere; writes docs/images/site-*.png. Not run by CI.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
port=5081
out="$repo/docs/images"
mkdir -p "$out"

dotnet build "$repo/sample/Site" -v quiet -nologo
setsid dotnet run --no-build --no-launch-profile --project "$repo/sample/Site" -- --urls="http://127.0.0.1:$port" --environment Production >/dev/null 2>&1 &
site=$!
trap 'kill -- -"$site" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$port/" >/dev/null && break
    sleep 0.5
done

shoot() {
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,520 \
        --screenshot="$out/site-$1.png" "http://127.0.0.1:$port$2" 2>/dev/null
}

shoot 404 /cheese/camembert
shoot 403 /cellar
shoot 410 /cheese/stilton
shoot 500 /counter
echo "wrote $(ls "$out"/site-*.png | wc -l) pictures to $out"
