"""Search quality on the judged query set, on SQLite and PostgreSQL.

For each engine: a fresh database, ``migrate``, ``import_portal`` of the dev corpus, the site served
by gunicorn on a free local port, then ``score.py`` against ``/api/v2/pages/?search=`` (which
ranks exactly as /tim-kiem/). Prints nDCG@10, MRR and top-1 per engine.

    .venv/bin/python bench/search_quality.py [--engines sqlite,postgresql] [--show]

SEARCH_EVAL_DIR (default ../shared/search-eval from the repository root) holds dev_corpus.jsonl,
dev_queries.json and score.py; SEARCH_BENCH_PG_URL names a PostgreSQL database the bench may drop
and create (default postgres://postgres@127.0.0.1:5432/tdkt_search_bench).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = Path(os.environ.get("SEARCH_EVAL_DIR") or ROOT / ".." / "shared" / "search-eval").resolve()
PG_URL = os.environ.get("SEARCH_BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/tdkt_search_bench")
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def recreate_postgres(url: str) -> None:
    import psycopg

    parts = urllib.parse.urlparse(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict, *args: str) -> None:
    subprocess.run([PYTHON, str(ROOT / "manage.py"), *args], env=env, check=True, stdout=subprocess.DEVNULL)


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("máy chủ dừng trước khi sẵn sàng")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"máy chủ không trả lời: {url}")


def run_engine(engine: str, show: bool) -> str:
    env = dict(os.environ)
    env.update(DJANGO_SETTINGS_MODULE="config.settings.dev", DEBUG="0", SEARCH_BACKEND="database")
    workdir = Path(tempfile.mkdtemp(prefix=f"search-quality-{engine}-"))
    env["MEDIA_ROOT"] = str(workdir / "media")
    if engine == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'quality.sqlite3'}"
    else:
        recreate_postgres(PG_URL)
        env["DATABASE_URL"] = PG_URL
    started = time.perf_counter()
    manage(env, "migrate", "--no-input")
    manage(env, "import_portal", str(EVAL_DIR / "dev_corpus.jsonl"))
    print(f"[{engine}] cơ sở dữ liệu mới, đã nhập kho thử trong {time.perf_counter() - started:.1f} giây")
    port = free_port()
    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "config.wsgi", "--chdir", str(ROOT / "site"),
         "--bind", f"127.0.0.1:{port}", "--workers", "1", "--log-level", "warning"],
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/api/v2/pages/?limit=1", server)
        command = [PYTHON, str(EVAL_DIR / "score.py"), base, str(EVAL_DIR / "dev_corpus.jsonl"),
                   str(EVAL_DIR / "dev_queries.json")]
        if show:
            command.append("--show")
        output = subprocess.run(command, capture_output=True, text=True, check=False)
        if output.stderr:
            print(output.stderr, file=sys.stderr)
        print("\n".join(f"[{engine}] {line}" for line in output.stdout.strip().splitlines()))
        return output.stdout.strip().splitlines()[-1] if output.stdout.strip() else "không có kết quả"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--show", action="store_true", help="in thứ hạng của từng truy vấn")
    args = parser.parse_args()
    summary = {}
    for engine in [name.strip() for name in args.engines.split(",") if name.strip()]:
        summary[engine] = run_engine(engine, args.show)
    print("\nTóm tắt:")
    for engine, line in summary.items():
        print(f"  {engine:<11} {line}")


if __name__ == "__main__":
    main()
