"""The containers' health checks, standard library only (no curl in the image).

    python deploy/healthcheck.py                     the app: GET /health/ on this container answers 200
    python deploy/healthcheck.py --heartbeat FILE    the scheduler: its loop touched FILE less than --max-age s ago

The app is asked with a Host header that ALLOWED_HOSTS accepts (its first entry; a leading dot or "*" becomes a
name it matches) and X-Forwarded-Proto: https, so the request passes Django's host check and the SSL redirect like
a reader's request through the proxy, instead of special-casing /health/ before the host check.
"""

import argparse
import http.client
import os
import sys
import time


def host_header(allowed_hosts):
    """A Host value the first ALLOWED_HOSTS entry accepts: "kennisbank.example.org", ".example.org" -> "example.org"."""
    first = next((host.strip() for host in allowed_hosts.split(",") if host.strip()), "localhost")
    if first == "*":
        return "localhost"
    return first.lstrip(".")


def check_app(port, allowed_hosts, timeout=5):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(
            "GET", "/health/", headers={"Host": host_header(allowed_hosts), "X-Forwarded-Proto": "https"}
        )
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
    except OSError as error:
        return False, f"no answer: {error}"
    finally:
        connection.close()
    return response.status == 200, f"{response.status} {body[:200]}"


def check_heartbeat(path, max_age):
    try:
        age = time.time() - os.stat(path).st_mtime
    except OSError:
        return False, f"no heartbeat at {path}"
    return age <= max_age, f"last heartbeat {age:.0f} s ago (at most {max_age} s)"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heartbeat", help="check this file's age instead of the web app")
    parser.add_argument("--max-age", type=int, default=180, help="seconds (default 180: three missed rounds)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    args = parser.parse_args(argv)
    if args.heartbeat:
        healthy, detail = check_heartbeat(args.heartbeat, args.max_age)
    else:
        healthy, detail = check_app(args.port, os.environ.get("ALLOWED_HOSTS", "localhost"))
    print(detail)
    return 0 if healthy else 1


if __name__ == "__main__":
    sys.exit(main())
