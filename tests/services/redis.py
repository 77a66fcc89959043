"""Start and stop a real Redis server for tests and development, from Debian's packages.

    python tests/services/redis.py start | stop | url

Installs the `redis-server` package when it is missing (as root, with apt-get), then runs a server of its own on
REDIS_PORT (default 6380, beside a system Redis on 6379), in memory only (no snapshots, no append-only file): it is
the production cache, never a store. A server given by REDIS_URL is used as it is: nothing is installed or started
then. Standard library only.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

PORT = int(os.environ.get("REDIS_PORT", "6380"))
URL = f"redis://127.0.0.1:{PORT}/0"
DIR = Path(os.environ.get("REDIS_DIR", "/tmp/kennisbank-redis"))
LOCK_WAIT = ["-o", "DPkg::Lock::Timeout=600"]  # make test installs the browser tools at the same time


def run(*command, check=True, **kwargs):
    return subprocess.run(command, check=check, capture_output=True, text=True, **kwargs)


def given_url():
    url = os.environ.get("REDIS_URL", "")
    return url if url.startswith(("redis://", "rediss://", "unix://")) else None


def answers():
    try:
        with socket.create_connection(("127.0.0.1", PORT), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def install():
    if shutil.which("redis-server"):
        return
    if os.geteuid() != 0:
        raise SystemExit("Redis is not installed and installing it needs root (apt-get install redis-server).")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if run("apt-get", "install", "-y", "-q", *LOCK_WAIT, "redis-server", check=False, env=env).returncode != 0:
        run("apt-get", "update", "-q", *LOCK_WAIT, env=env)
        run("apt-get", "install", "-y", "-q", *LOCK_WAIT, "redis-server", env=env)


def start():
    if url := given_url():
        print(f"Using the Redis server given by REDIS_URL ({url}).")
        return 0
    if not answers():
        install()
        DIR.mkdir(parents=True, exist_ok=True)
        memory_only = ["--save", "", "--appendonly", "no", "--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru"]
        files = ["--dir", str(DIR), "--pidfile", str(DIR / "redis.pid"), "--logfile", str(DIR / "redis.log")]
        run("redis-server", "--port", str(PORT), "--bind", "127.0.0.1", "--daemonize", "yes", *memory_only, *files)
        for _ in range(50):
            if answers():
                break
            time.sleep(0.1)
        else:
            raise SystemExit(f"Redis did not answer on port {PORT}; see {DIR / 'redis.log'}.")
    version = run("redis-server", "--version").stdout.split()[2].removeprefix("v=")
    print(f"Redis {version} is up: {URL}")
    return 0


def stop():
    if given_url():
        print("REDIS_URL names an existing server; leaving it alone.")
        return 0
    pidfile = DIR / "redis.pid"
    if answers() and pidfile.exists():
        run("kill", pidfile.read_text().strip(), check=False)
        for _ in range(50):
            if not answers():
                break
            time.sleep(0.1)
    print("Redis stopped.")
    return 0


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "url"
    if action == "url":
        print(given_url() or URL)
        sys.exit(0)
    sys.exit({"start": start, "stop": stop}[action]())
