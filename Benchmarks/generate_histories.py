#!/usr/bin/env python3
"""Writes a national-scale emulation history for the eligibility benchmark (issue 4), reproducibly (seeded):
N_PEOPLE people and N_COLLECTIVES collectives, rated 2015–2024, with their titles, awards, initiatives,
discipline and pending matters. Progress goes to stderr every 100,000 subjects.

    python3 Benchmarks/generate_histories.py 1000000 50000 OUTDIR

Files (UTF-8, header row, no quoted fields):
    subjects.csv      id,kind,gender,total,completed,disciplined,women,ldtt,cstdcs   (member counts of the
                      evaluation year, collectives only; an empty count is unknown)
    ratings.csv       subject,year,rating                 (excellent | good | completed | failed)
    achievements.csv  subject,code,year,type,revoked      (type: regular | thematic | unscheduled; revoked 0/1)
    initiatives.csv   subject,year,scope                  (grassroots | ministry | national)
    discipline.csv    subject,from,to                     (to empty: still running)
    pending.csv       subject,kind,from,to                (to empty: still open)

The titles follow the ratings and initiatives the way a unit would grant them (most of the time, not always),
so that every code of the catalogue has eligible, manual-check and not-eligible subjects in 2024. Awards
granted before 2015 (a senior person's Bằng khen, Bằng khen Thủ tướng) are part of the history too: Huân
chương Lao động hạng Ba needs a Bằng khen Thủ tướng five years back, which needs a Bằng khen five years before.

One achievement earns one reward (issue 12): a person's CSTĐ cấp bộ, CSTĐ toàn quốc, Bằng khen cấp bộ (two
years in a row), Bằng khen Thủ tướng and Huân chương Lao động are granted on achievements after the latest award
of the same code, as a unit does (3% of the time on spent ones all the same). So the histories hold earlier
awards of each of them in every year up to 2023, and the cycle rules some 2024 answers out (a CSTĐ cấp bộ of 2022
behind a CSTĐCS streak of 2022–2024, a Bằng khen of 2023, a Bằng khen Thủ tướng since the last Bằng khen…).
These grants draw from their own seeded generator, so the rest of the history does not depend on them.
"""
import datetime
import random
import sys

FIRST, LAST = 2015, 2024
YEARS = range(FIRST, LAST + 1)
EX, GOOD, COMP, FAIL = "excellent", "good", "completed", "failed"
RANK = {FAIL: 0, COMP: 1, GOOD: 2, EX: 3}

# Tiers of people: share, rating probabilities (excellent, good, completed; failed is the rest),
# chance of an initiative in a year, scope probabilities (ministry, national; grassroots is the rest).
TIERS = [
    (0.06, (0.70, 0.28, 0.015), 0.60, (0.35, 0.10)),   # stars
    (0.22, (0.25, 0.70, 0.04), 0.30, (0.20, 0.04)),    # strong
    (0.62, (0.07, 0.83, 0.08), 0.08, (0.12, 0.01)),    # ordinary
    (0.10, (0.01, 0.52, 0.33), 0.02, (0.05, 0.00)),    # weak
]
DAY0 = datetime.date(2014, 1, 1).toordinal()
# Share of the grants of a code with a window of more than a year (CSTĐ cấp bộ, toàn quốc, Bằng khen cấp bộ,
# Thủ tướng, Huân chương Lao động) made on achievements an earlier award of the same code already rewarded.
IRREGULAR = 0.03


def pick_tier(rng):
    r = rng.random()
    for i, t in enumerate(TIERS):
        r -= t[0]
        if r < 0:
            return i
    return len(TIERS) - 1


def rate(rng, probs):
    r = rng.random()
    if r < probs[0]:
        return EX
    if r < probs[0] + probs[1]:
        return GOOD
    if r < probs[0] + probs[1] + probs[2]:
        return COMP
    return FAIL


def iso(ordinal):
    return datetime.date.fromordinal(ordinal).isoformat()


