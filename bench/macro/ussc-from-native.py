#!/usr/bin/env python3
"""Writes the people of a native population CSV in the USSC datafile layout (the 22 codebook variables of
bench/Retroact.Bench/PopulationBenchmarks.cs), so `impact --format ussc` and `validate --format ussc` can be timed on
the same people. With --bad N, every Nth row carries a fault (an out-of-range code, a non-number, a quoted value
with a comma and a line break), so the reject path is exercised too.
Usage: bench/macro/ussc-from-native.py NATIVE.csv OUT.csv [--bad N]"""
import csv
import sys

DRUGS = {"cocaine": 1, "cocaine-base": 2, "heroin": 3, "marihuana": 4, "methamphetamine": 6, "ice": 10, "methamphetamine-actual": 19}
RACE = {"white": 1, "black": 2, "": 3}
CATEGORY = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
HEADER = ["USSCIDN", "SENTYR", "SENTMON", "GDLINEHI", "DRUGTYP1", "WGT1", "BASEHI", "XFOLSOR", "XCRHISSR", "TOTCHPTS",
          "SENTPTS", "STATMIN", "STATMAX", "SAFE", "BOOKERCD", "SENTTOT", "TOTPRISN", "NEWRACE", "NEWCIT", "MONSEX", "AGE", "DISTRICT"]
FAULTS = [("XCRHISSR", "7"), ("SENTMON", "13"), ("AGE", "forty"), ("GDLINEHI", "2D1.1,\nsee note")]


def main():
    source, target = sys.argv[1], sys.argv[2]
    bad = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--bad" else 0
    with open(source, newline="") as f, open(target, "w", newline="") as out:
        rows = csv.DictReader(f)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        for i, r in enumerate(rows, 1):
            life = r["life"] == "true"
            year, month = r["sentencedOn"][:4], str(int(r["sentencedOn"][5:7]))
            values = {
                "USSCIDN": str(i), "SENTYR": year, "SENTMON": month, "GDLINEHI": r["guideline"],
                "DRUGTYP1": str(DRUGS[r["drug1Substance"]]) if r["drug1Substance"] else "", "WGT1": r["drug1Grams"],
                "BASEHI": r["baseOffenseLevel"], "XFOLSOR": r["totalOffenseLevel"], "XCRHISSR": str(CATEGORY[r["criminalHistoryCategory"]]),
                "TOTCHPTS": r["criminalHistoryPoints"], "SENTPTS": r["statusPoints"], "STATMIN": r["statutoryMinimumMonths"] or "0",
                "STATMAX": r["statutoryMaximumMonths"] or "9996", "SAFE": "1" if r["safetyValve"] == "true" else "0",
                "BOOKERCD": "0" if not r["substantialAssistance"] else "5", "SENTTOT": "470" if life else r["termMonths"],
                "TOTPRISN": "9996" if life else r["termMonths"], "NEWRACE": str(RACE.get(r["race"], 6)),
                "NEWCIT": "0" if r["citizenship"] == "us" else "1", "MONSEX": "0" if r["sex"] == "male" else "1",
                "AGE": r["age"], "DISTRICT": str(i % 21),
            }
            if bad and i % bad == 0:
                column, value = FAULTS[(i // bad) % len(FAULTS)]
                values[column] = value
            writer.writerow([values[c] for c in HEADER])


if __name__ == "__main__":
    main()
