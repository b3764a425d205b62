"""What every fuzz target shares: the instrumented import of ita_lint, where inputs are written,
what counts as a failure, and the mutator of Office zip packages.

A target is a few lines: `run(name, test_one_input)`, where test_one_input calls `lint_document`,
`load_rule` or `load_configuration`. Failures raise; libFuzzer saves the input under
fuzz/crashes/<target>/ and stops.

What counts as a failure:

- `Linter.lint_path` raising anything (it must turn every problem into a finding);
- `lint_path` answering with its safety net, a finding "cannot parse: <exception>" (a reader let an
  exception other than `ReadError` escape) or "internal error while checking" (a check crashed):
  the file is read again without the safety net, so that the report shows the real traceback;
- a rule or configuration file making its loader raise anything but `ConfigError`, and a rule or
  configuration that loaded making the linter built from it fail in either of the ways above.

Failures already reported are listed in fuzz/known-failures.txt (`<exception> in <file>:<function>`,
the innermost frame in ita_lint) and do not stop a run, so that a campaign finds the next one;
`ITA_FUZZ_STRICT=1` ignores that list.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import random
import shlex
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

import atheris
import zipparts

FUZZ = Path(__file__).resolve().parent
ROOT = FUZZ.parent


def _work_directory() -> Path:
    """Where this process writes its inputs (one file per target, overwritten on every run):
    <temp>/ita-lint-fuzz/<pid>. libFuzzer ends the process without Python's exit handlers, so the
    directories of processes that have ended are removed here, at the start of the next run."""
    top = Path(tempfile.gettempdir()) / "ita-lint-fuzz"
    if Path("/proc/self").is_dir():  # where a process's liveness can be seen without signalling it
        for old in top.glob("*"):
            if not Path("/proc", old.name).exists():
                shutil.rmtree(old, ignore_errors=True)
    work = top / str(os.getpid())
    work.mkdir(parents=True, exist_ok=True)
    return work


WORK = _work_directory()
# The cache of validated rule and configuration files stays out of the user's cache directory.
os.environ["ITA_LINT_CACHE_DIR"] = str(WORK / "cache")

with atheris.instrument_imports(include=["ita_lint"]):
    import ita_lint

    # Readers and check kinds are imported on first use; imported here, they are instrumented too.
    for _module in pkgutil.walk_packages(ita_lint.__path__, "ita_lint."):
        if not _module.name.endswith("__main__"):
            importlib.import_module(_module.name)
    from ita_lint import readers
    from ita_lint.config import load as load_config
    from ita_lint.errors import ConfigError
    from ita_lint.layout import ReadOptions
    from ita_lint.linter import Linter
    from ita_lint.ruleset import Rule, builtin_rules_dir, load_rule_file, load_rules

RULES = load_rules()
LINTER = Linter(RULES)
# What a rule or configuration that loaded is tried on: a record with a defect for most rules, and
# a text document (header words and the assumed fiscal year change how documents are read).
SAMPLES = (FUZZ / "seeds" / "yaml" / "defective.yaml", FUZZ / "seeds" / "text" / "tabs.txt")

# How Linter.lint_path words the findings of its safety net (ita_lint/linter.py), in English.
_SAFETY_NET = (
    "Cannot read or parse the file: cannot parse: ",
    "Cannot read or parse the file: internal error while checking",
)


class SwallowedError(Exception):
    """lint_path's safety net caught an exception that reading the file again did not raise."""


def _known() -> frozenset[str]:
    listed = FUZZ / "known-failures.txt"
    if os.environ.get("ITA_FUZZ_STRICT") or not listed.is_file():
        return frozenset()
    lines = (line.split("#")[0].strip() for line in listed.read_text("utf-8").splitlines())
    return frozenset(line for line in lines if line)


KNOWN = _known()


def signature(error: BaseException) -> str:
    """`<exception> in <file>:<function>` of the innermost frame in ita_lint (else the innermost)."""
    frames = traceback.extract_tb(error.__traceback__)
    own = [frame for frame in frames if f"{os.sep}ita_lint{os.sep}" in frame.filename] or frames
    if not own:
        return type(error).__name__
    frame = own[-1]
    path = Path(frame.filename)
    where = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    return f"{type(error).__name__} in {where}:{frame.name}"


def _failed(error: BaseException) -> None:
    """Re-raise an unexpected exception, unless it is a failure already reported."""
    found = signature(error)
    if found in KNOWN:
        return
    print(f"\n=== ita-lint fuzz failure: {found}", file=sys.stderr)
    raise error


def _write(data: bytes, name: str) -> Path:
    path = WORK / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _lint(linter: Linter, path: Path) -> None:
    """lint_path on one file; its safety net's findings are failures, shown with the real traceback."""
    try:
        found = linter.lint_path(path)
    except Exception as error:
        _failed(error)
        return
    caught = [d.message for d in found if d.message.startswith(_SAFETY_NET)]
    if not caught:
        return
    try:  # again, without the safety net
        report = readers.read(path, linter.read_options)
        linter.lint_report(report._replace(path=str(path)))
    except readers.ReadError:
        pass
    except Exception as error:
        _failed(error)
        return
    _failed(SwallowedError("; ".join(caught)))


def lint_document(data: bytes, suffix: str) -> None:
    """The input as a document with this suffix, linted with every built-in rule."""
    _lint(LINTER, _write(data, f"document/input{suffix}"))


def _try_settings(settings, path: Path) -> None:
    """What a run does with the settings of a configuration file that loaded."""
    settings.check_selectors(RULES)
    settings.excludes(path)
    rules = settings.rules_for(path, RULES)
    linter = Linter(rules, "en", ReadOptions(settings.header_words, settings.fiscal_year))
    for sample in SAMPLES:
        _lint(linter, sample)


