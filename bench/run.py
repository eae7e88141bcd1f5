"""Run the benchmark: ``make bench`` (or ``python -m bench.run --help``).

1. Creates the PostgreSQL database ``kb_bench`` when missing, migrates it and fills it with the corpus
   (``bench.corpus``) unless it already holds one of the requested size.
2. Serves the site with production settings under gunicorn (2 workers) on a free 127.0.0.1 port, once without
   and once with the page cache, with ``BENCH_FLOOR_VIEW`` on for the framework floor at /bench/floor/.
3. Loads each target in turn with wrk (Debian's ``wrk``; a small Python load generator when it is missing),
   alternating the order over several rounds, and reports the median round per target.
4. Prints a table (requests/s, p50, p99, non-2xx, ratio to the floor of the same pass) and writes JSON and
   Markdown to bench-results/.

Numbers here are for comparison within one run; no asserting test uses them.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS_DIR = BASE_DIR / "bench-results"
PYTHON = sys.executable
DB_NAME = os.environ.get("BENCH_DB_NAME", "kb_bench")
PG_SERVER = os.environ.get("BENCH_PG_SERVER", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
CACHE_PREFIX = "kbbench"
STARTUP_SECONDS = 90

# Target ratios to the floor (issue 6). None: measured, no target.
TARGETS_NO_CACHE = {
    "home": 0.15,
    "theme": 0.15,
    "article": 0.20,
    "faq": None,
    "search-1": 0.10,
    "search-2": 0.10,
    "search-3": 0.10,
    "register": 0.15,
    "platform": 0.15,
    "buurt": 0.15,
    "map": 0.10,
    "static": None,
    "floor": None,
}
TARGET_CACHED = 0.70


@dataclass
class Measurement:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    non_2xx: int
    errors: int


@dataclass
class TargetResult:
    name: str
    path: str
    status: int
    rounds: list[Measurement] = field(default_factory=list)

    def median(self, attribute: str) -> float:
        return statistics.median(getattr(m, attribute) for m in self.rounds) if self.rounds else 0.0


def log(message: str) -> None:
    print(message, flush=True)  # noqa: T201


def server_env(*, page_cache_seconds: int) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kennisbank.settings.production",
        "SECRET_KEY": "benchmark-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"{PG_SERVER}/{DB_NAME}",
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": CACHE_PREFIX,
        "BENCH_FLOOR_VIEW": "1",
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "MEDIA_ROOT": str(RESULTS_DIR / "media"),
        "LOG_LEVEL": "WARNING",
        "PYTHONUNBUFFERED": "1",
    }


def manage(*args: str, env: dict[str, str], timeout: int = 1800) -> None:
    subprocess.run([PYTHON, "manage.py", *args], cwd=BASE_DIR, env=env, check=True, timeout=timeout)  # noqa: S603


def ensure_database() -> None:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB_NAME,)).fetchone()
        if not exists:
            log(f"== Creating database {DB_NAME}")
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')


def drop_database() -> None:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')


def flush_cache() -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    keys = list(client.scan_iter(match=f"{CACHE_PREFIX}:*", count=1000))
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start : start + 1000])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_get(port: int, path: str, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


class Gunicorn:
    def __init__(self, *, env: dict[str, str], workers: int, log_path: Path) -> None:
        self.port = free_port()
        self.log_path = log_path
        self.log_file = log_path.open("wb")
        args = ["kennisbank.wsgi:application", f"--workers={workers}", f"--bind=127.0.0.1:{self.port}"]
        args += ["--timeout=60", "--graceful-timeout=5", "--backlog=256"]
        self.process = subprocess.Popen(  # noqa: S603
            [PYTHON, "-m", "gunicorn", *args], cwd=BASE_DIR, env=env, stdout=self.log_file, stderr=subprocess.STDOUT
        )

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log_path}")
            try:
                if http_get(self.port, "/bench/floor/", timeout=5)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not start in {STARTUP_SECONDS}s; see {self.log_path}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self.log_file.close()


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _duration_ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"unparsable duration {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def parse_wrk(output: str) -> Measurement:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _duration_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))
    p99 = _duration_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx_match = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors_match = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors = sum(int(n) for n in errors_match.groups()) if errors_match else 0
    return Measurement(rps, p50, p99, requests, int(non_2xx_match.group(1)) if non_2xx_match else 0, errors)


def run_wrk(url: str, *, seconds: int, connections: int) -> Measurement:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout=10s", url]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 60)  # noqa: S603
    return parse_wrk(result.stdout)


def run_python_load(port: int, path: str, *, seconds: float, connections: int) -> Measurement:
    """Fallback when wrk is not installed: threads issuing GETs back to back (slower than wrk; noted in output)."""
    latencies: list[float] = []
    counts = {"non_2xx": 0, "errors": 0}
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def worker() -> None:
        local: list[float] = []
        non_2xx = errors = 0
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                status = http_get(port, path, timeout=10)[0]
                if not 200 <= status < 300:
                    non_2xx += 1
            except OSError:
                errors += 1
                continue
            local.append((time.perf_counter() - started) * 1000)
        with lock:
            latencies.extend(local)
            counts["non_2xx"] += non_2xx
            counts["errors"] += errors

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 30)
    elapsed = time.monotonic() - started
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else 0.0

    rps = len(latencies) / elapsed
    return Measurement(rps, pct(0.50), pct(0.99), len(latencies), counts["non_2xx"], counts["errors"])


def load_targets(env: dict[str, str]) -> dict[str, str]:
    result = subprocess.run(  # noqa: S603
        [PYTHON, "-m", "bench.corpus", "--print-targets"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_pass(
    *, label: str, page_cache_seconds: int, targets: dict[str, str], args: argparse.Namespace, use_wrk: bool
) -> list[TargetResult]:
    env = server_env(page_cache_seconds=page_cache_seconds)
    flush_cache()
    server = Gunicorn(env=env, workers=args.workers, log_path=RESULTS_DIR / f"gunicorn-{label}.log")
    try:
        server.wait_until_up()
        results = []
        for name, path in targets.items():
            status = http_get(server.port, path)[0]
            http_get(server.port, path)  # warm up (and, with the cache on, store the page)
            results.append(TargetResult(name, path, status))
            if status != 200:
                log(f"   ! {name} {path} answered {status}")
        names = list(targets)
        for round_number in range(args.rounds):
            shift = round_number % len(names)
            order = names[shift:] + names[:shift]  # alternate the order so no target always runs first
            if round_number % 2:
                order.reverse()
            for name in order:
                result = next(r for r in results if r.name == name)
                if use_wrk:
                    url = f"http://127.0.0.1:{server.port}{result.path}"
                    m = run_wrk(url, seconds=args.seconds, connections=args.connections)
                else:
                    m = run_python_load(server.port, result.path, seconds=args.seconds, connections=args.connections)
                result.rounds.append(m)
                drain(server.port, args.connections)
            log(f"   {label}: round {round_number + 1}/{args.rounds} done")
        return results
    finally:
        server.stop()


def drain(port: int, connections: int) -> None:
    """Wait for requests wrk left in flight, so a slow target does not eat into the next one's time."""
    for _ in range(connections):
        try:
            http_get(port, "/bench/floor/", timeout=60)
        except OSError:
            return


