"""ftfy side of the repair benchmark (tests/bench/repair.ts).

Reads a JSON job on stdin, runs ftfy.fix_encoding on exactly the inputs senq
gets, and writes the outputs and the measured throughput as JSON on stdout.
"""
import json
import sys
import time

import ftfy


def throughput(docs, min_seconds=1.0):
    size = sum(len(d.encode("utf-8")) for d in docs)
    reps = 0
    start = time.perf_counter()
    while True:
        for d in docs:
            ftfy.fix_encoding(d)
        reps += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return size * reps / elapsed / 1e6


job = json.load(sys.stdin)
result = {
    "version": ftfy.__version__,
    "fixed": {name: [ftfy.fix_encoding(d) for d in docs] for name, docs in job["docs"].items()},
    "cases": [ftfy.fix_encoding(c) for c in job["cases"]],
    "mbps": {name: throughput(docs) for name, docs in job["throughput"].items()},
}
json.dump(result, sys.stdout, ensure_ascii=False)
