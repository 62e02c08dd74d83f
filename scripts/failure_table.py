#!/usr/bin/env python3
"""Prints the "Failure class of every exercise" table of docs/model.md from assets/exercises.txt.
The class, equipment, kind and systemic load come from the catalog; the reason for each class is
written by hand below, keyed by slug, and cites the seed articles (../shared/seeds/, 000-004).
Fails if an exercise has no reason or a reason names an exercise the catalog no longer has.
Usage: failure_table.py            print the table
       failure_table.py --check    exit 1 if docs/model.md's table differs from the catalog"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEGIN = "<!-- failure-table: begin (scripts/failure_table.py) -->"
END = "<!-- failure-table: end -->"

# Reasons shared by several exercises.
SQUAT = "seed 004 names squats: form breaks down under a loaded bar; seed 002 agrees"
DEADLIFT = "seed 004 names deadlifts: form breaks down; seed 003: most neural fatigue"
OHP = "seed 004 names the overhead press: form breaks down"
BENCH = "seed 002: free-weight pressing, stop short; seed 004's sample plan keeps bench at RIR 1-2"
OLY = "seed 002: Olympic lift, stop short; seed 003: most neural fatigue"
HINGE = "seed 002/004: heavy barbell hinge (deadlift family), the back rounds as form breaks"
BB_ROW = "seed 002: free-weight full-body compound; the hinged back holds the load"
MACHINE = "seed 004: machine, fixed path, failure is safe"
MACHINE_PRESS = "seed 002: machine pressing, failure is safe"
CABLE = "seed 004: cable machine, fixed path, failure is safe"
ISOLATION = "seed 004: isolation, low risk and little systemic fatigue"
CALF = "seed 002: calf isolation, go to failure"
ABS = "seed 002: ab isolation, go to failure"
ARM = "seed 002: arm isolation, go to failure; seed 004 names curls"
DB_PRESS = "seed 002: free-weight pressing, stop short; seed 004: compound, leave 1-2 RIR"
DB_COMPOUND = "seed 004: free-weight compound, leave 1-2 RIR"
UNILATERAL = "seed 004: free-weight compound, leave 1-2 RIR; balance goes before the muscle"
MACHINE_SQUAT = "seed 004: machine path, but a heavy squat pattern; seed 004's plan keeps leg press short of failure"
KB_BALLISTIC = "seed 002: full-body ballistic compound, stop when speed drops"
BW_PULL = "seed 004: compound, leave 1-2 RIR; failure itself is harmless (borderline)"

REASONS = {
    # legs: squat pattern
    "back-squat": SQUAT,
    "front-squat": SQUAT,
    "hack-squat": MACHINE_SQUAT + " (borderline)",
    "leg-press": "seed 004: machine path, but heavy and systemic; its sample plan keeps leg press short of failure (borderline)",
    "goblet-squat": "seed 004: a squat, but light and easy to set down; a compound, so leave 1-2 RIR (borderline)",
    "smith-machine-squat": "seed 004: fixed path, but a loaded bar on the back; squat rule applies (borderline)",
    "box-squat": SQUAT,
    "pendulum-squat": MACHINE_SQUAT + " (was safe; see below)",
    "belt-squat": MACHINE_SQUAT,
    "bulgarian-split-squat": UNILATERAL,
    "walking-lunge": UNILATERAL,
    "reverse-lunge": UNILATERAL,
    "step-up": UNILATERAL,
    "leg-extension": "seed 004 names leg extension as a good failure exercise; seed 002: quad isolation",
    "sissy-squat": "seed 002: quad isolation, bodyweight only",
    "pistol-squat": UNILATERAL,
    "kettlebell-front-squat": "seed 004: a squat, but light and easy to set down (as goblet squat)",
    # legs: hinge pattern
    "deadlift": DEADLIFT,
    "sumo-deadlift": DEADLIFT,
    "trap-bar-deadlift": DEADLIFT,
    "romanian-deadlift": HINGE + " (borderline)",
    "stiff-leg-deadlift": HINGE,
    "dumbbell-romanian-deadlift": "seed 004: free-weight compound, leave 1-2 RIR; lighter than the barbell RDL",
    "rack-pull": HINGE,
    "good-morning": HINGE + "; the bar sits on the back",
    "hip-thrust": "seed 004: barbell compound, leave 1-2 RIR; but failure just rests the bar on the hips (borderline)",
    "machine-hip-thrust": MACHINE,
    "glute-bridge": ISOLATION + ", bodyweight",
    "cable-pull-through": CABLE,
    "kettlebell-swing": KB_BALLISTIC,
    "single-leg-romanian-deadlift": UNILATERAL,
    "back-extension": "seed 002: lower-back isolation, go to failure; bodyweight (was caution; see below)",
    "reverse-hyperextension": MACHINE + "; seed 002: lower-back isolation",
    "leg-curl": "seed 002: hamstring isolation; seed 004: machine",
    "seated-leg-curl": "seed 002: hamstring isolation; seed 004: machine",
    "nordic-curl": "seed 002: hamstring isolation, but all eccentric: seeds 001/003 keep negatives for the experienced",
    "cable-glute-kickback": CABLE,
    "hip-abduction-machine": MACHINE + "; isolation",
    "adductor-machine": MACHINE + "; isolation",
    "copenhagen-plank": ISOLATION + ", isometric, bodyweight",
    "standing-calf-raise": CALF,
    "seated-calf-raise": CALF,
    "leg-press-calf-raise": CALF,
    "single-leg-calf-raise": CALF,
    "donkey-calf-raise": CALF,
    # chest
    "bench-press": BENCH,
    "incline-bench-press": BENCH,
    "decline-bench-press": BENCH,
    "close-grip-bench-press": BENCH,
    "dumbbell-press": DB_PRESS + " (borderline)",
    "incline-dumbbell-press": DB_PRESS,
    "machine-chest-press": MACHINE_PRESS,
    "smith-machine-bench-press": "seed 004: fixed path, but a free bar over the chest until re-racked (borderline)",
    "dumbbell-fly": "seed 004's sample plan takes flyes to failure on the last set",
    "pec-deck": "seed 003 uses pec deck for failure work; seed 004: machine",
    "cable-crossover": CABLE,
    "low-to-high-cable-fly": CABLE,
    "push-up": "assumption: failure just ends on the floor, low systemic load; seed 004's compound rule says RIR 1-2 (borderline)",
    "dip": "seed 004: compound, leave 1-2 RIR; shoulders deep under bodyweight at failure (borderline)",
    "machine-incline-press": MACHINE_PRESS,
    "kettlebell-floor-press": DB_PRESS,
    # back
    "pull-up": BW_PULL,
    "chin-up": BW_PULL,
    "assisted-pull-up": MACHINE,
    "lat-pulldown": CABLE + " (seed 004's plan stops short)",
    "close-grip-lat-pulldown": CABLE,
    "straight-arm-pulldown": CABLE,
    "barbell-row": BB_ROW,
    "pendlay-row": BB_ROW,
    "t-bar-row": "seed 002: free-weight compound; the landmine arc steadies the bar (borderline)",
    "dumbbell-row": "seed 004: free-weight compound, leave 1-2 RIR; braced on a bench (borderline)",
    "seated-cable-row": CABLE,
    "chest-supported-row": MACHINE + "; the chest pad spares the back",
    "inverted-row": "assumption: failure just lowers you to the floor, low systemic load (as push-up)",
    "kettlebell-row": "seed 004: free-weight compound, leave 1-2 RIR",
    "machine-pullover": MACHINE + "; isolation",
    "dumbbell-pullover": "seed 004: isolation, but the weight is over the face at full stretch",
    "shrug": ISOLATION + "; failure leaves the bar hanging (was caution; see below)",
    "dumbbell-shrug": ISOLATION,
    "face-pull": CABLE,
    # shoulders
    "overhead-press": OHP,
    "push-press": OHP + "; leg drive adds load",
    "seated-dumbbell-press": DB_PRESS,
    "machine-shoulder-press": MACHINE_PRESS,
    "arnold-press": DB_PRESS,
    "landmine-press": "seed 002: free-weight pressing, stop short; the pivot steadies the bar",
    "kettlebell-press": DB_PRESS,
    "lateral-raise": ISOLATION,
    "cable-lateral-raise": CABLE,
    "machine-lateral-raise": MACHINE + "; isolation",
    "upright-row": "seed 004: barbell compound, leave 1-2 RIR; form breaks at the shoulder",
    "front-raise": ISOLATION,
    "rear-delt-fly": ISOLATION,
    "reverse-pec-deck": MACHINE + "; isolation",
    "cable-rear-delt-fly": CABLE,
    "band-pull-apart": ISOLATION,
    # arms
    "biceps-curl": ARM,
    "dumbbell-curl": ARM,
    "hammer-curl": ARM,
    "incline-dumbbell-curl": ARM,
    "preacher-curl": ARM,
    "cable-curl": ARM,
    "concentration-curl": ARM,
    "ez-bar-curl": ARM,
    "triceps-pushdown": ARM,
    "overhead-cable-extension": ARM,
    "skull-crusher": "seed 002: arm isolation, but seed 004: a failing rep lowers the bar to the head (borderline)",
    "dumbbell-overhead-extension": ARM,
    "triceps-kickback": ARM,
    "bench-dip": "seed 004: compound, leave 1-2 RIR; shoulders at end range under load",
    "diamond-push-up": "assumption: failure just ends on the floor (as push-up)",
    "machine-dip": MACHINE_PRESS,
    "wrist-curl": ARM,
    "reverse-wrist-curl": ARM,
    "reverse-curl": ARM,
    "farmers-walk": "seed 004: loaded full-body compound, leave 1-2 RIR; grip fails first",
    "dead-hang": ISOLATION + ", isometric",
    # core
    "cable-crunch": ABS,
    "hanging-leg-raise": ABS,
    "crunch": ABS,
    "ab-wheel-rollout": "seed 002: ab isolation, but seed 004: the lower back sags as form breaks (borderline)",
    "plank": ABS,
    "machine-crunch": ABS,
    "decline-sit-up": ABS,
    "pallof-press": ABS,
    "kettlebell-windmill": "seed 004: loaded overhead with a bent, twisting trunk, leave reps in reserve",
    "russian-twist": ABS,
    # olympic and kettlebell full-body
    "power-clean": OLY,
    "hang-clean": OLY,
    "snatch": OLY,
    "clean-and-jerk": OLY,
    "kettlebell-clean": KB_BALLISTIC,
    "kettlebell-snatch": OLY + "; a bell overhead at speed",
    "turkish-get-up": "seed 004: load held overhead through a long compound, technical failure is unsafe",
    "thruster": SQUAT + "; plus an overhead press",
    "kettlebell-goblet-lunge": UNILATERAL,
    "kettlebell-high-pull": KB_BALLISTIC,
}


def catalog():
    rows = []
    for line in (ROOT / "assets" / "exercises.txt").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, slug, name, equipment, kind, failure, systemic, _muscles, _aliases = line.split("|")
        rows.append((int(code), slug, name, equipment, kind, failure, systemic))
    return rows


def table():
    rows = catalog()
    slugs = {r[1] for r in rows}
    missing = [r[1] for r in rows if r[1] not in REASONS]
    stale = [s for s in REASONS if s not in slugs]
    if missing or stale:
        sys.exit(f"failure_table.py: no reason for {missing}; reasons for unknown slugs {stale}")
    out = ["| # | exercise | equipment, kind | systemic | class | reason |", "|---|---|---|---|---|---|"]
    for code, slug, name, equipment, kind, failure, systemic in rows:
        out.append(f"| {code} | {name} | {equipment}, {kind} | {systemic} | {failure} | {REASONS[slug]} |")
    counts = {c: sum(r[5] == c for r in rows) for c in ("avoid", "caution", "safe")}
    out.append("")
    out.append(f"{len(rows)} exercises: {counts['avoid']} avoid, {counts['caution']} caution, {counts['safe']} safe.")
    return "\n".join(out) + "\n"


def main():
    text = table()
    if sys.argv[1:] == ["--check"]:
        doc = (ROOT / "docs" / "model.md").read_text()
        try:
            current = doc.split(BEGIN + "\n", 1)[1].split(END, 1)[0]
        except IndexError:
            sys.exit("failure_table.py: docs/model.md has no failure-table markers")
        if current != text:
            sys.exit("failure_table.py: docs/model.md's failure table is out of date; run scripts/failure_table.py")
        return
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