def load_configuration(data: bytes, name: str) -> None:
    """The input as a configuration file named `name` (`.ita-lint.yaml`, `pyproject.toml`)."""
    path = _write(data, f"config/{name}")
    try:
        settings = load_config(path)
        if settings is not None:
            _try_settings(settings, path)
    except ConfigError:
        pass
    except Exception as error:
        _failed(error)


def _try_rules(rules: list[Rule]) -> None:
    linter = Linter(rules)
    for sample in SAMPLES:
        _lint(linter, sample)


def load_rule(data: bytes) -> None:
    """The input as a rule file: alone (load_rule_file), after the built-in rules (load_rules, so that
    `extends` finds its base), and, when it loaded, used to lint the samples."""
    path = _write(data, "rules/fuzz-rule.yaml")
    try:
        load_rule_file(path)
    except ConfigError:
        pass
    except Exception as error:
        _failed(error)
    try:
        loaded = [rule for rule in load_rules([builtin_rules_dir(), path.parent]) if rule.source == str(path)]
        _try_rules(loaded)
    except ConfigError:
        pass
    except Exception as error:
        _failed(error)


def zip_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    """Mutate one part of an Office package and pack it again, so that mutations reach the XML
    inside (a byte flip in a deflated part only breaks its CRC); one time in five, or when the input
    is no zip any more, mutate the package's own bytes."""
    rng = random.Random(seed)
    try:
        parts = zipparts.unpack(data)
    except Exception:  # no zip, or one zipfile cannot unpack: the raw bytes are the input
        parts = []
    if not parts or rng.random() < 0.2:
        return atheris.Mutate(data, max_size)
    index = rng.randrange(len(parts))
    name, content = parts[index]
    parts[index] = (name, atheris.Mutate(content, max(2 * len(content), 256)))
    packed = zipparts.pack(parts)
    return packed if len(packed) <= max_size else atheris.Mutate(data, max_size)


# Documents of the repository that also seed a target, per seed directory: copied into its working
# corpus (fuzz/corpus/<name>, not in git) when a run starts, never committed twice.
REPOSITORY_SEEDS = {
    "yaml": ["examples/clean-example-2568-report.yaml", "examples/lopburi-city-2565-analysis.yaml"],
    "text": [
        "tests/fixtures/documents/readable-report.txt",
        "tests/fixtures/documents/unreadable-report.txt",
        "tests/corpus/holdout/cell-per-line-port-2568-report-unreadable.txt",
        "tests/corpus/tune/text-aligned-dept-2566.txt",
        "tests/corpus/holdout3/markdown-dga-2567.md",
        "tests/corpus/holdout/html-pasted-2567-report.txt",
    ],
    "csv": ["tests/corpus/tune/csv-port-2566.csv", "tests/corpus/holdout/csv-mukdahan-tech-2565-report.csv"],
    "xlsx": ["tests/corpus/tune/xlsx-months-college-2567.xlsx"],
    "html": ["tests/corpus/holdout/html-doae-2566-plan.html", "tests/corpus/tune/html-nakhon-2568.html"],
    "pdf": ["tests/corpus/holdout/pdf-scan-nongsanom-2565-report.pdf"],
    "rules": [*(f"rules/{p.name}" for p in sorted((ROOT / "rules").glob("*.yaml")))]
    + [f"docs/example-rules/{p.name}" for p in sorted((ROOT / "docs/example-rules").glob("*.yaml"))],
}


def _arguments(name: str, seeds: str, zipped: bool) -> list[str]:
    """libFuzzer's arguments, with this project's defaults for those not given: the time and
    memory limits, crashes under fuzz/crashes/<name>/, and the corpus fuzz/corpus/<name> (new
    inputs go there) followed by the seeds fuzz/seeds/<seeds>."""
    given = sys.argv[1:]
    flags = {arg.split("=")[0] for arg in given if arg.startswith("-")}
    defaults = {
        "-timeout": "10",
        "-rss_limit_mb": "2048",
        "-artifact_prefix": f"{FUZZ / 'crashes' / name}{os.sep}",
        "-print_final_stats": "1",
        **({"-max_len": "65536"} if zipped else {}),
    }
    (FUZZ / "crashes" / name).mkdir(parents=True, exist_ok=True)
    added = [f"{flag}={value}" for flag, value in defaults.items() if flag not in flags]
    if not any(not arg.startswith("-") for arg in given):
        corpus = FUZZ / "corpus" / name
        corpus.mkdir(parents=True, exist_ok=True)
        (FUZZ / "seeds" / seeds).mkdir(
            parents=True, exist_ok=True
        )  # the rules' seeds are all in the repository
        for source in REPOSITORY_SEEDS.get(seeds, ()):
            if not (corpus / Path(source).name).exists():
                shutil.copyfile(ROOT / source, corpus / Path(source).name)
        added += [str(corpus), str(FUZZ / "seeds" / seeds)]
    # libFuzzer runs argv[0] through the shell for -minimize_crash, -merge and -fork: the script
    # with the interpreter running it, not the script alone (it is not executable)
    program = f"{shlex.quote(sys.executable)} {shlex.quote(sys.argv[0])}"
    return [program, *added, *given]


def run(name: str, seeds: str, test_one_input: Callable[[bytes], None], zipped: bool = False) -> None:
    """Fuzz `test_one_input`: libFuzzer's arguments from the command line (see fuzz/README.md)."""
    atheris.Setup(
        _arguments(name, seeds, zipped), test_one_input, custom_mutator=zip_mutator if zipped else None
    )
    atheris.Fuzz()
