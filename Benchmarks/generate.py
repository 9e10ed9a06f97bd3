#!/usr/bin/env python3
"""Measures generation: wall time and peak memory of `openapi-forge generate` on the largest documents.

Usage: Benchmarks/generate.py [COUNT] [--runs N] [--tool PATH]

For the COUNT largest corpus documents (default 8) and the multi-file DigitalOcean document (whose size is
that of the files it reads, root and references):
- a fresh `generate` into an empty folder, RUNS times (default 5): median wall seconds and the
  largest peak resident set size, also as a multiple of the document's size;
- a second `generate` into the same folder with nothing changed: its wall time and how many files
  it wrote (it must write none; a run that finds the input fingerprint unchanged writes none);
- the stages inside one process (read, schema model, render; medians), from
  Benchmarks/generate/main.swift linked against the release objects.

Builds openapi-forge in release mode (scratch path /tmp/build-corpus) unless --tool is given. Reads
the shared corpus folder beside the repository and prints a message when it is absent. Figures are
printed, never asserted: this 2-core machine is noisy, so compare ratios taken in one run.
"""

import argparse
import os
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "Scripts"))
import corpuslib  # noqa: E402

STAGE_MODULES = [
    "ForgeEmitters", "ForgeRendering", "ForgeSchemaModel", "ForgeDocument", "ForgePatterns", "ForgeFrontEnd",
    "ForgeDiagnostics",
    "OpenAPIForgeRuntime",
]


def stage_probe(release):
    """Links Benchmarks/generate/main.swift against the release objects; returns its path or None."""
    objects = []
    for module in STAGE_MODULES:
        objects += sorted(str(path) for path in (release / (module + ".build")).glob("*.o"))
    probe = release / "generate-stages"
    arguments = ["swiftc", "-O", "-I", str(release / "Modules"), "-I", str(corpuslib.ROOT / "Sources" / "CYAML")]
    arguments += [str(corpuslib.ROOT / "Benchmarks" / "generate" / "main.swift"), *objects, "-lyaml", "-l_FoundationICU", "-o",
                  str(probe)]
    done = subprocess.run(arguments, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return probe if done.returncode == 0 else None


def chosen_documents(count):
    corpus = corpuslib.corpus_folder()
    documents = [document for document in corpuslib.documents(corpus) if not document.swagger2]
    largest = sorted(documents, key=lambda document: -document.size)
    multifile = [document for document in documents if document.name == corpuslib.MULTIFILE_ROOT]
    return [document for document in largest if document not in multifile][:count] + multifile


def files_read_size(tool, document):
    """Returns the total size of the files that generating `document` reads: for a multi-file document,
    the root and every file its references reach, as listed in the input fingerprint of one run."""
    with tempfile.TemporaryDirectory(prefix="forge-files-read-") as scratch:
        cache = pathlib.Path(scratch) / "cache"
        subprocess.run([str(tool), "generate", str(document.path), "--output", str(pathlib.Path(scratch) / "out"),
                        "--quiet"], env=dict(os.environ, XDG_CACHE_HOME=str(cache)), stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
        fingerprints = list(cache.rglob("*"))
        paths = [line.split(" ", 2)[2] for file in fingerprints if file.is_file()
                 for line in file.read_text().splitlines() if line.startswith("document ")]
        return sum(os.path.getsize(path) for path in paths)


def measure_document(tool, document, runs, work):
    fresh = []
    for run in range(runs):
        output = work / ("fresh%d" % run)
        fresh.append(corpuslib.generate(tool, document.path, output).measured)
        if run < runs - 1:
            corpuslib.clear(output)
    again = corpuslib.generate(tool, document.path, work / ("fresh%d" % (runs - 1))).measured
    written = re.search(r"wrote (\d+) file\(s\)", again.output)
    corpuslib.clear(work)
    if written:
        return fresh, again, int(written.group(1))
    return fresh, again, 0 if ": up to date" in again.output else -1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", nargs="?", type=int, default=8)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tool")
    arguments = parser.parse_args()
    corpuslib.use_private_fingerprint_cache()
    if not corpuslib.corpus_folder().is_dir():
        print("The corpus folder %s is absent: nothing to measure." % corpuslib.corpus_folder())
        return 0

    tool = pathlib.Path(arguments.tool) if arguments.tool else corpuslib.build_tool()
    probe = stage_probe(tool.parent)
    print("machine: %d cores, %s" % (len(__import__("os").sched_getaffinity(0)), swift_version()))
    print("%-58s %8s %8s %8s %7s %8s %6s  %s" % ("document", "MB", "wall s", "peak MiB", "x size", "again s",
                                                  "wrote", "stages (medians)"))
    for document in chosen_documents(arguments.count):
        size = files_read_size(tool, document) if document.name == corpuslib.MULTIFILE_ROOT else document.size
        work = pathlib.Path(tempfile.mkdtemp(prefix="forge-generate-"))
        fresh, again, written = measure_document(tool, document, arguments.runs, work)
        peak = max(run.peak_bytes for run in fresh)
        stages = ""
        if probe:
            stages = subprocess.run([str(probe), str(document.path), str(arguments.runs)], stdout=subprocess.PIPE,
                                    text=True).stdout.strip()
        print("%-58s %8.2f %8.3f %8.0f %7.1f %8.3f %6d  %s" % (
            document.name, size / 1e6, statistics.median(run.seconds for run in fresh), corpuslib.mebibytes(peak),
            peak / size, again.seconds, written, stages), flush=True)
    return 0


def swift_version():
    done = subprocess.run(["swift", "--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return done.stdout.splitlines()[0] if done.stdout else "swift"


if __name__ == "__main__":
    sys.exit(main())