def ratio_rows(results: list[TargetResult], *, cached: bool) -> list[dict]:
    floor = next((r for r in results if r.name == "floor"), None)
    floor_rps = floor.median("requests_per_second") if floor else 0.0
    rows = []
    for r in results:
        rps = r.median("requests_per_second")
        ratio = rps / floor_rps if floor_rps else 0.0
        if r.name in ("floor", "static"):
            goal = None
        elif cached:
            goal = TARGET_CACHED
        else:
            goal = TARGETS_NO_CACHE.get(r.name)
        rows.append(
            {
                "target": r.name,
                "path": r.path,
                "status": r.status,
                "requests_per_second": round(rps, 1),
                "p50_ms": round(r.median("p50_ms"), 2),
                "p99_ms": round(r.median("p99_ms"), 2),
                "non_2xx": sum(m.non_2xx for m in r.rounds) + sum(m.errors for m in r.rounds),
                "ratio_to_floor": round(ratio, 3),
                "goal": goal,
                "met": None if goal is None else ratio >= goal,
            }
        )
    return rows


def markdown_table(rows: list[dict]) -> str:
    lines = [
        "| target | path | req/s | p50 ms | p99 ms | non-2xx | ratio to floor | goal | met |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        goal = "" if row["goal"] is None else f"≥ {row['goal']:.2f}"
        met = "" if row["met"] is None else ("yes" if row["met"] else "**no**")
        lines.append(
            f"| {row['target']} | `{row['path']}` | {row['requests_per_second']:.0f} | {row['p50_ms']:.1f} | "
            f"{row['p99_ms']:.1f} | {row['non_2xx']} | {row['ratio_to_floor']:.3f} | {goal} | {met} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_ARTICLES", "5000")))
    parser.add_argument("--submissions", type=int, default=int(os.environ.get("BENCH_SUBMISSIONS", "2000")))
    parser.add_argument("--platforms", type=int, default=int(os.environ.get("BENCH_PLATFORMS", "150")))
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", "3")))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", "3")))
    parser.add_argument("--connections", type=int, default=int(os.environ.get("BENCH_CONNECTIONS", "4")))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rebuild", action="store_true", help="drop and rebuild the corpus database first")
    parser.add_argument("--no-cache-pass", action="store_true", help="skip the pass with the page cache on")
    args = parser.parse_args()

    RESULTS_DIR.mkdir(exist_ok=True)
    started = time.monotonic()
    env = server_env(page_cache_seconds=0)
    if args.rebuild:
        drop_database()
    ensure_database()
    log("== Migrating")
    manage("migrate", "--noinput", "-v0", env=env)
    log("== Corpus")
    sub_arg = f"--submissions={args.submissions}"
    corpus_env = {**env, "DJANGO_SETTINGS_MODULE": "bench.settings_corpus"}
    subprocess.run(  # noqa: S603
        [PYTHON, "-m", "bench.corpus", f"--articles={args.articles}", f"--platforms={args.platforms}", sub_arg],
        cwd=BASE_DIR,
        env=corpus_env,
        check=True,
        timeout=3600,
    )
    log("== Static files")
    manage("collectstatic", "--noinput", "-v0", env=env)
    targets = load_targets(env)
    use_wrk = shutil.which("wrk") is not None
    tool = "wrk" if use_wrk else "python (wrk not installed: absolute numbers are lower)"
    log(f"== Load: {tool}, {args.connections} connections, {args.rounds} rounds x {args.seconds}s per target")

    passes = {}
    results = measure_pass(label="no-cache", page_cache_seconds=0, targets=targets, args=args, use_wrk=use_wrk)
    passes["without_page_cache"] = ratio_rows(results, cached=False)
    if not args.no_cache_pass:
        results = measure_pass(label="cache", page_cache_seconds=600, targets=targets, args=args, use_wrk=use_wrk)
        passes["with_page_cache"] = ratio_rows(results, cached=True)
    flush_cache()

    report = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "tool": tool,
        "settings": {k: v for k, v in vars(args).items() if k != "rebuild"},
        "cpu_count": os.cpu_count(),
        "duration_seconds": round(time.monotonic() - started),
        "passes": passes,
    }
    stamp = report["when"].replace(":", "").replace("+0000", "Z")
    (RESULTS_DIR / f"bench-{stamp}.json").write_text(json.dumps(report, indent=2))
    (RESULTS_DIR / "latest.json").write_text(json.dumps(report, indent=2))
    markdown = [f"Run {report['when']}, {tool}, {os.cpu_count()} CPUs, {report['duration_seconds']} s in all.", ""]
    for name, rows in passes.items():
        markdown += [f"**{name.replace('_', ' ')}**", "", markdown_table(rows), ""]
    (RESULTS_DIR / "latest.md").write_text("\n".join(markdown))
    log("\n".join(markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