def discipline_rows(rng, sid, out):
    """One span (sometimes two); returns the set of years it overlaps, in which no title is granted."""
    years = set()
    for _ in range(2 if rng.random() < 0.08 else 1):
        r = rng.random()
        if r < 0.03:      # starts after the evaluation year, still running: blocks all the same
            start = datetime.date(2025, 1, 1).toordinal() + rng.randrange(120)
            end = None
        else:
            start = DAY0 + rng.randrange(11 * 365)
            d = rng.random()
            end = None if d < 0.10 else start + (182 if d < 0.5 else 365 if d < 0.85 else 730) - 1
            if rng.random() < 0.10 and end is not None:  # on a window's boundary
                y = rng.choice([2018, 2019, 2020, 2021, 2022, 2023])
                end = datetime.date(y, 12, 31).toordinal() if rng.random() < 0.5 else datetime.date(y + 1, 1, 1).toordinal()
                start = min(start, end - 30)
        out.append(f"{sid},{iso(start)},{'' if end is None else iso(end)}\n")
        y0 = datetime.date.fromordinal(start).year
        y1 = LAST if end is None else datetime.date.fromordinal(end).year
        years.update(range(y0, y1 + 1))
    return years


def pending_rows(rng, sid, out):
    kind = rng.choice(["investigation", "inspection", "complaint"])
    r = rng.random()
    ref = datetime.date(2024, 12, 31).toordinal()
    if r < 0.05:
        start, end = ref - rng.randrange(1, 200), ref                  # ends on the reference day: still open on it
    elif r < 0.08:
        start, end = ref, None                                         # opened on the reference day
    elif r < 0.12:
        start, end = ref + 1 + rng.randrange(60), None                 # opened after it
    else:
        start = datetime.date(2023, 6, 1).toordinal() + rng.randrange(640)
        end = None if rng.random() < 0.4 else start + 30 + rng.randrange(300)
    out.append(f"{sid},{kind},{iso(start)},{'' if end is None else iso(end)}\n")


class Writer:
    def __init__(self, outdir):
        self.files = {}
        self.buffers = {}
        for name, header in [("subjects", "id,kind,gender,total,completed,disciplined,women,ldtt,cstdcs"),
                             ("ratings", "subject,year,rating"),
                             ("achievements", "subject,code,year,type,revoked"),
                             ("initiatives", "subject,year,scope"),
                             ("discipline", "subject,from,to"),
                             ("pending", "subject,kind,from,to")]:
            f = open(f"{outdir}/{name}.csv", "w", encoding="utf-8", newline="")
            f.write(header + "\n")
            self.files[name] = f
            self.buffers[name] = []
        self.rows = {name: 0 for name in self.files}

    def flush(self):
        for name, buf in self.buffers.items():
            self.rows[name] += len(buf)
            self.files[name].write("".join(buf))
            buf.clear()

    def close(self):
        self.flush()
        for f in self.files.values():
            f.close()


