#!/usr/bin/env python3
"""Writes the crafted fuzz corpus (issue 11): inputs at the edges of both plan formats that the
decoders must open or refuse, never abort on, and minimized reproducers (crafted-repro-*) of
the crashes fuzzing found. Run from anywhere; it rewrites tests/fuzz/corpus/*/crafted-*.{link,bin,json}
and the link_sealed seeds made from the link seeds, and keeps crafted-repro-* files it does not
write (crash inputs saved as they are).

  corpus/link/crafted-*.link         whole links (body + check value, base64url) for fuzz_link
  corpus/link_sealed/crafted-*.bin   the same bodies for fuzz_link_sealed, which seals them
  corpus/link_sealed/seed-*.bin      bodies of the hand-made link seeds
  corpus/json/crafted-*.json         plan files for fuzz_json

The link body layout is the one src/core/link.cpp describes in its header comment.
"""
import base64
import json
import pathlib
import zlib

CORPUS = pathlib.Path(__file__).resolve().parent / "corpus"
CURRENT_VERSION = 2  # kLinkFormatVersion
SEALED_VERSION_BASE = 0xF0  # fuzz_link_sealed reads byte 0 of 0xF0 + n as version n

# ---- link bodies ------------------------------------------------------------------------------


def varint(n):
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def string(raw):
    return varint(len(raw)) + raw


def slot(ref=1, sets=3, rir=2, reps=(10, 10), failure_sets=0, technique=0, with_ref=True):
    extra = failure_sets > 0 or technique != 0
    low, high = reps
    out = varint(ref) if with_ref else b""
    out += bytes([(sets - 1) | rir << 4 | (0x80 if extra else 0), low | (0x80 if low != high else 0)])
    if low != high:
        out += bytes([high])
    if extra:
        out += bytes([failure_sets | technique << 4])
    return out


def custom(slug, name, aliases=(), equipment=2, kind=1, failure=2, systemic=4, muscles=((12, 20),)):
    out = string(slug) + string(name) + varint(len(aliases)) + b"".join(string(a) for a in aliases)
    out += bytes([equipment | kind << 3 | failure << 4, systemic]) + varint(len(muscles))
    return out + b"".join(bytes(pair) for pair in muscles)


def week(days, deload=False):
    """days: {day index: [slot bytes]} or {day index: raw token bytes} for references."""
    mask = sum(1 << d for d in days)
    out = bytes([1 if deload else 0, mask])
    for d in sorted(days):
        content = days[d]
        out += content if isinstance(content, bytes) else varint(len(content)) + b"".join(content)
    return out


def same_week(index, deload=False):
    return bytes([(1 if deload else 0) | 2]) + varint(index)


def body(name=b"Crafted", level=1, customs=None, budgets=None, weeks=None, version=CURRENT_VERSION, recovery=1, approach=0,
         block=False):
    """customs: list of custom bytes; budgets: {muscle: (low, high, failure) in half sets}.
    recovery (bits 4-5), approach (bit 6) and block (bit 7) are written from version 2 on."""
    weeks = [week({0: [slot()]})] if weeks is None else weeks
    flags = level | (4 if customs is not None else 0) | (8 if budgets else 0)
    if version >= 2:
        flags |= recovery << 4 | approach << 6 | (0x80 if block else 0)
    out = bytes([version]) + string(name) + bytes([flags])
    if customs is not None:
        out += varint(len(customs)) + b"".join(customs)
    if budgets:
        mask = sum(1 << m for m in budgets)
        out += bytes([mask & 0xFF, mask >> 8])
        for m in sorted(budgets):
            out += bytes(budgets[m])
    return out + varint(len(weeks)) + b"".join(weeks)


