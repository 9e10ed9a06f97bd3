#!/usr/bin/env python3
"""Generates Swift for every document of the corpus and compiles the output against the runtime.

Usage: corpus-run.py [--only NAME...] [--small] [--no-compile] [--tool PATH] [--runtime DIR] [--corpus DIR]
                     [--keep] [--json FILE]

The corpus is read from the shared corpus folder beside the repository (or --corpus, or
$OPENAPI_FORGE_CORPUS). Every
.json/.yaml/.yml file is a document, except inside a multi-file specification, which counts by
its root file. OpenAPI 3.x documents must generate and compile without errors; Swagger 2.0
documents must be rejected with an error (a crash or an acceptance fails).

Prints one row per document: operations, types, generation time and peak memory, output lines,
compile time and peak memory of the largest compiler process, warnings (generator/compiler) and
the result. Peak memory needs GNU time at /usr/bin/time. Exits 1 when any document fails, 0
otherwise, and 0 with a message when the corpus is absent.

Without --tool, builds openapi-forge in release mode (scratch path /tmp/build-corpus). The
runtime module is emitted once per content of Sources/OpenAPIForgeRuntime into /tmp, unless
--runtime names a folder that has it (such as a SwiftPM build's Modules folder). Each
output is compiled with `swiftc -c -Onone -g -j 2 -enable-batch-mode -swift-version 6`.
"""

import argparse
import json
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import corpuslib  # noqa: E402

# Small and mid-size documents covering 3.0, 3.1 and 3.2, YAML and JSON, webhooks, callbacks,
# operations without responses, a Swagger 2.0 rejection and two real APIs.
SMALL = [
    "oai-learn-examples/v3.1/non-oauth-scopes.yaml",
    "oai-learn-examples/v3.1/webhook-example.json",
    "oai-learn-examples/v3.2/3.2-tags-example.yaml",
    "oai-spec-examples/v3.0/callback-example.yaml",
    "oai-spec-examples/v2.0/petstore.yaml",
    "oai-spec-examples/v3.0/link-example.yaml",
    "oai-spec-examples/v3.0/api-with-examples.json",
    "oai-learn-examples/v3.1/tictactoe.yaml",
    "oai-spec-examples/v3.0/uspto.yaml",
    "swift-openapi-generator/petstore.yaml",
    "box/openapi-v2025.0.json",
    "twilio/twilio_messaging_v1.yaml",
]

COLUMNS = [
    ("document", "<", 58),
    ("ops", ">", 5),
    ("types", ">", 6),
    ("gen s", ">", 7),
    ("gen MiB", ">", 8),
    ("lines", ">", 8),
    ("cc s", ">", 7),
    ("cc MiB", ">", 7),
    ("warn", ">", 9),
    ("result", "<", 0),
]


def row(values):
    cells = ["{:{}{}}".format(value, align, width) for value, (_, align, width) in zip(values, COLUMNS)]
    return " ".join(cells).rstrip()


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="+", metavar="NAME", help="documents whose path contains NAME")
    parser.add_argument("--small", action="store_true", help="a few small and mid-size documents, for CI")
    parser.add_argument("--no-compile", action="store_true", help="generate only")
    parser.add_argument("--tool", help="an openapi-forge executable to use instead of building one")
    parser.add_argument("--runtime", help="a folder holding OpenAPIForgeRuntime.swiftmodule to compile against")
    parser.add_argument("--corpus", help="the corpus folder")
    parser.add_argument("--keep", action="store_true", help="keep the generated files and builds")
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON to FILE")
    return parser.parse_args()


def selected(arguments, corpus):
    chosen = corpuslib.documents(corpus)
    if arguments.small:
        chosen = [document for document in chosen if document.name in SMALL]
    if arguments.only:
        chosen = [document for document in chosen if any(name in document.name for name in arguments.only)]
    return chosen