def person(rng, arng, i, w):
    sid = f"P{i:07d}"
    b = w.buffers
    tier = pick_tier(rng)
    _, probs, init_p, scope_p = TIERS[tier]
    gender = "female" if rng.random() < 0.5 else "male"
    b["subjects"].append(f"{sid},person,{gender},,,,,,\n")
    start = FIRST if rng.random() < 0.86 else rng.randrange(FIRST + 1, LAST + 1)
    senior = start == FIRST and rng.random() < 0.45

    blocked = discipline_rows(rng, sid, b["discipline"]) if rng.random() < 0.035 else set()
    if rng.random() < 0.007:
        pending_rows(rng, sid, b["pending"])

    ach = b["achievements"]
    held = {}          # (code, year) -> counts for a merit-based proposal (regular, not revoked)
    last = {}          # code -> the latest year it was granted and counts: its achievements are spent

    def grant(code, year, kind="regular", r=rng):
        revoked = r.random() < 0.004
        ach.append(f"{sid},{code},{year},{kind},{1 if revoked else 0}\n")
        if kind == "regular" and not revoked:
            held[(code, year)] = True
            last[code] = max(year, last.get(code, year))

    def fresh(code, first):
        """One achievement earns one reward: a unit grants `code` again only on achievements from `first` on,
        after its latest award; now and then (IRREGULAR) it grants on spent ones all the same."""
        return last.get(code, first - 1) < first or arng.random() < IRREGULAR

    # Awards before the history starts (a senior person's earlier career).
    if senior:
        legacy = (0.55, 0.30, 0.07, 0.01)[tier]
        if rng.random() < legacy:
            bk = rng.randrange(2004, 2015)
            grant("BK_BO", bk)
            if bk <= 2009 and rng.random() < (0.5, 0.3, 0.1, 0.0)[tier]:
                grant("BK_TTG", rng.randrange(bk + 5, 2015))

    ratings = {}
    inits = {}
    for y in YEARS:
        if y < start:
            continue
        if rng.random() < 0.02:                    # a year with no rating recorded
            continue
        r = rate(rng, probs)
        if y in blocked and r == EX:
            r = GOOD
        ratings[y] = r
        b["ratings"].append(f"{sid},{y},{r}\n")
        n = 0
        if rng.random() < init_p:
            n = 2 if rng.random() < 0.15 else 1
            for _ in range(n):
                s = rng.random()
                scope = "national" if s < scope_p[1] else "ministry" if s < scope_p[0] + scope_p[1] else "grassroots"
                b["initiatives"].append(f"{sid},{y},{scope}\n")
                inits.setdefault(y, []).append(scope)
        if y in blocked:
            continue
        good = RANK[r] >= RANK[GOOD]
        if good and rng.random() < 0.97:
            grant("LDTT", y)
        if good and (r == EX or n > 0) and rng.random() < 0.82:
            grant("CSTDCS", y)
        # The titles and awards below have a window of more than a year, so an award spends it (the cycle):
        # the unit asks for achievements after the code's latest award (`fresh`). Their draws come from `arng`,
        # so that the rest of the history does not depend on them.
        # Chiến sĩ thi đua cấp bộ: three CSTĐCS in a row and an initiative of ministry scope.
        if all(held.get(("CSTDCS", y - k)) for k in range(3)) and \
                any(s != "grassroots" for k in range(3) for s in inits.get(y - k, [])) and \
                arng.random() < 0.65 and fresh("CSTD_BO", y - 2):
            grant("CSTD_BO", y, r=arng)
        if held.get(("CSTD_BO", y)) and held.get(("CSTD_BO", y - 3)) and \
                any(s == "national" for k in range(6) for s in inits.get(y - k, [])) and arng.random() < 0.5 and \
                fresh("CSTD_TQ", y - 3):
            grant("CSTD_TQ", y, r=arng)
        # Bằng khen cấp bộ: two years in a row (CSTĐCS or excellent) with two initiatives.
        two = (held.get(("CSTDCS", y)) and held.get(("CSTDCS", y - 1))) or (r == EX and ratings.get(y - 1) == EX)
        if two and len(inits.get(y, [])) + len(inits.get(y - 1, [])) >= 2 and arng.random() < 0.45 and \
                fresh("BK_BO", y - 1):
            grant("BK_BO", y, r=arng)
        elif arng.random() < 0.004:
            grant("BK_BO", y, r=arng)              # routes (a)–(c): a council's judgement, for other achievements
        # Bằng khen Thủ tướng: a Bằng khen five years back (after the latest Bằng khen Thủ tướng), five good
        # years, three CSTĐCS.
        window = range(y - 4, y + 1)
        good5 = all(RANK.get(ratings.get(x), 0) >= RANK[GOOD] if x >= FIRST else tier <= 1 for x in window)
        cs = sum(1 for x in window if held.get(("CSTDCS", x)) or (x < FIRST and tier <= 1))
        prior = [x for x in range(2004, y - 4) if held.get(("BK_BO", x))]
        if prior and good5 and cs >= 3 and arng.random() < 0.35 and fresh("BK_TTG", prior[-1]):
            grant("BK_TTG", y, r=arng)
        prior = [x for x in range(2004, y - 4) if held.get(("BK_TTG", x))]
        if prior and good5 and cs >= 3 and any(ratings.get(x) == EX for x in window) and arng.random() < 0.3 and \
                fresh("HCLD3", prior[-1]):
            grant("HCLD3", y, r=arng)
        prior = [x for x in range(2004, y - 4) if held.get(("HCLD3", x))]
        if prior and arng.random() < 0.2 and fresh("HCLD2", prior[-1]):
            grant("HCLD2", y, r=arng)
        # Giấy khen, and awards that are not merit-based.
        if good and rng.random() < 0.12:
            grant("GK", y)
        u = rng.random()
        if u < 0.03:
            grant("GK", y, "thematic")
        elif u < 0.036:
            grant("BK_BO", y, "unscheduled")
        elif u < 0.039:
            grant("BK_BO", y, "thematic")
        elif u < 0.0395:
            grant("BK_TTG", y, "unscheduled")