def block(base=None, weeks=5, rir=(3, 2, 1, 0, 3), deload=True, step=0, failure=1 << 3, grow=0, overrides=()):
    """A block section (flag bit 7) in place of the weeks: base days as week() writes them
    without the header, the progression, then overrides as (week, day, index, slot bytes)."""
    days = week({0: [slot(50, 4, 2)], 3: [slot(1, 3, 2)]})[1:] if base is None else base
    packed = sum(r << (3 * i) for i, r in enumerate(rir))
    out = days + bytes([weeks | (0x20 if deload else 0) | step << 6]) + packed.to_bytes((3 * len(rir) + 7) // 8, "little")
    out += varint(failure) + varint(grow) + varint(len(overrides))
    for w, d, i, content in overrides:
        out += bytes([w | d << 4, i]) + content
    return out


def block_plan(**fields):
    """A whole link body whose plan is a block."""
    head = body(block=True, weeks=[])
    return head[:-1] + block(**fields)  # drop the weeks count


def seal(raw):
    check = zlib.crc32(raw) & 0xFFFFFF
    return base64.urlsafe_b64encode(raw + check.to_bytes(3, "little")).rstrip(b"=")


def unseal(link):
    payload = link.split(b"#p=")[-1].strip()
    raw = base64.urlsafe_b64decode(payload + b"=" * (-len(payload) % 4))
    return raw[:-3]


def sealed_form(raw):
    """The body as fuzz_link_sealed reads it, or None when byte 0 has no such form."""
    if not raw or raw[0] == CURRENT_VERSION:
        return raw
    if raw[0] < 16:
        return bytes([SEALED_VERSION_BASE + raw[0]]) + raw[1:]
    return None


# ---- names ------------------------------------------------------------------------------------

CJK = "訓練計画".encode()  # 3 bytes a character
CJK_CUT_80 = (CJK * 7)[:80]  # 26 whole characters, then 2 bytes of the 27th
EMOJI_80 = "💪".encode() * 20  # 4 bytes a character, exactly 80 bytes
ASCII_80 = b"N" * 80
BAD_NAMES = {
    "invalid-byte": b"Plan \xff\xfe",
    "cjk-cut-80": CJK_CUT_80,
    "lone-continuation": b"Push \x80 pull",
    "overlong-slash": b"Over\xc0\xaflong",  # '/' in two bytes
    "overlong-3byte": b"Over\xe0\x80\xaflong",  # '/' in three bytes
    "overlong-nul": b"Nul\xc0\x80",
    "surrogate": b"Sur\xed\xa0\x80gate",  # U+D800 encoded in UTF-8
    "surrogate-pair": b"\xed\xa0\xbd\xed\xb2\xaa",  # U+1F4AA as CESU-8
    "above-u10ffff": b"\xf4\x90\x80\x80",
    "f8-lead": b"\xf8\x88\x80\x80\x80",
    "cut-4byte": "💪".encode()[:3],
}
LONG_ALIASES = [bytes([ord("a") + i]) * 80 for i in range(8)]


def custom_plan(**fields):
    """A one-custom-exercise plan whose day uses the custom exercise."""
    base = {"slug": b"my-lift", "name": b"My lift"}
    base.update(fields)
    return body(customs=[custom(**base)], weeks=[week({0: [slot(0x8000)]})])


def every_feature():
    customs = [
        custom(b"belt-squat-x", b"Belt squat (club)", [b"belt", b"hip belt squat"], 2, 0, 1, 7, [(12, 20), (11, 10), (14, 5)]),
        custom(b"cable-y", "Kabelzug Übung".encode(), [], 3, 1, 2, 2, [(0, 20)]),
    ]
    first = week({
        0: [slot(1, 4, 2, (6, 8)), slot(0x8000, 3, 1, (10, 12), 1), slot(14, 3, 1, (12, 15), 1, 1)],
        2: [slot(0x8001, 3, 0, (15, 15), 0, 2), slot(1, 10, 5, (1, 100))],
        4: varint(32),  # same as the first encoded day
    })
    second = week({0: varint(25) + slot(sets=4, with_ref=False) + slot(with_ref=False) + slot(with_ref=False), 2: varint(33)})
    return body(b"Every feature", 2, customs, {0: (16, 33, 4), 15: (20, 40, 12)},
                [first, second, same_week(0, True), same_week(1)])


def max_counts():
    """The largest plan the limits allow: 64 customs with 8 aliases, 80-byte names, 16 weeks
    of 7 days of 24 distinct slots. Its link is far longer than 8192 characters."""
    customs = [custom(b"c%02d-" % i + b"x" * 44, bytes([65 + i % 26]) * 80, LONG_ALIASES, 5, 0, 0, 20,
                      [(0, 20), (5, 10), (12, 1), (15, 2)]) for i in range(64)]
    weeks = []
    for w in range(16):
        days = {d: [slot(0x8000 | ((w * 7 + d + k) % 64), 10, 1, (1 + (w + k) % 50, 100), 10, 6) for k in range(24)]
                for d in range(7)}
        weeks.append(week(days, deload=w % 2 == 1))
    return body(ASCII_80, 2, customs, {m: (120, 120, 120) for m in range(16)}, weeks)


def link_cases():
    cases = {}
    # Names: invalid UTF-8 where a plan keeps text (plan name, custom name, alias, slug).
    for label, raw in BAD_NAMES.items():
        cases[f"plan-name-{label}"] = body(name=raw)
    cases["custom-name-cjk-cut-80"] = custom_plan(name=CJK_CUT_80)
    cases["custom-name-surrogate"] = custom_plan(name=BAD_NAMES["surrogate"])
    cases["custom-name-overlong"] = custom_plan(name=BAD_NAMES["overlong-slash"])
    cases["alias-invalid-byte"] = custom_plan(aliases=[b"ok", b"bad \xff"])
    cases["alias-cjk-cut-80"] = custom_plan(aliases=[CJK_CUT_80])
    cases["slug-invalid-byte"] = custom_plan(slug=b"my-\xff")
    # Name lengths: 80 bytes opens, 81 is refused.
    cases["plan-name-80-ascii"] = body(name=ASCII_80)
    cases["plan-name-80-emoji"] = body(name=EMOJI_80)
    cases["plan-name-81"] = body(name=ASCII_80 + b"N")
    cases["plan-name-empty"] = body(name=b"")
    cases["plan-name-nul"] = body(name=b"a\x00b")
    cases["custom-name-80"] = custom_plan(name=EMOJI_80)
    cases["custom-name-81"] = custom_plan(name=ASCII_80 + b"!")
    cases["custom-name-empty"] = custom_plan(name=b"")
    cases["slug-48"] = custom_plan(slug=b"s" * 48)
    cases["slug-49"] = custom_plan(slug=b"s" * 49)
    cases["slug-catalog"] = custom_plan(slug=b"back-squat")
    cases["alias-81"] = custom_plan(aliases=[ASCII_80 + b"a"])
    cases["alias-empty"] = custom_plan(aliases=[b""])
    # Maximum counts, each alone (short enough for one link) and all at once.
    cases["max-aliases-8"] = custom_plan(aliases=LONG_ALIASES)
    cases["max-aliases-9"] = custom_plan(aliases=LONG_ALIASES + [b"z"])
    cases["max-customs-64"] = body(customs=[custom(b"c%d" % i, b"C%d" % i) for i in range(64)],
                                   weeks=[week({0: [slot(0x8000 | 63), slot(0x8000)]})])
    cases["max-customs-65"] = body(customs=[custom(b"c%d" % i, b"C%d" % i) for i in range(65)])
    cases["max-slots-24"] = body(weeks=[week({d: [slot(1 + k % 17, 1 + k % 10) for k in range(24)] for d in range(7)})])
    cases["max-slots-25"] = body(weeks=[week({0: [slot()] * 25})])
    cases["max-weeks-16"] = body(weeks=[week({0: [slot()]})] + [same_week(0) for _ in range(15)])
    cases["max-weeks-16-distinct"] = body(weeks=[week({w % 7: [slot(1 + w, 1 + w % 10)]}) for w in range(16)])
    cases["max-weeks-17"] = body(weeks=[week({0: [slot()]})] * 17)
    cases["max-budgets"] = body(budgets={m: (0, 120, 120) for m in range(16)})
    cases["max-everything"] = max_counts()
    # Values at and past their ranges.
    cases["slot-extremes"] = body(weeks=[week({0: [slot(1, 10, 5, (1, 100), 10, 6), slot(1, 1, 0, (100, 100))]})])
    cases["slot-reps-0"] = body(weeks=[week({0: [slot(reps=(0, 0))]})])
    cases["slot-reps-high-255"] = body(weeks=[week({0: [slot(reps=(5, 255))]})])
    cases["slot-reps-reversed"] = body(weeks=[week({0: [slot(reps=(12, 8))]})])
    cases["slot-sets-16"] = body(weeks=[week({0: [slot(sets=16)]})])
    cases["slot-rir-7"] = body(weeks=[week({0: [slot(rir=7)]})])
    cases["slot-failure-above-sets"] = body(weeks=[week({0: [slot(sets=2, failure_sets=15)]})])
    cases["slot-technique-7"] = body(weeks=[week({0: [slot(technique=7)]})])
    cases["slot-technique-15"] = body(weeks=[week({0: [slot(technique=15)]})])
    cases["slot-code-0"] = body(weeks=[week({0: [slot(0)]})])
    cases["slot-code-65535"] = body(weeks=[week({0: [slot(0xFFFF)]})])
    cases["slot-code-65536"] = body(weeks=[week({0: [slot(0x10000)]})])
    cases["slot-custom-dangling"] = body(weeks=[week({0: [slot(0x8000)]})])
    cases["custom-systemic-21"] = custom_plan(systemic=21)
    cases["custom-muscle-16"] = custom_plan(muscles=[(16, 20)])
    cases["custom-muscle-weight-21"] = custom_plan(muscles=[(0, 21)])
    cases["custom-muscle-weight-0"] = custom_plan(muscles=[(0, 0)])
    cases["custom-muscles-none"] = custom_plan(muscles=[])
    cases["custom-muscles-5"] = custom_plan(muscles=[(m, 20) for m in range(5)])
    cases["custom-muscle-twice"] = custom_plan(muscles=[(3, 20), (3, 0), (4, 10)])
    cases["custom-equipment-6"] = custom_plan(equipment=6)
    cases["custom-failure-3"] = custom_plan(failure=3)
    cases["custom-flag-but-none"] = body(customs=[])
    cases["customs-same-slug"] = body(customs=[custom(b"twin", b"A"), custom(b"twin", b"B")])
    cases["budget-low-above-high"] = body(budgets={3: (20, 10, 0)})
    cases["budget-255"] = body(budgets={3: (255, 255, 255)})
    cases["budget-mask-only"] = bytes([CURRENT_VERSION]) + string(b"Crafted") + bytes([1 | 8, 1, 0])
    # Structure: flags, headers, references.
    cases["flags-level-3"] = body(level=3)
    cases["flags-high-bits"] = body(level=0x11)
    # Version 2's settings, and the flags each version leaves undefined (valid check values).
    for r in range(4):
        for a in range(2):
            cases[f"v2-recovery-{r}-approach-{a}"] = body(recovery=r, approach=a)
    cases["v2-block"] = body(block=True)  # issue 14: refused as made by a newer Failsafe
    cases["v1-plain"] = body(version=1)
    for bit in range(4, 8):
        cases[f"v1-flags-bit-{bit}"] = body(version=1, level=1 | 1 << bit)
    cases["weeks-0"] = body(weeks=[])
    cases["week-header-4"] = body(weeks=[bytes([4, 1]) + varint(1) + slot()])
    cases["day-mask-0x80"] = body(weeks=[bytes([0, 0x80])])
    cases["rest-week"] = body(weeks=[week({})])
    cases["week-ref-first"] = body(weeks=[same_week(0)])
    cases["week-ref-self"] = body(weeks=[week({0: [slot()]}), same_week(1)])
    cases["week-ref-forward"] = body(weeks=[week({0: [slot()]}), same_week(2), week({1: [slot()]})])
    cases["day-ref-self"] = body(weeks=[week({0: varint(32)})])
    cases["day-ref-next"] = body(weeks=[week({0: [slot()], 1: varint(33)})])
    cases["day-ref-max"] = body(weeks=[week({0: varint(32 + 16 * 7)})])
    cases["day-ref-over-max"] = body(weeks=[week({0: varint(32 + 16 * 7 + 1)})])
    cases["day-repeat-first-week"] = body(weeks=[week({0: varint(25) + slot(with_ref=False)})])
    cases["day-repeat-rest-day"] = body(weeks=[week({0: [slot()]}), week({1: varint(25) + slot(with_ref=False)})])
    cases["day-token-0"] = body(weeks=[week({0: varint(0)})])
    cases["day-token-26"] = body(weeks=[week({0: varint(26)})])
    cases["day-token-31"] = body(weeks=[week({0: varint(31)})])
    # Varints: too long, overflowing 32 bits, non-minimal.
    cases["varint-name-5-bytes"] = bytes([1, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F])
    cases["varint-name-10-bytes"] = bytes([1]) + b"\x80" * 9 + b"\x01"
    cases["varint-name-28-bits"] = bytes([1, 0x80, 0x80, 0x80, 0x7F])
    cases["varint-name-nonminimal"] = bytes([1, 0x83, 0x80, 0x00]) + b"abc" + bytes([1, 1, 0, 1, 1, 1, 0x22, 10])
    cases["varint-weeks-overflow"] = body(weeks=[])[:-1] + b"\xff\xff\xff\xff\xff\x01"
    cases["varint-weeks-2^32"] = body(weeks=[])[:-1] + b"\x80\x80\x80\x80\x10"
    cases["varint-ref-overflow"] = body(weeks=[])[:-1] + varint(1) + bytes([0, 1, 1]) + b"\xff\xff\xff\xff\x0f" + b"\x22\x0a"
    cases["varint-customs-overflow"] = body(weeks=[])[:2 + 7] + bytes([1 | 4]) + b"\x80\x80\x80\x80\x80"
    # Versions, each with a valid check value.
    cases["version-2"] = body(version=2)
    cases["version-15"] = body(version=15)
    cases["version-255"] = body(version=255)
    cases["version-0"] = body(version=0)
    cases["version-only"] = bytes([CURRENT_VERSION])
    cases["version-2-only"] = bytes([2])
    # Minimized reproducers of crashes fuzzing found: a name that is not UTF-8 opens, then
    # plan_to_json (plan name; custom name) or analysis_to_json (a finding quoting the custom
    # name) aborts in nlohmann's dump.
    cases["repro-plan-name-invalid-utf8"] = bytes([CURRENT_VERSION, 1, 0xFF, 0, 1, 0, 0])  # from -minimize_crash
    cases["repro-custom-name-invalid-utf8"] = body(name=b"", customs=[custom(b"a", b"\xff", systemic=0, muscles=[(0, 20)])],
                                                   weeks=[week({})])
    cases["repro-finding-custom-name-invalid-utf8"] = body(
        name=b"", customs=[custom(b"a", b"\xff", kind=0, failure=0, systemic=0, muscles=[(0, 20)])],
        weeks=[week({0: [slot(0x8000, sets=1, rir=0)]})])
    # Training blocks (flag bit 7): valid ones, and every way a block section can be malformed
    # behind a valid check value.
    cases["block-default"] = block_plan()
    cases["block-growth-overrides"] = block_plan(step=2, grow=0xFFFF, failure=0b0110,
                                                 overrides=[(1, 0, 0, slot(50, 6, 1)), (4, 3, 0, slot(1, 2, 3))])
    cases["block-16-weeks"] = block_plan(weeks=16, rir=[5, 4, 3, 2, 1, 0] * 2 + [0, 0, 1, 3], failure=0x7FFF, step=1, grow=1)
    cases["block-0-weeks"] = block_plan(weeks=0, rir=())
    cases["block-17-weeks"] = block_plan(weeks=17, rir=[3] * 17, deload=False)
    cases["block-1-week-deload"] = block_plan(weeks=1, rir=(3,))
    cases["block-rir-7"] = block_plan(rir=(7, 2, 1, 0, 3))
    cases["block-padding-set"] = block_plan()[:-4] + bytes([0x30 | 0x80]) + block_plan()[-3:]
    cases["block-failure-outside"] = block_plan(failure=1 << 5)
    cases["block-step-3"] = block_plan(step=3)
    cases["block-grow-17-bits"] = block_plan(grow=1 << 16)
    cases["block-override-past-base"] = block_plan(overrides=[(0, 0, 1, slot())])
    cases["block-override-rest-day"] = block_plan(overrides=[(0, 1, 0, slot())])
    cases["block-override-past-weeks"] = block_plan(overrides=[(5, 0, 0, slot())])
    cases["block-override-twice"] = block_plan(overrides=[(1, 0, 0, slot()), (1, 0, 0, slot(sets=4))])
    cases["block-override-unordered"] = block_plan(overrides=[(2, 0, 0, slot()), (1, 0, 0, slot())])
    cases["block-override-count-only"] = block_plan()[:-1] + varint(3)
    cases["block-cut-in-progression"] = block_plan()[:-4]
    cases["block-flag-no-section"] = body(block=True, weeks=[])[:-1]
    cases["block-in-version-1"] = body(version=1, name=b"A")[:3] + bytes([0x81]) + block()
    cases["deload-keeps-week"] = body(weeks=[week({0: [slot(50, 4, 2)]}), bytes([1 | 4]) + week({0: [slot(50, 2, 3)]})[1:] + bytes([1, 32])])
    cases["deload-keeps-week-not-deload"] = body(weeks=[bytes([4]) + week({0: [slot()]})[1:] + bytes([1, 32])])
    # Extra bytes after a complete plan.
    cases["trailing-byte"] = body() + b"\x00"
    # Truncations of a plan that uses every feature.
    full = every_feature()
    cases["every-feature"] = full
    for cut in sorted({1, 2, 5, 9, 17, 33, len(full) // 3, len(full) // 2, len(full) - 2, len(full) - 1}):
        cases[f"every-feature-cut-{cut}"] = full[:cut]
    return cases


def write_links():
    for old in list(CORPUS.glob("link/crafted-*.link")) + list(CORPUS.glob("link_sealed/*.bin")):
        if not old.name.startswith("crafted-repro-"):
            old.unlink()
    (CORPUS / "link_sealed").mkdir(exist_ok=True)
    for seed in sorted(CORPUS.glob("link/*.link")):
        if seed.name.startswith("crafted-"):
            continue
        try:
            raw = unseal(seed.read_bytes())
        except ValueError:  # not whole base64
            continue
        if len(raw) > 0 and sealed_form(raw) is not None:
            (CORPUS / "link_sealed" / f"seed-{seed.stem}.bin").write_bytes(sealed_form(raw))
    for label, raw in link_cases().items():
        (CORPUS / "link" / f"crafted-{label}.link").write_bytes(seal(raw))
        if sealed_form(raw) is not None:
            (CORPUS / "link_sealed" / f"crafted-{label}.bin").write_bytes(sealed_form(raw))
    # Raw text the link decoder must refuse before the body: check value, base64, length.
    good = seal(body())
    texts = {
        "url-prefix": b"https://example.org/app/#p=" + good + b"\r\n",
        "p-prefix": b"p=" + good,
        "url-no-payload": b"https://example.org/#p=",
        "padded": good + b"=" * (-len(good) % 4 or 2),
        "standard-alphabet": good.replace(b"-", b"+").replace(b"_", b"/"),
        "bad-check": good[:-1] + (b"A" if good[-1:] != b"A" else b"B"),
        "unused-bits-set": seal(body())[:-1] + b"_",
        "length-mod-4-is-1": good + b"A" * ((1 - len(good)) % 4),
        "too-long-8193": b"A" * 8193,
        "non-ascii": good[:5] + "é".encode() + good[5:],
    }
    for label, text in texts.items():
        (CORPUS / "link" / f"crafted-text-{label}.link").write_bytes(text)


# ---- JSON files -------------------------------------------------------------------------------

def plan_json(name="Crafted", slot_fields=None, extra=None, weeks=None):
    slot_fields = {"exercise": "back-squat", "sets": 3, "reps": 10} if slot_fields is None else slot_fields
    doc = {"format": "failsafe.plan", "version": 1, "name": name,
           "weeks": weeks if weeks is not None else [{"days": [[slot_fields], [], [], [], [], [], []]}]}
    doc.update(extra or {})
    return json.dumps(doc, ensure_ascii=False).encode()


def custom_json(i, name=None, aliases=None):
    out = {"id": f"c{i:02d}-" + "x" * 44, "name": name or chr(65 + i % 26) * 80, "equipment": "bodyweight",
           "kind": "compound", "failure": "avoid", "systemic": 1, "muscles": {"chest": 1, "side-delts": 0.5, "quads": 0.05, "calves": 0.1}}
    out["aliases"] = aliases if aliases is not None else [chr(97 + k) * 80 for k in range(8)]
    return out


def max_json():
    muscles = ["chest", "front-delts", "side-delts", "rear-delts", "lats", "upper-back", "biceps", "triceps", "forearms",
               "abs", "lower-back", "glutes", "quads", "hamstrings", "adductors", "calves"]
    customs = [custom_json(i) for i in range(64)]
    weeks = [{"deload": w % 2 == 1, "days": [[{"exercise": customs[(w * 7 + d + k) % 64]["id"], "sets": 10, "reps": f"{1 + (w + k) % 50}-100",
                                                "rir": 1, "failure_sets": 10, "technique": "partials"} for k in range(24)] for d in range(7)]}
             for w in range(16)]
    return plan_json("N" * 80, weeks=weeks, extra={"level": "advanced", "custom_exercises": customs,
                                                    "budgets": {m: {"low": 60, "high": 60, "failure": 60} for m in muscles}})


def many_keys(count, distinct=True):
    digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    keys = (digits[i // 3844] + digits[i // 62 % 62] + digits[i % 62] if distinct else "k" for i in range(count))
    return ("{" + ",".join(f'"{k}":0' for k in keys) + "}").encode()


def json_cases():
    base = plan_json()
    minimal = b'{"format":"failsafe.plan","version":1,"weeks":[{"days":[[],[],[],[],[],[],[]]}]}'
    cases = {}
    # Duplicate keys: the reader sees one of them; either way, no abort.
    cases["dup-name"] = minimal[:-1] + b',"name":"first","name":"second"}'
    cases["dup-weeks"] = minimal[:-1] + b',"weeks":[]}'
    cases["dup-format"] = b'{"format":"failsafe.plan","format":"other",' + minimal[1:]
    cases["dup-slot-sets"] = plan_json(slot_fields={"exercise": "back-squat", "sets": 3, "reps": 10}).replace(b'"sets": 3', b'"sets": 99, "sets": 3')
    cases["dup-muscle"] = plan_json(extra={"custom_exercises": [{"id": "x", "name": "X", "kind": "compound", "failure": "safe", "muscles": {}}]}).replace(
        b'"muscles": {}', b'"muscles": {"quads": 1, "quads": 0}')
    # Size: many keys, long strings, long arrays (each file stays below 1 MiB).
    cases["keys-120000-distinct"] = many_keys(120000)
    cases["keys-20000-same"] = many_keys(20000, distinct=False)
    cases["keys-5000-in-muscles"] = plan_json(extra={"custom_exercises": [{"id": "x", "name": "X", "kind": "compound", "failure": "safe", "muscles": "@"}]}).replace(
        b'"@"', many_keys(5000))
    cases["string-200k-name"] = plan_json(name="n" * 200000)
    cases["string-100k-key"] = b'{"' + b"k" * 100000 + b'":1}'
    cases["string-escapes-name"] = plan_json(name="\\u00e9" * 20000).replace(b"\\\\", b"\\")
    cases["array-100000"] = minimal[:-1] + b',"custom_exercises":[' + b",".join([b"0"] * 100000) + b"]}"
    cases["array-days-30000"] = minimal.replace(b"[[],[],[],[],[],[],[]]", b"[" + b",".join([b"[]"] * 30000) + b"]")
    # Nesting at the limit (32 levels) and past it.
    cases["nest-32"] = b'{"x":' + b"[" * 31 + b"]" * 31 + b"}"
    cases["nest-33"] = b'{"x":' + b"[" * 32 + b"]" * 32 + b"}"
    cases["nest-33-objects"] = b'{"a":' * 33 + b"1" + b"}" * 33
    cases["nest-10000-open"] = b"[" * 10000
    cases["nest-10000-closed"] = b"[" * 10000 + b"]" * 10000
    # Numbers where integers and bounded numbers are read.
    slot_numbers = {
        "sets-1e999": "1e999", "sets-neg-1e999": "-1e999", "sets-minus-0": "-0", "sets-1.0": "1.0", "sets-3e0": "3e0",
        "sets-2^63": "9223372036854775808", "sets-2^64": "18446744073709551616", "sets-neg-2^63": "-9223372036854775808",
        "sets-1e-999": "1e-999", "rir-minus-0": "-0", "reps-1.0": "1.0",
    }
    for label, number in slot_numbers.items():
        field = label.split("-")[0]
        fields = {"exercise": "back-squat", "sets": 3, "reps": 10, "rir": 2}
        cases[f"number-{label}"] = plan_json(slot_fields=fields).replace(f'"{field}": {fields[field]}'.encode(), f'"{field}": {number}'.encode())
    for label, number in {"1e999": "1e999", "minus-0": "-0", "minus-0.0": "-0.0", "2^64": "18446744073709551616",
                          "uint64-max": "18446744073709551615", "int64-min": "-9223372036854775808", "1.0": "1.0"}.items():
        cases[f"number-version-{label}"] = minimal.replace(b'"version":1', f'"version":{number}'.encode())
    for label, number in {"1e999": "1e999", "minus-0": "-0", "tiny": "4.9e-324", "just-above-1": "1.0000000000000002",
                          "rounds-to-0": "0.024"}.items():
        cases[f"number-systemic-{label}"] = plan_json(extra={"custom_exercises": [
            {"id": "x", "name": "X", "kind": "compound", "failure": "safe", "systemic": "@", "muscles": {"quads": 1}}]}).replace(b'"@"', number.encode())
        cases[f"number-budget-{label}"] = plan_json(extra={"budgets": {"chest": {"low": 0, "high": "@", "failure": 0}}}).replace(b'"@"', number.encode())
    cases["number-muscle-rounds-to-0"] = plan_json(extra={"custom_exercises": [
        {"id": "x", "name": "X", "kind": "compound", "failure": "safe", "muscles": {"quads": 0.02}}]})
    # Encoding: BOM, invalid UTF-8, surrogates, names at the byte limit.
    cases["bom"] = b"\xef\xbb\xbf" + base
    cases["bom-twice"] = b"\xef\xbb\xbf\xef\xbb\xbf" + base
    cases["utf16-bom"] = b"\xff\xfe" + base
    for label, raw in BAD_NAMES.items():
        cases[f"name-{label}"] = base.replace(b'"Crafted"', b'"' + raw + b'"')
    cases["name-escaped-lone-high-surrogate"] = base.replace(b'"Crafted"', b'"\\ud800"')
    cases["name-escaped-lone-low-surrogate"] = base.replace(b'"Crafted"', b'"\\udc00"')
    cases["name-escaped-reversed-pair"] = base.replace(b'"Crafted"', b'"\\udc00\\ud800"')
    cases["name-escaped-pair"] = base.replace(b'"Crafted"', b'"\\ud83d\\udcaa"')
    cases["name-escaped-nul"] = base.replace(b'"Crafted"', b'"a\\u0000b"')
    cases["name-80-bytes-emoji"] = plan_json(name="💪" * 20)
    cases["name-80-bytes-escaped"] = base.replace(b'"Crafted"', b'"' + b"\\ud83d\\udcaa" * 20 + b'"')
    cases["name-81-bytes"] = plan_json(name="💪" * 20 + "!")
    cases["name-cjk-80-valid"] = plan_json(name="訓練計画" * 6 + "訓練")  # 78 bytes
    cases["custom-name-invalid-byte"] = plan_json(extra={"custom_exercises": [
        {"id": "x", "name": "@", "kind": "compound", "failure": "safe", "muscles": {"quads": 1}}]}).replace(b'"@"', b'"\xe8\xa8\x93\xe7"')
    cases["alias-escaped-lone-surrogate"] = plan_json(extra={"custom_exercises": [
        {"id": "x", "name": "X", "aliases": ["@"], "kind": "compound", "failure": "safe", "muscles": {"quads": 1}}]}).replace(b'"@"', b'"\\udbff"')
    cases["key-invalid-byte"] = minimal[:-1] + b',"\xff":1}'
    cases["muscle-key-escaped-surrogate"] = plan_json(extra={"custom_exercises": [
        {"id": "x", "name": "X", "kind": "compound", "failure": "safe", "muscles": {"@": 1}}]}).replace(b'"@"', b'"\\ud800"')
    cases["unknown-field-cjk-cut-at-40"] = minimal[:-1] + b',"' + "計".encode() * 14 + b'":1}'
    cases["unknown-exercise-cjk-cut-at-48"] = plan_json(slot_fields={"exercise": "x" + "計" * 17, "sets": 3, "reps": 10})
    # Largest plans the limits allow; the first also as one line.
    cases["max-everything"] = max_json()
    cases["max-customs-64-aliases-8"] = plan_json(extra={"custom_exercises": [custom_json(i) for i in range(64)]})
    cases["max-slots-24-weeks-16"] = plan_json(weeks=[{"days": [[{"exercise": "back-squat", "sets": 1 + k % 10, "reps": 1 + (w * 24 + k) % 100}
                                                                  for k in range(24)]] * 7} for w in range(16)])
    # Minimized reproducers: a valid plan whose link the encoder makes longer than the decoder
    # takes (8192 characters), and the smallest key count that passes the 5 s timeout.
    cases["repro-link-too-long"] = json.dumps({"format": "failsafe.plan", "version": 1, "weeks": [{"days": [[]] * 7}],
                                               "custom_exercises": [{"id": f"c{i}", "name": "C", "aliases": [chr(97 + k) * 80 for k in range(8)],
                                                                     "kind": "compound", "failure": "safe", "muscles": {"chest": 1}}
                                                                    for i in range(10)]}, separators=(",", ":")).encode()
    cases["repro-keys-25000-distinct"] = many_keys(25000)
    # Other edges.
    cases["trailing-garbage"] = base + b"x"
    cases["trailing-second-document"] = base + base
    cases["empty"] = b""
    cases["nul-byte"] = base + b"\x00"
    cases["top-level-array"] = b"[" + base + b"]"
    cases["version-2"] = base.replace(b'"version": 1', b'"version": 2')
    cases["version-3"] = base.replace(b'"version": 1', b'"version": 3')
    v2 = lambda **fields: plan_json(extra=fields).replace(b'"version": 1', b'"version": 2')
    cases["v2-settings"] = v2(recovery="faster", approach="liberal")
    cases["v2-recovery-unknown"] = v2(recovery="fast")
    cases["v2-approach-number"] = v2(approach=1)
    base = {"days": [[{"exercise": "bench-press", "sets": 4, "reps": "6-8"}], [], [], [{"exercise": "back-squat", "sets": 3, "reps": 5}], [], [], []]}
    v2_block = lambda **fields: json.dumps({"format": "failsafe.plan", "version": 2, **fields}).encode()
    over = lambda week, day=0, slot=0, sets=5: {"week": week, "day": day, "slot": slot, "exercise": "bench-press", "sets": sets, "reps": 6}
    cases["v2-block"] = v2_block(block={"base": base, "rir": [3, 2, 1, 0, 3], "failure_weeks": [3, 4], "sets_step": 1,
                                        "grow": ["chest"], "deload": True, "overrides": [over(2), over(5, 3)]})
    cases["v2-block-16-weeks"] = v2_block(block={"base": base, "rir": [3] * 16, "failure_weeks": list(range(1, 17)), "sets_step": 2,
                                                 "grow": ["chest", "quads"]})
    cases["v2-block-17-weeks"] = v2_block(block={"base": base, "rir": [3] * 17})
    cases["v2-block-and-weeks"] = v2_block(block={"base": base, "rir": [3, 3]}, weeks=[{"days": [[]] * 7}])
    cases["v2-block-reserved-shape"] = v2(block={"weeks": 5, "rir": [3, 2, 1, 0], "failure_weeks": [4], "deload": True})
    cases["v2-block-override-twice"] = v2_block(block={"base": base, "rir": [3, 3], "overrides": [over(1), over(1, sets=6)]})
    cases["v2-block-override-past-base"] = v2_block(block={"base": base, "rir": [3, 3], "overrides": [over(1, 0, 1)]})
    cases["v2-block-failure-week-0"] = v2_block(block={"base": base, "rir": [3, 3], "failure_weeks": [0]})
    cases["v2-before-deload"] = v2_block(weeks=[{"deload": True, "days": base["days"], "before_deload": base["days"]}])
    cases["v2-before-deload-not-deload"] = v2_block(weeks=[{"days": base["days"], "before_deload": base["days"]}])
    cases["v1-with-settings"] = plan_json(extra={"recovery": "slower", "approach": "liberal"})
    return cases


def write_json():
    for old in CORPUS.glob("json/crafted-*.json"):
        if not old.name.startswith("crafted-repro-"):
            old.unlink()
    for label, data in json_cases().items():
        (CORPUS / "json" / f"crafted-{label}.json").write_bytes(data)


if __name__ == "__main__":
    write_links()
    write_json()
