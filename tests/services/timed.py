"""How long each part of `make test` took: run parts, in the foreground or the background, and print the times.

    python tests/services/timed.py reset
    python tests/services/timed.py run "embedded run" -- make test-embedded
    python tests/services/timed.py background services -- make services   (its output goes to var/test-times/)
    python tests/services/timed.py wait services      (waits for it, prints its output, fails when it failed)
    python tests/services/timed.py run --no-report NAME -- ...   (no report when it fails: the recipe reports)
    python tests/services/timed.py report

Each part's time is kept in var/test-times/ (one file per part), so the parts can be separate lines of a Makefile
recipe; `report` prints them with the total since `reset`, and so does a part that fails (unless `run` or `wait` is
given --no-report, for a recipe line that reports itself). Standard library only.
"""

import subprocess
import sys
import time
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[2] / "var" / "test-times"


def slug(name):
    return "".join(char if char.isalnum() else "-" for char in name)


def record(name, seconds, note=""):
    (FOLDER / f"{time.monotonic_ns()}.part").write_text(f"{seconds:.1f}\t{name}\t{note}\n")


def reset():
    FOLDER.mkdir(parents=True, exist_ok=True)
    for path in FOLDER.iterdir():
        path.unlink()
    (FOLDER / "started").write_text(str(time.time()))
    return 0


def minutes(seconds):
    return f"{int(seconds // 60)}:{seconds % 60:04.1f}"


def report(out=sys.stdout):
    lines = [path.read_text().rstrip("\n").split("\t") for path in sorted(FOLDER.glob("*.part"))]
    print("\nmake test, how long each part took (m:ss):", file=out)
    for seconds, name, note in lines:
        print(f"  {minutes(float(seconds)):>7}  {name}{f'  ({note})' if note else ''}", file=out)
    started = FOLDER / "started"
    if started.exists():
        print(f"  {minutes(time.time() - float(started.read_text())):>7}  in all, from start to end", file=out)
    return 0


def run(name, command, quiet=False):
    began = time.monotonic()
    code = subprocess.call(command)
    record(name, time.monotonic() - began, "" if code == 0 else f"failed, exit code {code}")
    if code != 0 and not quiet:
        report(sys.stderr)
    return code


def background(name, command):
    """Start `command` detached; its output, exit code and time go to files that `wait` reads."""
    base = FOLDER / slug(name)
    log = open(f"{base}.log", "w")
    wrapper = (
        "import subprocess, sys, time\n"
        "began = time.monotonic()\n"
        "code = subprocess.call(sys.argv[2:], stdout=sys.stdout, stderr=subprocess.STDOUT)\n"
        "open(sys.argv[1], 'w').write(f'{code}\\t{time.monotonic() - began:.1f}')\n"
    )
    subprocess.Popen(
        [sys.executable, "-c", wrapper, f"{base}.done", *command],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    print(f"{name}: started in the background (output in {base}.log)")
    return 0


def wait(name, quiet=False):
    base = FOLDER / slug(name)
    began = time.monotonic()
    while not Path(f"{base}.done").exists():
        time.sleep(0.5)
    waited = time.monotonic() - began
    code, seconds = Path(f"{base}.done").read_text().split("\t")
    print(Path(f"{base}.log").read_text().rstrip())
    note = f"in the background; waited {waited:.0f} s for it here"
    record(name, float(seconds), note if code == "0" else f"{note}; failed, exit code {code}")
    if code != "0" and not quiet:
        report(sys.stderr)
    return int(code)


def main(argv):
    action, *rest = argv or [""]
    quiet = rest[:1] == ["--no-report"]  # right after the action: run --no-report NAME -- ..., wait --no-report NAME
    rest = rest[1:] if quiet else rest
    if action == "reset" and not rest:
        return reset()
    if action == "report" and not rest:
        return report()
    if action == "wait" and len(rest) == 1:
        return wait(rest[0], quiet)
    if action in ("run", "background") and len(rest) >= 3 and rest[1] == "--":
        FOLDER.mkdir(parents=True, exist_ok=True)
        return run(rest[0], rest[2:], quiet) if action == "run" else background(rest[0], rest[2:])
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
