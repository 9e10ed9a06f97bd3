#!/usr/bin/env python3
"""Writes Sources/ForgeEmitters/BundledTemplates.swift from the files in Templates/.

Each NAME.mustache becomes an entry "NAME" holding the file's exact text as a Swift raw
string literal, with enough '#' that no text inside can end it or start an interpolation.
Run from anywhere: python3 Scripts/embed-templates.py
"""

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "Templates"
OUTPUT = ROOT / "Sources" / "ForgeEmitters" / "BundledTemplates.swift"


def hashes_for(text):
    count = 1
    while ('"' + "#" * count) in text or ("\\" + "#" * count) in text:
        count += 1
    return "#" * count


INDENT = " " * 8


def literal(text):
    if "\r" in text:
        sys.exit("embed-templates: carriage returns are not allowed in templates")
    hashes = hashes_for(text)
    # Swift strips the closing delimiter's indentation from every line, and drops the newline
    # before the delimiter, so lines are indented and one newline is added.
    lines = [(INDENT + line) if line else "" for line in text.split("\n")]
    return hashes + '"""\n' + "\n".join(lines) + "\n" + INDENT + '"""' + hashes


def main():
    files = sorted(TEMPLATES.glob("*.mustache"))
    entries = []
    for path in files:
        name = path.name[: -len(".mustache")]
        text = path.read_text(encoding="utf-8")
        entries.append('        "' + name + '": ' + literal(text) + ",\n")
    body = "".join(entries) if entries else "        :\n"
    swift = (
        "// Written by Scripts/embed-templates.py from Templates/. Do not edit; rerun the script.\n"
        "\n"
        "/// The Mustache templates compiled into the tool, by name.\n"
        "enum BundledTemplates {\n"
        "    static let all: [String: String] = [\n" + body + "    ]\n"
        "}\n"
    )
    OUTPUT.write_text(swift, encoding="utf-8")


if __name__ == "__main__":
    main()
