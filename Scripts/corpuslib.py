"""Shared steps for running openapi-forge over the document corpus.

Used by Scripts/corpus-run.py and the scripts under Benchmarks/. Each step runs a command
under /usr/bin/time -v, so it reports wall time and the peak resident set size of the
largest single process it started (for swiftc, the largest frontend job).
"""

import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field

ROOT = pathlib.Path(__file__).resolve().parent.parent
RUNTIME_SOURCES = ROOT / "Sources" / "OpenAPIForgeRuntime"
MULTIFILE_ROOT = "digitalocean/multifile/specification/DigitalOcean-public.v2.yaml"
GENERATED_MODULE = "GeneratedAPI"
TIME = "/usr/bin/time"


def use_private_fingerprint_cache():
    """Points XDG_CACHE_HOME, for every `openapi-forge` this process starts, at a temporary folder
    removed at exit, so that runs over the corpus leave no input fingerprints in the user's cache."""
    import atexit
    import tempfile
    folder = tempfile.mkdtemp(prefix="forge-fingerprints-")
    os.environ["XDG_CACHE_HOME"] = folder
    atexit.register(shutil.rmtree, folder, True)


def corpus_folder(override=None):
    """Returns the corpus folder: override, $OPENAPI_FORGE_CORPUS, or the shared folder beside the repository."""
    path = override or os.environ.get("OPENAPI_FORGE_CORPUS") or ROOT.parent / "shared" / "corpus"
    return pathlib.Path(path).resolve()


@dataclass
class Document:
    name: str
    path: pathlib.Path
    size: int
    swagger2: bool


SWAGGER_JSON = re.compile(rb'"swagger"\s*:\s*"2')
SWAGGER_YAML = re.compile(rb"^swagger\s*:\s*['\"]?2", re.MULTILINE)


def is_swagger2(path):
    """Tells whether the file declares `swagger: 2.x` at its top level (cheap textual check)."""
    data = path.read_bytes()
    if path.suffix == ".json":
        return SWAGGER_JSON.search(data) is not None and b'"openapi"' not in data[:4096]
    return SWAGGER_YAML.search(data) is not None


def documents(corpus):
    """Lists every document of the corpus, smallest first; multi-file specs count by their root file."""
    found = []
    for path in sorted(corpus.rglob("*")):
        name = path.relative_to(corpus).as_posix()
        if not path.is_file() or path.suffix not in (".json", ".yaml", ".yml"):
            continue
        if "/multifile/" in "/" + name and name != MULTIFILE_ROOT:
            continue
        found.append(Document(name, path, path.stat().st_size, is_swagger2(path)))
    return sorted(found, key=lambda document: (document.size, document.name))


@dataclass
class Measured:
    """One finished command: exit status, wall seconds, peak RSS in bytes, output and CPU seconds."""

    status: int
    seconds: float
    peak_bytes: int
    output: str
    timed_out: bool = False
    signal: int = 0
    cpu_seconds: float = 0.0


def has_time():
    """Tells whether GNU time is at /usr/bin/time; without it, peak memory is reported as 0."""
    return os.access(TIME, os.X_OK)


def measure(arguments, cwd=None, timeout=None):
    """Runs `arguments` under /usr/bin/time -v (when present) and returns what it measured."""
    report = "/tmp/forge-corpus-time-%d.txt" % os.getpid()
    if os.path.exists(report):
        os.remove(report)
    command = [str(argument) for argument in arguments]
    if has_time():
        command = [TIME, "-v", "-o", report] + command
    start = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        output = (expired.output or b"").decode("utf-8", "replace")
        return Measured(-1, time.perf_counter() - start, 0, output, timed_out=True)
    seconds = time.perf_counter() - start
    text = pathlib.Path(report).read_text() if os.path.exists(report) else ""
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    killed = re.search(r"Command terminated by signal (\d+)", text)
    cpu = sum(float(value) for value in re.findall(r"(?:User|System) time \(seconds\): ([0-9.]+)", text))
    return Measured(
        done.returncode,
        seconds,
        int(peak.group(1)) * 1024 if peak else 0,
        done.stdout.decode("utf-8", "replace"),
        signal=int(killed.group(1)) if killed else 0,
        cpu_seconds=cpu,
    )


