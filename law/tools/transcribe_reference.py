#!/usr/bin/env python3
"""One-off transcription of the reference CSVs (tests/reference/, copied from the project's reference set with their
source columns intact) into the law's JSON table files. Every row's citation is the CSV's own `manual` and `source`
columns, so the JSON carries exactly the provenance the reference gives. Run from the repository root:
    python3 law/tools/transcribe_reference.py
The JSON files are the law; this script only records how they were first produced. law/tools/split_sources.py then
moves this provenance to each row's `source` and cites each line to the amendment that set it."""
import csv, json, os
from decimal import Decimal

REF = "tests/reference"
OUT = "law/tables"

IDS = {
    "Heroin": "heroin", "Cocaine": "cocaine", "Cocaine Base": "cocaine-base", "PCP": "pcp", "PCP (actual)": "pcp-actual",
    "Methamphetamine": "methamphetamine", "Methamphetamine (actual)": "methamphetamine-actual", "Ice": "ice",
    "Amphetamine": "amphetamine", "Amphetamine (actual)": "amphetamine-actual", "LSD": "lsd", "Fentanyl": "fentanyl",
    "Fentanyl Analogue": "fentanyl-analogue", "Marihuana": "marihuana", "Hashish": "hashish", "Hashish Oil": "hashish-oil",
    "Ketamine": "ketamine", "Schedule I or II Depressants": "schedule-i-ii-depressants", "Flunitrazepam": "flunitrazepam",
    "Schedule III Hydrocodone": "schedule-iii-hydrocodone",
    "Schedule III substances (except Ketamine or Hydrocodone)": "schedule-iii",
    "Schedule IV substances (except Flunitrazepam)": "schedule-iv", "Schedule V substances": "schedule-v",
}

# The first day each 2013-table substance's lines stood as in drug-quantity-2013.csv (issue 2; legal-facts.md §2b).
SINCE_2013 = {
    "methamphetamine": "1997-11-01", "methamphetamine-actual": "2000-11-01", "ice": "2000-11-01",
    "amphetamine": "2001-05-01", "amphetamine-actual": "2001-05-01", "cocaine-base": "2010-11-01",
}


def num(text):
    text = text.replace(",", "").strip()
    if not text:
        return None
    d = Decimal(text).normalize()
    return int(d) if d == d.to_integral_value() else float(d)


def write(path, doc):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


def tables(csv_name, since_of, measure):
    by_substance = {}
    with open(os.path.join(REF, csv_name), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            by_substance.setdefault(IDS[r["substance"]], []).append(r)
    for sid, rows in by_substance.items():
        since = since_of(sid)
        lo, hi = ("min_grams", "max_grams") if measure == "grams" else ("min_units", "max_units")
        out_rows = []
        for r in sorted(rows, key=lambda r: -int(r["base_offense_level"])):
            row = {"level": int(r["base_offense_level"])}
            if num(r[lo]) is not None:
                row["atLeast"] = num(r[lo])
            if num(r[hi]) is not None:
                row["lessThan"] = num(r[hi])
            row["cite"] = f"USSG §2D1.1(c)({r['dqt_paragraph']}), {r['manual']}; {r['source']}"
            out_rows.append(row)
        write(f"{OUT}/drug-quantity/{sid}.{since}.json", {
            "substance": sid,
            "name": rows[0]["substance"],
            "measure": measure,
            "source": f"{REF}/{csv_name}",
            "rows": out_rows,
        })


def sentencing_table():
    rows = {}
    with open(os.path.join(REF, "sentencing-table.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.setdefault(int(r["offense_level"]), []).append(r["range_months"])
    write(f"{OUT}/sentencing-table.json", {
        "title": "Sentencing Table (in months of imprisonment), USSG Ch. 5, Pt. A",
        "source": f"{REF}/sentencing-table.csv",
        "rows": [{
            "level": level,
            "ranges": ranges,
            "cite": f"USSG Ch. 5, Pt. A, Sentencing Table, offense level {level} (unchanged since Amend. 462, Nov. 1, 1992; "
                    "Historical Note lists only 270, 418, 462, 738; all 258 cells identical in the 2016 and 2025 Manuals, "
                    "legal-facts.md §1)",
        } for level, ranges in sorted(rows.items())],
    })


sentencing_table()
tables("drug-quantity-2013.csv", lambda s: SINCE_2013.get(s, "1994-11-01"), "grams")
tables("drug-quantity-2014.csv", lambda s: "2014-11-01", "grams")
tables("drug-quantity-crack-pre2007.csv", lambda s: "1994-11-01", "grams")
tables("drug-quantity-crack-2007.csv", lambda s: "2007-11-01", "grams")
tables("drug-quantity-units-2013.csv", lambda s: "2009-11-01", "units")
tables("drug-quantity-units-2014.csv", lambda s: "2014-11-01", "units")
