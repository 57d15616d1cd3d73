"""Server round trips while clinicians arrive: from /actuator/prometheus scrapes taken every few seconds during a
load run (run.sh keeps them in OUT/scrapes/<epoch seconds>.prom), plots the open UI sessions and the median and 95th
percentile of Vaadin's round trips (POST, status 200) in each interval between two scrapes.

    python3 bench/load/chart.py bench/load/target/load-…/scrapes docs/images/load-round-trips.png
"""
import math
import re
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

BUCKET = re.compile(r'^http_server_requests_seconds_bucket\{(.*)\} (\S+)$')
SESSIONS = re.compile(r'^rehabrx_ui_sessions_active\{.*\} (\S+)$')


def read(path):
    buckets, sessions = {}, 0.0
    for line in path.read_text().splitlines():
        match = BUCKET.match(line)
        if match and 'method="POST"' in match.group(1) and 'status="200"' in match.group(1):
            le = re.search(r'le="([^"]+)"', match.group(1)).group(1)
            bound = math.inf if le == "+Inf" else float(le)
            buckets[bound] = buckets.get(bound, 0.0) + float(match.group(2))
        match = SESSIONS.match(line)
        if match:
            sessions = float(match.group(1))
    return buckets, sessions


def percentile(delta, share):
    """The upper bound of the bucket holding the given share of the interval's round trips, in ms."""
    total = delta[math.inf]
    if total == 0:
        return None
    for bound in sorted(delta):
        if delta[bound] >= share * total:
            return None if bound == math.inf else bound * 1000
    return None


def main(directory, output):
    scrapes = sorted(Path(directory).glob("*.prom"), key=lambda p: int(p.stem))
    start = int(scrapes[0].stem)
    times, sessions, medians, p95s = [], [], [], []
    previous = read(scrapes[0])
    for scrape in scrapes[1:]:
        current = read(scrape)
        delta = {bound: current[0].get(bound, 0) - previous[0].get(bound, 0) for bound in current[0]}
        if delta.get(math.inf, 0) > 0:
            times.append(int(scrape.stem) - start)
            sessions.append(current[1])
            medians.append(percentile(delta, 0.5))
            p95s.append(percentile(delta, 0.95))
        previous = current
    figure, left = plt.subplots(figsize=(8, 4.2), dpi=100)
    left.plot(times, p95s, color="#b03a2e", label="95th percentile")
    left.plot(times, medians, color="#1f618d", label="median")
    left.axhline(100, color="#b03a2e", linestyle=":", linewidth=1, label="target p95 100 ms")
    left.set_yscale("log")
    left.set_xlabel("seconds since the first scrape")
    left.set_ylabel("server round trip, ms (bucket bound)")
    right = left.twinx()
    right.fill_between(times, sessions, color="#7f8c8d", alpha=0.15, step="pre")
    right.set_ylabel("open UI sessions", color="#7f8c8d")
    right.set_ylim(bottom=0)
    left.legend(loc="upper left", fontsize=8)
    left.set_title("Vaadin round trips (POST) while clinicians sign in and work", fontsize=10)
    figure.tight_layout()
    figure.savefig(output)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
