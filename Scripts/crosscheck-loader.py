#!/usr/bin/env python3
"""Compare the front end's canonical JSON with what Python's json and PyYAML load.

Usage: crosscheck-loader.py CORPUS_DIR OURS_DIR

For every .json, .yaml and .yml file under CORPUS_DIR, OURS_DIR contains either
<relative path>.canonical.json (the front end loaded it) or <relative path>.error
(the front end rejected it, with its message). Python loads the original and the two
are compared as data. Exit status 1 when any file disagrees.

PyYAML resolves plain scalars by YAML 1.1 (yes/no/on/off booleans, sexagesimal and
0-prefixed octal integers, 1_000, timestamps, floats that need a dot). The front end
follows the YAML 1.2 core schema, so the loader below replaces PyYAML's implicit
resolvers with the core schema's (keeping merge keys), and constructs those types
itself. Mapping keys are compared as written (a key 200 is "200"); a duplicate key is
an error on both sides; floats compare by value, NaN equal to NaN.
"""

import json
import math
import os
import re
import sys

import yaml

BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
TAG = "tag:yaml.org,2002:"


class CoreSchemaLoader(BaseLoader):
    """A safe loader with YAML 1.2 core schema resolution and strict keys."""


CoreSchemaLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
    (
        "float",
        r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
        "-+0123456789.",
    ),
    ("null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("merge", r"<<", "<"),
]:
    CoreSchemaLoader.add_implicit_resolver(TAG + tag, re.compile(r"^(?:%s)$" % pattern), list(first))


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text)


def construct_float(loader, node):
    text = loader.construct_scalar(node)
    lowered = text.lower()
    if lowered in (".inf", "+.inf"):
        return math.inf
    if lowered == "-.inf":
        return -math.inf
    if lowered == ".nan":
        return math.nan
    return float(text)


def construct_mapping(loader, node):
    explicit = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(None, None, "non-scalar key", key_node.start_mark)
        if key_node.tag == TAG + "merge":
            continue
        if key_node.value in explicit:
            raise yaml.constructor.ConstructorError(None, None, "duplicate key %r" % key_node.value, key_node.start_mark)
        explicit[key_node.value] = True
    loader.flatten_mapping(node)
    result = {}
    for key_node, value_node in node.value:
        result[key_node.value] = loader.construct_object(value_node, deep=True)
    return result


CoreSchemaLoader.add_constructor(TAG + "int", construct_int)
CoreSchemaLoader.add_constructor(TAG + "float", construct_float)
CoreSchemaLoader.add_constructor(TAG + "bool", lambda loader, node: loader.construct_scalar(node) in ("true", "True", "TRUE"))
CoreSchemaLoader.add_constructor(TAG + "map", construct_mapping)
CoreSchemaLoader.add_constructor(TAG + "timestamp", lambda loader, node: loader.construct_scalar(node))


def reject_duplicates(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key %r" % key)
        result[key] = value
    return result


def reject_constant(name):
    raise ValueError("%s is not JSON" % name)


def load_original(path):
    with open(path, "rb") as handle:
        data = handle.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("utf-8")
    if path.endswith(".json"):
        return json.loads(text, object_pairs_hook=reject_duplicates, parse_constant=reject_constant)
    return yaml.load(text, Loader=CoreSchemaLoader)


def same_float(left, right):
    try:
        left, right = float(left), float(right)
    except OverflowError:
        return False
    return left == right or (math.isnan(left) and math.isnan(right))


def difference(ours, theirs, pointer=""):
    """Return a description of the first difference, or None when equal as data."""
    if isinstance(ours, bool) or isinstance(theirs, bool):
        same = type(ours) is type(theirs) and ours == theirs
    elif isinstance(ours, (int, float)) and isinstance(theirs, (int, float)):
        if isinstance(ours, float) or isinstance(theirs, float):
            same = same_float(ours, theirs)
        else:
            same = ours == theirs
    elif isinstance(ours, dict) and isinstance(theirs, dict):
        if ours.keys() != theirs.keys():
            extra = sorted(set(ours) - set(theirs))[:3]
            missing = sorted(set(theirs) - set(ours))[:3]
            return "%s: keys differ (only ours: %r, only Python: %r)" % (pointer or "/", extra, missing)
        for key in ours:
            found = difference(ours[key], theirs[key], pointer + "/" + key.replace("~", "~0").replace("/", "~1"))
            if found:
                return found
        return None
    elif isinstance(ours, list) and isinstance(theirs, list):
        if len(ours) != len(theirs):
            return "%s: %d elements, Python has %d" % (pointer or "/", len(ours), len(theirs))
        for index, (left, right) in enumerate(zip(ours, theirs)):
            found = difference(left, right, "%s/%d" % (pointer, index))
            if found:
                return found
        return None
    else:
        same = type(ours) is type(theirs) and ours == theirs
    return None if same else "%s: ours %r, Python %r" % (pointer or "/", ours, theirs)


def check(corpus, ours_dir, relative):
    """Return (status, detail): status is 'agree', 'both-rejected' or 'mismatch'."""
    base = os.path.join(ours_dir, relative)
    ours_error = None
    if os.path.exists(base + ".error"):
        with open(base + ".error", encoding="utf-8") as handle:
            ours_error = handle.read().strip()
    try:
        theirs = load_original(os.path.join(corpus, relative))
        theirs_error = None
    except (yaml.YAMLError, ValueError, RecursionError) as error:
        theirs, theirs_error = None, str(error).splitlines()[0]
    if ours_error is not None or theirs_error is not None:
        if ours_error is not None and theirs_error is not None:
            return "both-rejected", "ours: %s | Python: %s" % (ours_error, theirs_error)
        return "mismatch", "ours: %s | Python: %s" % (ours_error or "loaded", theirs_error or "loaded")
    if not os.path.exists(base + ".canonical.json"):
        return "mismatch", "no output from the front end"
    with open(base + ".canonical.json", encoding="utf-8") as handle:
        ours = json.load(handle)
    found = difference(ours, theirs)
    return ("mismatch", found) if found else ("agree", "")


def documents(corpus):
    for folder, _, names in os.walk(corpus):
        for name in sorted(names):
            if name.endswith((".json", ".yaml", ".yml")):
                yield os.path.relpath(os.path.join(folder, name), corpus)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, ours_dir = sys.argv[1], sys.argv[2]
    counts = {"agree": 0, "both-rejected": 0, "mismatch": 0}
    for relative in sorted(documents(corpus)):
        status, detail = check(corpus, ours_dir, relative)
        counts[status] += 1
        if status != "agree":
            print("%s: %s: %s" % (status, relative, detail))
    print(
        "crosscheck: %d documents, %d agree, %d rejected by both, %d mismatches (PyYAML %s)"
        % (sum(counts.values()), counts["agree"], counts["both-rejected"], counts["mismatch"], BaseLoader.__name__)
    )
    sys.exit(1 if counts["mismatch"] else 0)


if __name__ == "__main__":
    main()
