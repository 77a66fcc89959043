"""Install the browser-test tools: Debian's headless Chromium and the npm packages axe-core and vnu-jar.

    python tests/services/browser.py install | check

Chromium comes from Debian's `chromium-headless-shell` package (Playwright's own browser downloads cannot be had
on these machines): the same Blink as the desktop browser without its desktop shell, as Playwright itself runs
headless tests; it took 15 to 20 % less CPU than Debian's `chromium` over the same 115 browser tests. The Playwright
driver itself is a Python package (requirements-dev.txt). axe-core and the Nu Html Checker come from npm, pinned by
package-lock.json; the checker runs on the machine's Java. Standard library only, like postgres.py.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium-headless-shell")
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# make test installs the browser tools while the services start: apt-get waits for the other's lock.
LOCK_WAIT = ["-o", "DPkg::Lock::Timeout=600"]


def run(*command, check=True, **kwargs):
    return subprocess.run(command, check=check, capture_output=True, text=True, **kwargs)


def apt_install(*packages):
    if os.geteuid() != 0:
        raise SystemExit(f"Installing {', '.join(packages)} needs root (apt-get install {' '.join(packages)}).")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if run("apt-get", "install", "-y", "-q", *LOCK_WAIT, *packages, check=False, env=env).returncode != 0:
        run("apt-get", "update", "-q", *LOCK_WAIT, env=env)
        run("apt-get", "install", "-y", "-q", *LOCK_WAIT, *packages, env=env)


def install():
    if not Path(CHROMIUM).exists():
        apt_install("chromium-headless-shell")
    if not shutil.which("java"):
        apt_install("default-jre-headless")
    lock = REPO / "package-lock.json"
    stamp = REPO / "node_modules" / ".package-lock.json"
    if not (AXE.exists() and VNU.exists()) or stamp.stat().st_mtime < lock.stat().st_mtime:
        # --ignore-scripts: vnu-jar's post-install step would download a Java runtime; the machine's Java serves.
        run("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", cwd=REPO)
    return check()


def check():
    missing = [str(path) for path in (Path(CHROMIUM), AXE, VNU) if not path.exists()]
    if missing:
        raise SystemExit(f"Browser-test tools missing: {', '.join(missing)}; run `make browser-tools`.")
    print(run(CHROMIUM, "--version").stdout.strip(), "| axe-core", AXE.parent.name, "| vnu", VNU.name, "present")
    return 0


if __name__ == "__main__":
    commands = {"install": install, "check": check}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit(__doc__)
    sys.exit(commands[sys.argv[1]]())
