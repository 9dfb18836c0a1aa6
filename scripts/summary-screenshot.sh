#!/usr/bin/env bash
# Renders the demo's job summary the way GitHub shows it and saves a PNG for
# the README (docs/job-summary.png). Needs Debian's chromium and fonts-noto-color-emoji.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent demo >/dev/null
page="$(mktemp -d)/summary.html"
{
  echo '<!doctype html><meta charset="utf-8"><style>
body{font:14px -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328;margin:0;padding:24px;background:#fff;width:900px}
h2{font-size:20px;border-bottom:1px solid #d1d9e0;padding-bottom:6px}
table{border-collapse:collapse;margin-top:12px}th,td{border:1px solid #d1d9e0;padding:6px 13px;text-align:left;vertical-align:top}
tr:nth-child(2n){background:#f6f8fa}code{background:#eff1f3;border-radius:6px;padding:2px 5px;font-size:85%}a{color:#0969da;text-decoration:none}
</style>'
  cat "${TMPDIR:-/tmp}/qasphere-demo-summary.html"
} > "$page"
mkdir -p docs
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --window-size=950,1000 \
  --screenshot="$PWD/docs/job-summary.png" "file://$page" 2>/dev/null
echo "docs/job-summary.png written"
