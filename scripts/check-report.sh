#!/usr/bin/env bash
# Checks a Veil experiment report page (report.html) in a real headless browser.
#
# Usage: scripts/check-report.sh REPORT.html [SCREENSHOT.png]
#
# Loads the page from a file:// URL in headless Chromium, driven over the DevTools protocol
# (--remote-debugging-pipe, python3 standard library only: scripts/check_report.py), and fails
# (exit status 1) when:
#   * the page logs a console error, throws, or the browser logs an error;
#   * the page requests anything that is not file:, data: or about: (it must be self-contained);
#   * a section (summary, tradeoff, roc, results, setup) or the results table is missing;
#   * an image is missing, not a data: URI, or did not decode (naturalWidth 0);
#   * the full-page screenshot is blank (a single colour, or nearly so).
# It writes the full-page screenshot to SCREENSHOT.png (default: a temporary file, removed).
# Exit status 2: usage error or no browser.
#
# Requires Chromium, which is not installed by default. On Debian/Ubuntu:
#     sudo apt-get install -y chromium        # provides /usr/bin/chromium
# Set CHROMIUM=/path/to/chrome to use another Chromium-based browser. docs/report.md explains the checks.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 REPORT.html [SCREENSHOT.png]" >&2
    exit 2
fi
report=$1
if [[ ! -f $report ]]; then
    echo "check-report: no such file: $report" >&2
    exit 2
fi
browser=${CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $browser ]]; then
    echo "check-report: Chromium not found at $browser (install it: sudo apt-get install -y chromium)" >&2
    exit 2
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
profile=$(mktemp -d "${TMPDIR:-/tmp}/veil-check-report.XXXXXX")
shot=${2:-$profile/screenshot.png}
trap 'rm -rf "$profile"' EXIT

exec_status=0
python3 "$here/check_report.py" "$browser" "$profile/user-data" "$report" "$shot" || exec_status=$?
exit "$exec_status"
