"""Coverage-guided fuzzing of ``defcoop.parse`` and the byte decoder with atheris (not run in CI).

Set up once (atheris needs a recent clang on some platforms)::

    .venv/bin/pip install atheris

Run, with the seed articles as the starting corpus::

    mkdir -p fuzz/corpus && cp seeds/*.txt fuzz/corpus/
    .venv/bin/python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=3600 -timeout=10

Each input is decoded with the same rules as :func:`defcoop.parse_file` (a ``DataError`` for binary-looking bytes
is an expected outcome), parsed, and checked: the result must be a valid ``Article`` whose spans index the text
and which survives a JSON round trip. Any other exception, or a single input taking longer than ``-timeout``
seconds, is a finding; atheris writes the input to ``crash-*`` / ``timeout-*`` files for a regression test.
"""

from __future__ import annotations

import sys
import warnings

import atheris

with atheris.instrument_imports():
    import defcoop
    from defcoop._textio import DecodingWarning, decode

warnings.simplefilter("ignore", DecodingWarning)


def test_one_input(data: bytes) -> None:
    """Decode, parse and check one fuzzer input; raise on a finding."""
    try:
        text = decode(data, name="fuzz")
    except defcoop.DataError:
        return
    article = defcoop.parse(text)
    n = len(text)
    for official in article.officials:
        for span in official.spans:
            assert 0 <= span.start < span.end <= n
    for meeting in article.meetings:
        for span in meeting.spans:
            assert 0 <= span.start <= span.end <= n
    assert defcoop.loads(defcoop.dumps(article)) == article


def main() -> None:
    """Run the fuzzer with libFuzzer's command-line options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
