"""Start and stop a real PostgreSQL server for tests and development, from Debian's packages.

    python tests/services/postgres.py start | stop | url

Installs the `postgresql` package when it is missing (as root, with apt-get), then runs a cluster of its own
("kennisbank", port PG_PORT, default 5433) with Debian's pg_createcluster/pg_ctlcluster, and a superuser role
`kennisbank` for the tests (they create and drop their own test database). A server given by DATABASE_URL is used
as it is: nothing is installed or started then. Standard library only.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

PORT = os.environ.get("PG_PORT", "5433")
CLUSTER = "kennisbank"
ROLE = PASSWORD = DATABASE = "kennisbank"
URL = f"postgres://{ROLE}:{PASSWORD}@127.0.0.1:{PORT}/{DATABASE}"
# make test installs the browser tools while the services start: apt-get waits for the other's lock.
LOCK_WAIT = ["-o", "DPkg::Lock::Timeout=600"]


def run(*command, check=True, **kwargs):
    return subprocess.run(command, check=check, capture_output=True, text=True, **kwargs)


def given_url():
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


def server_version():
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"), key=lambda p: int(p.parent.parent.name))
    return versions[-1].parent.parent.name if versions else None


def install():
    if server_version() and shutil.which("pg_createcluster"):
        return
    if os.geteuid() != 0:
        raise SystemExit("PostgreSQL is not installed and installing it needs root (apt-get install postgresql).")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if run("apt-get", "install", "-y", "-q", *LOCK_WAIT, "postgresql", check=False, env=env).returncode != 0:
        run("apt-get", "update", "-q", *LOCK_WAIT, env=env)
        run("apt-get", "install", "-y", "-q", *LOCK_WAIT, "postgresql", env=env)


def psql(sql):
    return run("runuser", "-u", "postgres", "--", "psql", "-p", PORT, "-v", "ON_ERROR_STOP=1", "-tAc", sql)


def start():
    if url := given_url():
        print(f"Using the PostgreSQL server given by DATABASE_URL ({url.split('@')[-1]}).")
        return 0
    install()
    version = server_version()
    clusters = run("pg_lsclusters", "-h").stdout.split()
    if CLUSTER not in clusters:
        run("pg_createcluster", version, CLUSTER, "-p", PORT, "--", "--auth-local=peer", "--auth-host=scram-sha-256")
    run("pg_ctlcluster", version, CLUSTER, "start", check=False)
    for _ in range(60):
        if run("pg_isready", "-h", "127.0.0.1", "-p", PORT, check=False).returncode == 0:
            break
        time.sleep(0.5)
    else:
        raise SystemExit(f"PostgreSQL did not answer on port {PORT}; see /var/log/postgresql/.")
    # A throwaway cluster for tests and development: no durability needed, so commits do not wait for the disk.
    for setting in ("fsync", "synchronous_commit", "full_page_writes"):
        psql(f"ALTER SYSTEM SET {setting} = off")
    psql("SELECT pg_reload_conf()")
    if psql(f"SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}'").stdout.strip() != "1":
        psql(f"CREATE ROLE {ROLE} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
    if psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'").stdout.strip() != "1":
        psql(f"CREATE DATABASE {DATABASE} OWNER {ROLE}")
    print(f"PostgreSQL {psql('SHOW server_version').stdout.strip()} is up: {URL}")
    return 0


def stop():
    if given_url():
        print("DATABASE_URL names an existing server; leaving it alone.")
        return 0
    version = server_version()
    if version:
        run("pg_ctlcluster", version, CLUSTER, "stop", check=False)
    print("PostgreSQL stopped.")
    return 0


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "url"
    if action == "url":
        print(given_url() or URL)
        sys.exit(0)
    sys.exit({"start": start, "stop": stop}[action]())