def build_tool(configuration="release", scratch="/tmp/build-corpus"):
    """Builds the openapi-forge product with SwiftPM and returns the executable's path."""
    base = ["swift", "build", "-c", configuration, "--scratch-path", scratch, "--product", "openapi-forge"]
    built = subprocess.run(base, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if built.returncode != 0:
        sys.stdout.write(built.stdout.decode("utf-8", "replace")[-4000:])
        sys.exit("building openapi-forge failed")
    folder = subprocess.run(base[:-2] + ["--show-bin-path"], cwd=ROOT, stdout=subprocess.PIPE, check=True)
    return pathlib.Path(folder.stdout.decode().strip()) / "openapi-forge"


def runtime_module(folder=None):
    """Emits OpenAPIForgeRuntime.swiftmodule once per content of the runtime sources; returns its folder.

    The module is all that compiling generated code needs: the generated module is compiled
    to object files and never linked.
    """
    sources = sorted(RUNTIME_SOURCES.glob("*.swift"))
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()[:16]
    folder = pathlib.Path(folder or "/tmp/forge-corpus-runtime-" + digest)
    module = folder / "OpenAPIForgeRuntime.swiftmodule"
    if module.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    arguments = ["swiftc", "-emit-module", "-emit-module-path", module, "-module-name", "OpenAPIForgeRuntime"]
    arguments += ["-parse-as-library", "-swift-version", "6", "-Onone", "-wmo"] + sources
    done = subprocess.run([str(argument) for argument in arguments], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        sys.stdout.write(done.stdout.decode("utf-8", "replace")[-4000:])
        sys.exit("compiling the runtime module failed")
    return folder


@dataclass
class Generation:
    measured: Measured
    types: int = 0
    operations: int = 0
    warnings: int = 0
    errors: int = 0
    diagnostics: list = field(default_factory=list)

    @property
    def crashed(self):
        return self.measured.signal != 0 or self.measured.status > 1 or self.measured.timed_out


SUMMARY = re.compile(r"; (\d+) type\(s\), (\d+) operation\(s\) in ")


def generate(tool, document, output, timeout=600, extra=()):
    """Runs `openapi-forge generate` on one document into `output` and parses its summary line."""
    measured = measure([tool, "generate", document, "--output", output, *extra], timeout=timeout)
    result = Generation(measured)
    summary = SUMMARY.search(measured.output)
    if summary:
        result.types, result.operations = int(summary.group(1)), int(summary.group(2))
    result.diagnostics = [line for line in measured.output.splitlines() if ": warning: " in line or ": error: " in line]
    result.warnings = sum(": warning: " in line for line in result.diagnostics)
    result.errors = sum(": error: " in line for line in result.diagnostics)
    return result


def swift_files(folder):
    """Lists the generated Swift files under `folder`, sorted."""
    return sorted(pathlib.Path(folder).rglob("*.swift"))


def line_count(files):
    """Counts the lines of `files`."""
    return sum(path.read_bytes().count(b"\n") for path in files)


@dataclass
class Compilation:
    measured: Measured
    warnings: int
    errors: int
    messages: list


def compile_module(files, runtime, build, jobs=2, extra=(), timeout=3600):
    """Compiles generated `files` as one debug module (`-Onone -g`, batch mode, not whole-module).

    Object files and the module land in `build`; `runtime` is the folder holding the runtime
    module. Mirrors the frontend jobs of a `swift build` debug build.
    """
    build = pathlib.Path(build)
    build.mkdir(parents=True, exist_ok=True)
    arguments = ["swiftc", "-c", "-emit-module", "-emit-module-path", build / (GENERATED_MODULE + ".swiftmodule")]
    arguments += ["-module-name", GENERATED_MODULE, "-parse-as-library", "-swift-version", "6", "-Onone", "-g"]
    arguments += ["-j", str(jobs), "-enable-batch-mode", "-I", runtime, *extra, *files]
    measured = measure(arguments, cwd=build, timeout=timeout)
    messages = [line for line in measured.output.splitlines() if ": warning: " in line or ": error: " in line]
    warnings = sum(": warning: " in line for line in messages)
    errors = sum(": error: " in line for line in messages)
    return Compilation(measured, warnings, errors, messages)


def clear(folder):
    """Removes `folder` if it exists."""
    shutil.rmtree(folder, ignore_errors=True)


def mebibytes(count):
    return count / (1024 * 1024)
