#!/usr/bin/env python3
"""Compares the Parquet tables of two ogi output roots: same tables, same schemas, same rows.

    python3 .ci/compare_tables.py EXPECTED_ROOT ACTUAL_ROOT [--ignore COLUMN ...]

Rows are compared as multisets (EXCEPT ALL both ways), so file names, file count and row order
inside a partition do not matter; `year` comes from the partition folders (hive partitioning).
Prints one line per table and exits 1 on any difference. Needs the duckdb package.
"""
import argparse
import os
import sys

import duckdb

TABLES = [
    "documents",
    "applications",
    "review_litigation",
    "proactive_disclosure",
    "legacy_statistics",
    "trends_province_year",
    "trends_national_year",
]


def relation(con, root, table):
    glob = os.path.join(root, table, "**", "*.parquet")
    return f"read_parquet('{glob}', hive_partitioning = true, union_by_name = true)"


def schema(con, rel, ignore):
    cols = con.execute(f"describe select * from {rel}").fetchall()
    return [(name, type_) for name, type_, *_ in cols if name not in ignore]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("expected")
    ap.add_argument("actual")
    ap.add_argument("--ignore", action="append", default=[], help="column left out of the comparison")
    args = ap.parse_args()
    con = duckdb.connect()
    failures = 0
    for root in (args.expected, args.actual):
        extra = sorted(
            d for d in os.listdir(root) if not d.startswith(("_", ".")) and d not in TABLES
        )
        if extra:
            print(f"compare: unexpected folders in {root}: {extra}")
            failures += 1
    for table in TABLES:
        missing = [r for r in (args.expected, args.actual) if not os.path.isdir(os.path.join(r, table))]
        if missing:
            print(f"compare: {table}: MISSING in {missing}")
            failures += 1
            continue
        exp, act = relation(con, args.expected, table), relation(con, args.actual, table)
        exp_schema, act_schema = schema(con, exp, args.ignore), schema(con, act, args.ignore)
        if exp_schema != act_schema:
            print(f"compare: {table}: SCHEMA differs\n  expected {exp_schema}\n  actual   {act_schema}")
            failures += 1
            continue
        cols = ", ".join(f'"{name}"' for name, _ in exp_schema)
        n_exp = con.execute(f"select count(*) from {exp}").fetchone()[0]
        n_act = con.execute(f"select count(*) from {act}").fetchone()[0]
        only_exp = con.execute(f"select {cols} from {exp} except all select {cols} from {act}").fetchall()
        only_act = con.execute(f"select {cols} from {act} except all select {cols} from {exp}").fetchall()
        if n_exp != n_act or only_exp or only_act:
            print(
                f"compare: {table}: DIFFERS rows expected={n_exp} actual={n_act}"
                f" only-in-expected={len(only_exp)} only-in-actual={len(only_act)}"
            )
            for row in only_exp[:3]:
                print(f"  - {row}")
            for row in only_act[:3]:
                print(f"  + {row}")
            failures += 1
        else:
            print(f"compare: {table}: equal ({n_exp} rows, {len(exp_schema)} columns)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
