#!/usr/bin/env python3
"""Tally as a Spark stage: pack a corpus, read the shards with textFile, pipe each partition
through `tally stage`, check that every document came back, and reconcile into a JSON report
byte-identical to `tally check CORPUS --format json` (docs/spark.md).

    python3 integrations/spark/tally_spark.py CORPUS --out DIR [--master URL] [--shards N]
    spark-submit --files tally,bookings.csv,tally.yml integrations/spark/tally_spark.py ...

`tally` is found on PATH (on executors, also in their working folder, where `--files` puts it).
"""

import argparse
import json
import os
import shutil
import subprocess
import sys


def run(command):
    """Runs a command, exits with its status and message when it fails."""
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        sys.exit(result.returncode)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", help="the corpus folder (or --shards-from)")
    parser.add_argument("--out", required=True, help="where claims.jsonl and check.json go")
    parser.add_argument("--master", help="the Spark master (default: local[*], or spark-submit's)")
    parser.add_argument("--shards", type=int, default=16, help="how many shards to pack into")
    parser.add_argument("--shards-from", help="shards already packed by `tally pack`")
    parser.add_argument("--ledger", help="the ledger (default: bookings.csv at the corpus root)")
    parser.add_argument("--config", help="tally.yml (default: the one at the corpus root)")
    parser.add_argument("--tally", default="tally", help="the tally binary on the driver")
    args = parser.parse_args()
    if not args.corpus and not args.shards_from:
        parser.error("give a corpus or --shards-from")

    tally = shutil.which(args.tally) or args.tally
    os.makedirs(args.out, exist_ok=True)
    ledger = args.ledger or default(args.corpus, ["bookings.csv", "bookings.json", "bookings.jsonl"])
    config = args.config or default(args.corpus, ["tally.yml"])

    # 1. The corpus as a few large shards: Spark is fast on those, slow on many small files.
    shards = args.shards_from
    if not shards:
        shards = os.path.join(args.out, "shards")
        run([tally, "pack", args.corpus, shards, "--shards", str(args.shards), "--quiet"]
            + (["--config", config] if config else []))

    from pyspark import SparkContext, SparkConf, SparkFiles

    conf = SparkConf().setAppName("tally")
    if args.master:
        conf = conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf = conf.setMaster("local[*]")
    context = SparkContext(conf=conf)
    try:
        local = context.master.startswith("local")
        # The ledger and configuration go to every executor; locally, paths work as they are.
        stage = ["tally", "stage"]
        for option, path in (("--ledger", ledger), ("--config", config)):
            if path:
                if local:
                    stage += [option, os.path.abspath(path)]
                else:
                    context.addFile(path)
                    stage += [option, os.path.basename(path)]
        environment = {"PATH": os.pathsep.join([".", os.path.dirname(os.path.abspath(tally)),
                                                 os.environ.get("PATH", "")])}
        records = context.textFile(os.path.join(os.path.abspath(shards), "*.jsonl"))
        staged = records.pipe(" ".join(quote(part) for part in stage), env=environment,
                              checkCode=True)
        staged.cache()
        # 2. Every input document came back with a status: one document line per record.
        wanted = records.map(lambda line: key(json.loads(line))).collect()
        documents = staged.filter(lambda line: '"type":"document"' in line) \
                          .map(lambda line: key(json.loads(line))).collect()
        if sorted(wanted) != sorted(documents):
            missing = set(wanted) - set(documents)
            sys.stderr.write("tally_spark: %d records, %d document lines back; missing %s\n"
                             % (len(wanted), len(documents), sorted(missing)[:5]))
            sys.exit(1)
        lines = staged.collect()
    finally:
        context.stop()

    # 3. The claims, then the reconcile step on the driver.
    claims = os.path.join(args.out, "claims.jsonl")
    with open(claims + ".tmp", "w", encoding="utf-8") as out:
        for line in lines:
            out.write(line + "\n")
    os.replace(claims + ".tmp", claims)
    check = [tally, "check", "--claims", claims, "--format", "json",
             "--output", os.path.join(args.out, "check.json"), "--fail-on", "never", "--quiet"]
    for option, path in (("--ledger", ledger), ("--config", config)):
        if path:
            check += [option, path]
    run(check)
    print("tally_spark: %d documents staged; wrote %s and %s"
          % (len(documents), claims, os.path.join(args.out, "check.json")))


def key(record):
    return (record["docId"], record["order"])


def default(corpus, names):
    """The first of `names` at the corpus root, as `tally check` would find it."""
    if not corpus or not os.path.isdir(corpus):
        return None
    for name in names:
        path = os.path.join(corpus, name)
        if os.path.isfile(path):
            return path
    return None


def quote(part):
    """A word for the shell line rdd.pipe splits (it splits on spaces, with no quoting)."""
    if " " in part:
        sys.exit("tally_spark: a path with a space cannot go through rdd.pipe: %s" % part)
    return part


if __name__ == "__main__":
    main()