def check_rejection(generation):
    if generation.crashed:
        return "FAIL: crashed on a Swagger 2.0 document (status %d)" % generation.measured.status
    if generation.measured.status == 0:
        return "FAIL: accepted a Swagger 2.0 document"
    return "ok (rejected 2.0)"


def run_document(document, arguments, tool, runtime, work):
    """Generates and compiles one document; returns its row values and failure details."""
    output = work / "out" / document.name
    generation = corpuslib.generate(tool, document.path, output)
    values = {
        "document": document.name,
        "operations": generation.operations,
        "types": generation.types,
        "generate_seconds": generation.measured.seconds,
        "generate_peak_bytes": generation.measured.peak_bytes,
        "generator_warnings": generation.warnings,
    }
    if document.swagger2:
        values["result"] = check_rejection(generation)
        return values, generation.diagnostics[:3]
    if generation.crashed or generation.measured.status != 0:
        values["result"] = "FAIL: generate (status %d)" % generation.measured.status
        return values, (generation.diagnostics or generation.measured.output.splitlines())[:10]

    files = corpuslib.swift_files(output)
    values["files"] = len(files)
    values["lines"] = corpuslib.line_count(files)
    if arguments.no_compile:
        values["result"] = "ok (generated)"
        return values, []
    compilation = corpuslib.compile_module(files, runtime, work / "build" / document.name)
    values["compile_seconds"] = compilation.measured.seconds
    values["compile_peak_bytes"] = compilation.measured.peak_bytes
    values["compiler_warnings"] = compilation.warnings
    if compilation.measured.status != 0:
        values["result"] = "FAIL: compile (%d errors)" % compilation.errors
        return values, (compilation.messages or compilation.measured.output.splitlines())[:10]
    values["result"] = "ok"
    return values, []


def cells(values):
    def number(key, form):
        return form % values[key] if key in values else "-"

    warnings = "%d/%s" % (values["generator_warnings"], values.get("compiler_warnings", "-"))
    return [
        values["document"],
        values["operations"],
        values["types"],
        "%.2f" % values["generate_seconds"],
        "%.0f" % corpuslib.mebibytes(values["generate_peak_bytes"]),
        values.get("lines", "-"),
        number("compile_seconds", "%.1f"),
        "%.0f" % corpuslib.mebibytes(values["compile_peak_bytes"]) if "compile_peak_bytes" in values else "-",
        warnings,
        values["result"],
    ]


def main():
    arguments = parse_arguments()
    corpuslib.use_private_fingerprint_cache()
    corpus = corpuslib.corpus_folder(arguments.corpus)
    if not corpus.is_dir():
        print("The corpus folder %s is absent: nothing to run." % corpus)
        return 0
    if not corpuslib.has_time():
        print("%s is missing, so peak memory is not measured (apt-get install time)." % corpuslib.TIME)
    chosen = selected(arguments, corpus)
    if not chosen:
        print("No corpus document matches the selection.")
        return 1

    tool = pathlib.Path(arguments.tool) if arguments.tool else corpuslib.build_tool()
    runtime = arguments.runtime
    if runtime is None and not arguments.no_compile:
        runtime = corpuslib.runtime_module()
    work = pathlib.Path(tempfile.mkdtemp(prefix="forge-corpus-"))
    print(row([name for name, _, _ in COLUMNS]), flush=True)

    rows, failures = [], []
    for document in chosen:
        values, details = run_document(document, arguments, tool, runtime, work)
        rows.append(values)
        print(row(cells(values)), flush=True)
        if values["result"].startswith("FAIL"):
            failures.append((document.name, details))

    for name, details in failures:
        print("\n%s:" % name)
        for line in details:
            print("  " + line[:400])
    if arguments.json:
        pathlib.Path(arguments.json).write_text(json.dumps(rows, indent=2) + "\n")
    print("\n%d passed, %d failed" % (len(rows) - len(failures), len(failures)))
    if arguments.keep or failures:
        print("Generated files and builds: %s" % work)
    else:
        corpuslib.clear(work)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