def collective(rng, i, w):
    sid = f"C{i:06d}"
    b = w.buffers
    tier = pick_tier(rng)
    probs = ((0.55, 0.43, 0.015), (0.30, 0.66, 0.03), (0.12, 0.82, 0.05), (0.03, 0.72, 0.2))[tier]
    members = ["", "", "", "", "", ""]
    if rng.random() >= 0.01:                        # 1%: member counts unknown
        r = rng.random()
        total = 0 if r < 0.002 else rng.randrange(5, 41) if r < 0.6 else rng.randrange(41, 121) if r < 0.9 else rng.randrange(121, 401)
        c = rng.random()
        completed = None if c < 0.03 else total if c < 0.70 else max(0, total - 1) if c < 0.75 else max(0, total - rng.randrange(1, total // 10 + 2))
        need = (70 * total + 99) // 100            # the fewest LĐTT holders that make 70%
        l = rng.random()
        if l < 0.02:
            ldtt = None
        elif l < 0.17:
            ldtt = need
        elif l < 0.27:
            ldtt = max(0, need - 1)
        else:
            ldtt = min(total, int(total * rng.uniform(0.45, 1.0)))
        ldtt = None if ldtt is None else min(ldtt, total)
        s = rng.random()
        cstdcs = None if s < 0.02 or ldtt is None else 0 if s < 0.22 else int((ldtt or 0) * rng.uniform(0, 0.15))
        d = rng.random()
        disciplined = None if d < 0.02 else 0 if d < 0.93 else rng.randrange(1, 4)
        women = int(total * rng.uniform(0.2, 0.95))
        members = [total, completed, disciplined, women, ldtt, cstdcs]
    b["subjects"].append(f"{sid},collective,," + ",".join("" if v is None else str(v) for v in members) + "\n")

    blocked = discipline_rows(rng, sid, b["discipline"]) if rng.random() < 0.01 else set()
    if rng.random() < 0.005:
        pending_rows(rng, sid, b["pending"])
    start = FIRST if rng.random() < 0.92 else rng.randrange(FIRST + 1, LAST + 1)
    ach = b["achievements"]

    def grant(code, year, kind="regular"):
        ach.append(f"{sid},{code},{year},{kind},{1 if rng.random() < 0.004 else 0}\n")

    for y in YEARS:
        if y < start or rng.random() < 0.015:
            continue
        r = rate(rng, probs)
        b["ratings"].append(f"{sid},{y},{r}\n")
        if y in blocked:
            continue
        if RANK[r] >= RANK[GOOD] and rng.random() < 0.9:
            grant("TTLDTT", y)
        if r == EX and rng.random() < 0.6:
            grant("TTLDXS", y)
            if rng.random() < 0.15:
                grant("CO_BO", y)
                if rng.random() < 0.15:
                    grant("CO_CP", y)
        if RANK[r] >= RANK[GOOD] and rng.random() < 0.10:
            grant("GK", y)
        if r == EX and rng.random() < 0.05:
            grant("BK_BO", y)
        if r == EX and rng.random() < 0.01:
            grant("BK_TTG", y)
        if r == EX and rng.random() < 0.002:
            grant("HCLD3", y)
        if rng.random() < 0.01:
            grant("GK", y, "thematic")


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: generate_histories.py N_PEOPLE N_COLLECTIVES OUTDIR")
    n_people, n_collectives, outdir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(2024)
    arng = random.Random(2012)      # the grants that spend a cycle (issue 12): see person()
    w = Writer(outdir)
    total = n_people + n_collectives
    done = 0
    for i in range(1, n_people + 1):
        person(rng, arng, i, w)
        done += 1
        if done % 10_000 == 0:
            w.flush()
        if done % 100_000 == 0:
            print(f"  … {done}/{total} subjects", file=sys.stderr)
    for i in range(1, n_collectives + 1):
        collective(rng, i, w)
        done += 1
        if done % 10_000 == 0:
            w.flush()
        if done % 100_000 == 0:
            print(f"  … {done}/{total} subjects", file=sys.stderr)
    w.close()
    print("  rows: " + ", ".join(f"{name} {n}" for name, n in w.rows.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
