#!/usr/bin/env python3
"""Run openapi-spec-validator over OpenAPI documents and print one verdict per document.

The verdicts let the Swift tests compare OpenAPIForge's document reader with an independent
validator: a document the validator rejects for a real defect must be rejected by the reader
as well. Network access is disabled before anything is read, so a `$ref` to a URL fails
instead of fetching.

Output: one tab-separated line per document: verdict (valid, invalid or failed), seconds,
path, and the first line of the validator's message.

Usage:
  crosscheck-openapi-spec-validator.py [--max-bytes N] [--corpus DIR] [--fixtures DIR] [PATH ...]
With no PATH, the documents listed in DIR/MANIFEST.md of the corpus and the fixtures under
DIR/*.yaml are checked.
"""

import argparse
import glob
import os
import socket
import sys
import time


def block_network():
    def refuse(*args, **kwargs):
        raise OSError("network access is disabled during the cross-check")

    socket.socket.connect = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


def manifest_documents(corpus):
    paths = []
    with open(os.path.join(corpus, "MANIFEST.md"), encoding="utf-8") as manifest:
        for line in manifest:
            if line.startswith("| `"):
                paths.append(os.path.join(corpus, line[3:].split("`", 1)[0]))
    return paths


def verdict(path):
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        spec, base_uri = read_from_filename(path)
        validate(spec, base_uri=base_uri)
        return "valid", ""
    except OpenAPIValidationError as error:
        return "invalid", str(error).splitlines()[0][:300]
    except Exception as error:  # the validator failed to read or resolve the document
        message = str(error).splitlines()[0] if str(error) else ""
        return "failed", f"{type(error).__name__}: {message}"[:300]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-bytes", type=int, default=0, help="skip documents larger than this (0: no limit)")
    parser.add_argument("--corpus", help="corpus folder with MANIFEST.md")
    parser.add_argument("--fixtures", help="folder of fixture documents (*.yaml)")
    parser.add_argument("paths", nargs="*")
    options = parser.parse_args()

    block_network()
    paths = list(options.paths)
    if options.corpus:
        paths += manifest_documents(options.corpus)
    if options.fixtures:
        paths += sorted(glob.glob(os.path.join(options.fixtures, "*.yaml")))
    for path in paths:
        if options.max_bytes and os.path.getsize(path) > options.max_bytes:
            continue
        start = time.monotonic()
        result, message = verdict(path)
        print(f"{result}\t{time.monotonic() - start:.2f}\t{path}\t{message}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
