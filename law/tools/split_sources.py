#!/usr/bin/env python3
"""Keeps user-facing citations pasteable: every `cite` in the law files names the Manual, amendment or statute only;
where a cite also named where the value was transcribed from (a reference file of this repository, a repository of
third-party text), the full original text is kept in a `source` field next to it and the internal part is removed
from `cite`. Drug Quantity Table lines are cited to the amendment that set them (per file, below).
Run from the repository root after transcribe_reference.py:  python3 law/tools/split_sources.py"""
import glob, json, re

INTERNAL = re.compile(r"legal-facts|tests/reference|\.csv\b|\.md\b|codexstanford|chunck|mmukku|ussc-mm|docs/Word", re.I)
PARAGRAPH = re.compile(r"§2D1\.1\(c\)\((\d+)\)")

# The amendment that set the §2D1.1(c) lines of each file (file name: substance.first-day).
SET_BY = {
    "1994-11-01": "as in force from Amend. 505 (eff. Nov. 1, 1994), which capped the table at level 38",
    "methamphetamine.1997-11-01": "as set by Amend. 555 (eff. Nov. 1, 1997)",
    "methamphetamine-actual.2000-11-01": "as set by Amend. 594 (eff. Nov. 1, 2000)",
    "ice.2000-11-01": "as set by Amend. 594 (eff. Nov. 1, 2000)",
    "2001-05-01": "as set by Amend. 610 (eff. May 1, 2001), re-promulgated by Amend. 622 (eff. Nov. 1, 2001)",
    "cocaine-base.2007-11-01": "as set by Amend. 706 (eff. Nov. 1, 2007), as amended by Amend. 711",
    "cocaine-base.2010-11-01": "as set by Amend. 748 (eff. Nov. 1, 2010), re-promulgated by Amend. 750 (eff. Nov. 1, 2011)",
    "2009-11-01": "as in force from Nov. 1, 2009 (Nov. 1, 2009 Manual; the Schedule III hydrocodone line added by Amend. 727)",
    "2014-11-01": "as set by Amend. 782 (eff. Nov. 1, 2014)",
}


def set_by(stem):
    return SET_BY.get(stem) or SET_BY[stem.split(".", 1)[1]]


def clean(text):
    """Drops the internal parts of a citation: inside each parenthesis, the ';'-separated parts (or a last ', ' part)
    that name an internal or transcription source; an emptied parenthesis goes too."""
    def group(m):
        kept = []
        for part in m.group(1).split(";"):
            if INTERNAL.search(part):
                head, sep, tail = part.rpartition(",")
                if sep and INTERNAL.search(tail) and not INTERNAL.search(head):
                    kept.append(head)
                continue
            kept.append(part)
        inner = ";".join(kept).strip(" ;,")
        return f"({inner})" if inner else ""
    held = []

    def hold(m):
        held.append(group(m))
        return f"\x00{len(held) - 1}\x00"
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\(([^()]*)\)", hold, text)
    while "\x00" in text:
        text = re.sub(r"\x00(\d+)\x00", lambda m: held[int(m.group(1))], text)
    text = re.sub(r"\s+([;,)])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ;,")


def walk(node):
    if isinstance(node, dict):
        for key in ("cite", "minimumLevelCite", "categoryCite"):
            value = node.get(key)
            if isinstance(value, str) and INTERNAL.search(value):
                node[key] = clean(value)
                node.setdefault("source", value)
                assert not INTERNAL.search(node[key]), node[key]
        for value in node.values():
            walk(value)
    elif isinstance(node, list):
        for value in node:
            walk(value)


for path in sorted(glob.glob("law/**/*.json", recursive=True)):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    if "/drug-quantity/" in path:
        stem = path.rsplit("/", 1)[1][:-5]
        for row in doc["rows"]:
            if "source" not in row:
                row["source"] = row["cite"]
                row["cite"] = f"USSG §2D1.1(c)({PARAGRAPH.search(row['source']).group(1)}) {set_by(stem)}"
    walk(doc)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")
