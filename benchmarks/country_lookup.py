"""Time ``defcoop.countries.lookup`` and ``scan``: python benchmarks/country_lookup.py."""

from __future__ import annotations

import timeit

from defcoop import countries

FORMS = ("Kazakhstan", "the Republic of Azerbaijan", "Turkish", "Türkiye", "U.S.", "Azerbaijan’s", "Atlantis", "KZ")
TEXT = (
    "Azerbaijan's Defense Minister met his Kazakh counterpart in Baku on Tuesday; the Turkish and U.S. delegations "
    "joined the talks on the sidelines of the CIS meeting, officials in Astana said. "
) * 50


def main() -> None:
    n = 20_000
    cached = min(timeit.repeat(lambda: [countries.lookup(f) for f in FORMS], number=n, repeat=3)) / (n * len(FORMS))
    uncached = min(
        timeit.repeat(lambda: [countries.lookup.__wrapped__(f) for f in FORMS], number=n // 10, repeat=3)
    ) / (n // 10 * len(FORMS))
    k = 20
    scan = min(timeit.repeat(lambda: countries.scan(TEXT), number=k, repeat=3)) / k
    print(f"lookup, cached:   {cached * 1e6:.2f} µs per call")
    print(f"lookup, uncached: {uncached * 1e6:.2f} µs per call")
    print(f"scan: {scan * 1e3:.2f} ms for {len(TEXT):,} characters ({len(TEXT) / scan / 1e6:.2f} M chars/s)")


if __name__ == "__main__":
    main()
