#!/usr/bin/env python3
"""Writes the Statlog German credit data (whitespace-separated, no header) as a CSV that `veil` reads.

Usage: python3 scripts/german_to_csv.py ../shared/data/german-credit/german.data german.csv

Columns (names from german.doc): the 20 attributes, then `age_group` (`old` when age >= 25, else `young`:
the protected attribute of Zemel et al. 2013 and AIF360's GermanDataset), then `credit` (`good` for class 1,
`bad` for class 2). Rows keep the file's order; values are copied unchanged. Stdlib only.
"""
import sys

NAMES = ["checking", "duration", "history", "purpose", "amount", "savings", "employment", "installment_rate",
         "personal_status", "other_debtors", "residence", "property", "age", "other_plans", "housing",
         "existing_credits", "job", "liable", "telephone", "foreign"]


def main(src, dst):
    rows = []
    with open(src) as f:
        for number, line in enumerate(f, 1):
            fields = line.split()
            if not fields:
                continue
            if len(fields) != 21:
                sys.exit(f"{src}, row {number}: expected 21 fields, found {len(fields)}")
            age = int(fields[12])
            credit = {"1": "good", "2": "bad"}.get(fields[20])
            if credit is None:
                sys.exit(f"{src}, row {number}, column credit: '{fields[20]}' is not 1 or 2")
            rows.append(fields[:20] + ["old" if age >= 25 else "young", credit])
    tmp = dst + ".tmp"
    with open(tmp, "w") as out:
        out.write(",".join(NAMES + ["age_group", "credit"]) + "\n")
        for r in rows:
            out.write(",".join(r) + "\n")
    import os
    os.replace(tmp, dst)
    print(f"wrote {dst}: {len(rows)} rows")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
