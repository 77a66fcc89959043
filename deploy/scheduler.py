"""The scheduler container's loop: `manage.py publish_scheduled` every SCHEDULER_INTERVAL seconds (default 60).

After each run that succeeds it touches SCHEDULER_HEARTBEAT (default /tmp/kennisbank-scheduler-heartbeat); the
container's health check (deploy/healthcheck.py --heartbeat) reports unhealthy when that file grows old, so a loop
that hangs or keeps failing shows, without the web app's check. Each run is its own process, as `make scheduler`.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

COMMAND = [sys.executable, "manage.py", "publish_scheduled"]


def run_once(command, heartbeat):
    """Run the job; touch the heartbeat only when it succeeded. Returns its exit status."""
    status = subprocess.run(command, check=False).returncode
    if status == 0:
        Path(heartbeat).touch()
    return status


def main(command=COMMAND, rounds=None):
    heartbeat = os.environ.get("SCHEDULER_HEARTBEAT", "/tmp/kennisbank-scheduler-heartbeat")
    interval = int(os.environ.get("SCHEDULER_INTERVAL", "60"))
    done = 0
    while rounds is None or done < rounds:
        run_once(command, heartbeat)
        done += 1
        if rounds is None or done < rounds:
            time.sleep(interval)


if __name__ == "__main__":
    main()
