#!/usr/bin/env python3
"""Measures how long the generated code of large documents takes to compile, and where the time goes.

Usage: Benchmarks/compile.py [--only NAME...] [--tool PATH] [--jobs N]

For GitHub (2021), Kubernetes core v1 and apps v1, and Stripe (2022 JSON) by default, generates the
code and compiles it as one debug module against the runtime module, with the frontend jobs of a
`swift build` debug build (`-Onone -g`, batch mode, two jobs, not whole-module). Prints wall and
CPU seconds, the peak memory of the largest compiler process, the LLVM IR instruction count, and
the frontend's time per phase summed over its jobs (from `-stats-output-dir`).
apple/swift-openapi-generator 1.13's figures for the same documents on this machine are printed
beside them for scale.

Builds openapi-forge in release mode unless --tool is given. Reads the shared corpus folder beside
the repository and prints a message when it is absent. Figures are printed, never asserted.
"""

import argparse
import collections
import json
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "Scripts"))
import corpuslib  # noqa: E402

# Debug build of apple/swift-openapi-generator 1.13's types+client output (swift build, two jobs).
PEER = {
    "github/api.github.com.v1.1.4-2021-oxide.json": (500, 7.4),
    "kubernetes/api__v1_openapi.json": (179, 2.45),
    "kubernetes/apis__apps__v1_openapi.json": (83, 1.18),
}
DEFAULT = [
    "github/api.github.com.v1.1.4-2021-oxide.json",
    "kubernetes/api__v1_openapi.json",
    "kubernetes/apis__apps__v1_openapi.json",
    "stripe/spec3.2022-04.json",
]
PHASES = {
    "typecheck": "time.swift.Type checking and Semantic analysis.wall",
    "SILGen": "time.swift.SILGen.wall",
    "SIL opt": "time.swift.SIL optimization.wall",
    "IRGen": "time.swift.IRGen.wall",
}


def frontend_stats(folder):
    """Sums the phases of every frontend job; what the named phases leave of a job is LLVM and the rest."""
    totals = collections.Counter()
    for path in pathlib.Path(folder).glob("*.json"):
        stats = json.loads(path.read_text())
        job = sum(value for key, value in stats.items() if key.startswith("time.swift-frontend.") and
                  key.endswith(".wall"))
        named = 0.0
        for label, key in PHASES.items():
            totals[label] += stats.get(key, 0.0)
            named += stats.get(key, 0.0)
        totals["LLVM+other"] += job - named
        totals["IR insts"] += stats.get("IRModule.NumIRInsts", 0)
    return totals


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="+", metavar="NAME")
    parser.add_argument("--tool")
    parser.add_argument("--jobs", type=int, default=2)
    arguments = parser.parse_args()
    corpuslib.use_private_fingerprint_cache()
    corpus = corpuslib.corpus_folder()
    if not corpus.is_dir():
        print("The corpus folder %s is absent: nothing to measure." % corpus)
        return 0

    names = arguments.only or DEFAULT
    documents = [document for document in corpuslib.documents(corpus) if any(name in document.name for name in names)]
    tool = pathlib.Path(arguments.tool) if arguments.tool else corpuslib.build_tool()
    runtime = corpuslib.runtime_module()
    for document in documents:
        work = pathlib.Path(tempfile.mkdtemp(prefix="forge-compile-"))
        corpuslib.generate(tool, document.path, work / "out")
        files = corpuslib.swift_files(work / "out")
        stats = work / "stats"
        stats.mkdir()
        compiled = corpuslib.compile_module(files, runtime, work / "build", jobs=arguments.jobs,
                                            extra=["-stats-output-dir", str(stats)])
        phases = frontend_stats(stats)
        measured = compiled.measured
        print("%s: %d files, %d lines; %s" % (document.name, len(files), corpuslib.line_count(files),
                                             "ok" if measured.status == 0 else "FAILED (%d errors)" % compiled.errors))
        print("  wall %.1f s, CPU %.1f s, peak %.2f GB, %d LLVM IR instructions" % (
            measured.seconds, measured.cpu_seconds, measured.peak_bytes / 1e9, phases.pop("IR insts")))
        print("  frontend seconds summed over jobs: " + ", ".join("%s %.1f" % item for item in phases.items()))
        if document.name in PEER:
            seconds, gigabytes = PEER[document.name]
            print("  peer: %d s, %.2f GB -> %.1fx faster, %.1fx less memory" % (
                seconds, gigabytes, seconds / measured.seconds, gigabytes * 1e9 / max(measured.peak_bytes, 1)))
        sys.stdout.flush()
        corpuslib.clear(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
