#!/usr/bin/env python3
"""Benchmark: the organization-wide eligibility sweep page of the demo organization (363 people, about 4,700
history entries), against a paged list of the same people (/nhan-su) in the same run.

Times, as the medians of several requests of a release build:
- a sweep nobody has asked for since the last change (computed: every person's history read and checked);
- another page of the same sweep (kept: only 50 rows rendered);
- the baseline, /nhan-su?status=working (one indexed, paged query).

    bash: swift build -c release --product thidua --scratch-path .build-release
          python3 Benchmarks/sweep_page.py [.build-release/release/thidua]
"""
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

import requests

BIN = sys.argv[1] if len(sys.argv) > 1 else ".build-release/release/thidua"
CODES = ["CSTDCS", "LDTT", "BK_BO", "BK_TTG", "CSTD_BO", "HCLD3"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(session, url):
    t0 = time.perf_counter()
    r = session.get(url, allow_redirects=False)
    elapsed = time.perf_counter() - t0
    assert r.status_code == 200, (url, r.status_code)
    return elapsed, len(r.content)


def main():
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, THIDUA_DATA_DIR=data, LOG_LEVEL="warning")
        env.pop("DATABASE_URL", None)
        server = subprocess.Popen([BIN, "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(600):
                try:
                    urllib.request.urlopen(base + "/dang-nhap", timeout=2)
                    break
                except OSError:
                    time.sleep(0.2)
            s = requests.Session()
            token = re.search(r'name="_csrf" value="([^"]+)"', s.get(base + "/dang-nhap").text).group(1)
            s.post(base + "/dang-nhap", data={"_csrf": token, "username": "admin", "password": "demo"})
            timed(s, base + "/")  # warm up
            computed, kept, baseline, sizes = [], [], [], []
            for year in (2023, 2024, 2025):
                for code in CODES:
                    url = f"{base}/xet-dieu-kien?ma={code}&nam={year}"
                    t, size = timed(s, url)           # first ask since the data last changed: computed
                    computed.append(t)
                    sizes.append(size)
                    kept.append(timed(s, url + "&trang=2")[0])
                    baseline.append(timed(s, base + "/nhan-su?trang-thai=working")[0])
        finally:
            server.terminate()
            server.wait(timeout=20)
    ms = lambda xs: statistics.median(xs) * 1000
    print(f"sweep page, computed : median {ms(computed):7.1f} ms, max {max(computed) * 1000:7.1f} ms ({len(computed)} sweeps)")
    print(f"sweep page, kept     : median {ms(kept):7.1f} ms")
    print(f"/nhan-su (baseline)  : median {ms(baseline):7.1f} ms")
    print(f"ratios to baseline   : computed {ms(computed) / ms(baseline):.1f}×, kept {ms(kept) / ms(baseline):.1f}×")
    print(f"page size            : median {statistics.median(sizes) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
