"""Command line: wires options to the workspace, the rule set and reporters, and nothing more."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

# Only what every command needs is imported here; each command imports its own machinery, so
# that `ita-lint --help` and a single check start fast.
from ita_lint import __version__
from ita_lint.diagnostics import LANGUAGES, Diagnostic, FileSummary, Severity
from ita_lint.errors import ConfigError, ReadError
from ita_lint.reporters import FORMATS, Run, stream, streams

if TYPE_CHECKING:
    from ita_lint.baseline import Baseline
    from ita_lint.ruleset import Rule
    from ita_lint.workspace import Workspace

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
# --format -> the form of --statistics
STATISTICS_FORMS = {
    "text": "text",
    "concise": "text",
    "grouped": "text",
    "json": "json",
    "json-lines": "json",
    "csv": "csv",
}


def environment_language() -> str:
    """Thai under a Thai locale, English otherwise (`ITA_LINT_LANG` first)."""
    for variable in ("ITA_LINT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "th" if value.lower().startswith("th") else "en"
    return "en"


# Help is chosen when the module loads: click renders it before any option is parsed.
HELP_LANG = environment_language()


def _(en: str, th: str) -> str:
    return th if HELP_LANG == "th" else en


def _selectors(values: tuple[str, ...]) -> tuple[str, ...] | None:
    """`--select A,B --select C` -> (A, B, C); None when the option was not given."""
    items = tuple(item.strip() for value in values for item in value.split(",") if item.strip())
    return items or None


def _fail(error: ConfigError) -> None:
    click.echo(f"ita-lint: {_('configuration error', 'การตั้งค่าผิดพลาด')}: {error}", err=True)
    sys.exit(EXIT_ERROR)


lang_option = click.option(
    "--lang", type=click.Choice(LANGUAGES), help=_("Language of messages.", "ภาษาของข้อความ")
)
rules_option = click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help=_("Also load the rules in this directory (repeatable).", "โหลดกฎเพิ่มจากโฟลเดอร์นี้ (ใส่ซ้ำได้)"),
)


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    help=_(
        "ita-lint: check Thai ITA integrity and transparency measure reports.",
        "ita-lint: ตรวจรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)",
    ),
)
@click.version_option(__version__, prog_name="ita-lint")
def cli() -> None:
    pass


def main() -> None:
    """Entry point: any error the commands did not turn into a finding exits with code 2."""
    for console in (sys.stdout, sys.stderr):
        # A Thai Windows console or PYTHONIOENCODING=cp874 cannot encode « » … →: show them as ?
        # rather than die with UnicodeEncodeError halfway through a report.
        if hasattr(console, "reconfigure") and not (console.encoding or "").lower().startswith("utf"):
            console.reconfigure(errors="replace")
    try:
        cli(standalone_mode=True)
    except Exception as error:  # the last line of defence for the exit-code contract
        click.echo(f"ita-lint: internal error: {type(error).__name__}: {error}", err=True)
        sys.exit(EXIT_ERROR)


def config_options(command: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option(
            "--config",
            "config_file",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help=_("Use this configuration file for every file.", "ใช้ไฟล์ตั้งค่านี้กับทุกไฟล์"),
        ),
        click.option(
            "--isolated", is_flag=True, help=_("Ignore every configuration file.", "ไม่อ่านไฟล์ตั้งค่าใด ๆ")
        ),
        click.option(
            "--select",
            multiple=True,
            help=_(
                "Only these rules: codes, code prefixes or names, comma-separated.",
                "ตรวจเฉพาะกฎเหล่านี้: รหัส คำนำหน้ารหัส หรือชื่อ คั่นด้วยจุลภาค",
            ),
        ),
        click.option("--extend-select", multiple=True, help=_("Rules to run in addition.", "กฎที่ตรวจเพิ่ม")),
        click.option("--ignore", multiple=True, help=_("Rules not to run.", "กฎที่ไม่ตรวจ")),
        rules_option,
        lang_option,
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _workspace(
    config_file: Path | None,
    isolated: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    rule_dirs: tuple[Path, ...],
    cache: Any = None,
    **more: Any,
) -> Any:
    from ita_lint.config import Finder
    from ita_lint.workspace import Workspace

    command_line = {
        "select": _selectors(select),
        "extend_select": _selectors(extend_select),
        "ignore": _selectors(ignore),
        "rules": tuple(path.resolve() for path in rule_dirs),
        **more,
    }
    try:
        return Workspace(Finder(config_file, isolated), command_line, cache)
    except ConfigError as error:
        _fail(error)


@cli.command(
    help=_(
        "Check report files and directories (PDF, Word, Excel, CSV, HTML, text exports, YAML/JSON records).",
        "ตรวจไฟล์และโฟลเดอร์รายงาน (PDF, Word, Excel, CSV, HTML, ข้อความที่ส่งออก, YAML/JSON)",
    )
)
# readable=False: a file that cannot be read is a finding for that file, not a usage error
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(exists=True, readable=False, path_type=Path)
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(FORMATS)),
    default="text",
    show_default=True,
    help=_("Output format.", "รูปแบบผลลัพธ์"),
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help=_("Write the report to this file.", "เขียนผลลัพธ์ลงไฟล์นี้"),
)
@click.option(
    "--fail-on",
    type=click.Choice([str(s) for s in Severity]),
    help=_(
        "Exit 1 when a finding reaches this severity [default: error].",
        "จบด้วยรหัส 1 เมื่อพบข้อค้นพบระดับนี้ขึ้นไป [ค่าเริ่มต้น: error]",
    ),
)
@click.option("--exit-zero", is_flag=True, help=_("Exit 0 even with findings.", "จบด้วยรหัส 0 เสมอแม้มีข้อค้นพบ"))
@click.option(
    "--statistics",
    is_flag=True,
    help=_("Show the number of findings per rule instead.", "แสดงจำนวนข้อค้นพบต่อกฎแทน"),
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help=_(
        "Files checked at once [default: the machine's cores; a few files in one process].",
        "จำนวนไฟล์ที่ตรวจพร้อมกัน [ค่าเริ่มต้น: ตามจำนวนแกนประมวลผล]",
    ),
)
@click.option(
    "--no-cache",
    is_flag=True,
    help=_("Check every file again, ignoring earlier results.", "ตรวจทุกไฟล์ใหม่ ไม่ใช้ผลที่เก็บไว้"),
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help=_(
        "Where earlier results are kept [default: $XDG_CACHE_HOME/ita-lint].",
        "ที่เก็บผลการตรวจครั้งก่อน [ค่าเริ่มต้น: $XDG_CACHE_HOME/ita-lint]",
    ),
)
@click.option(
    "--summary",
    type=click.Choice(["text", "csv", "json"]),
    help=_(
        "Instead of findings, one line per file: checked or not, agency, province, fiscal year, "
        "kind of document, errors, warnings.",
        "แสดงสรุปรายไฟล์แทนข้อค้นพบ: ตรวจได้หรือไม่ หน่วยงาน จังหวัด ปีงบประมาณ ประเภทเอกสาร จำนวนข้อผิดพลาด",
    ),
)
@click.option("--quiet", "-q", is_flag=True, help=_("Show errors only.", "แสดงเฉพาะข้อผิดพลาดระดับ error"))
@click.option(
    "--show-fixes",
    is_flag=True,
    help=_(
        "Text output: under each finding, what to write instead.", "แสดงวิธีแก้ใต้ข้อค้นพบแต่ละรายการ (รูปแบบ text)"
    ),
)
@click.option("--no-color", is_flag=True, help=_("No colours (also: NO_COLOR).", "ไม่ใช้สี (หรือตั้ง NO_COLOR)"))
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help=_(
        "Baseline file [default: .ita-lint-baseline.json if it exists].",
        "ไฟล์ baseline [ค่าเริ่มต้น: .ita-lint-baseline.json ถ้ามี]",
    ),
)
@click.option(
    "--write-baseline",
    is_flag=True,
    help=_(
        "Accept every current finding into the baseline; later runs report only new ones.",
        "บันทึกข้อค้นพบทั้งหมดตอนนี้ลง baseline ครั้งต่อไปจะรายงานเฉพาะข้อค้นพบใหม่",
    ),
)
@config_options
def check(
    paths: tuple[Path, ...],
    output_format: str,
    output: Path | None,
    fail_on: str | None,
    exit_zero: bool,
    statistics: bool,
    jobs: int | None,
    summary: str | None,
    no_cache: bool,
    cache_dir: Path | None,
    quiet: bool,
    show_fixes: bool,
    no_color: bool,
    baseline_file: Path | None,
    write_baseline: bool,
    lang: str | None,
    **selection: Any,
) -> None:
    from ita_lint import baseline, outputs

    if statistics and output_format not in STATISTICS_FORMS:
        raise click.UsageError(
            _("--statistics prints text, json or csv", "--statistics แสดงผลเป็น text, json หรือ csv")
        )
    from ita_lint.result_cache import ResultCache

    cache = None if no_cache else ResultCache(cache_dir)
    workspace = _workspace(**selection, lang=lang, fail_on=fail_on, baseline=baseline_file, cache=cache)
    try:
        here = workspace.settings_for(Path.cwd())
        language = here.lang or environment_language()
        # in one order whatever the order of the arguments: the same run gives the same report
        files = sorted(set(workspace.files(paths)), key=str)
        baseline_path = workspace.baseline_path(here)
        written = [p for p in (output, baseline_path if write_baseline else None) if p is not None]
        outputs.check_targets(written, files)
        accepted = None if write_baseline else workspace.baseline(here)
        rules = workspace.rules_of(here)
    except ConfigError as error:
        _fail(error)
    summaries: list[FileSummary] = []
    found = _findings(workspace, files, language, jobs or os.cpu_count() or 1, summaries, accepted)
    if write_baseline:
        try:
            count = baseline.write(baseline_path, list(found))
        except ConfigError as error:
            _fail(error)
        click.echo(
            _(f"{count} finding(s) written to {baseline_path}", f"บันทึก {count} รายการลง {baseline_path}"),
            err=True,
        )
        sys.exit(EXIT_CLEAN)
    threshold = Severity(here.fail_on).rank
    failed = False  # some finding reported is at or above --fail-on

    def reported(found: Iterable[Diagnostic]) -> Iterator[Diagnostic]:
        nonlocal failed
        for d in found:
            if quiet and d.severity is not Severity.ERROR:
                continue
            failed = failed or d.severity.rank >= threshold
            yield d

    name, options = output_format, {}
    if summary is not None:
        name, options = "summary", {"form": summary}
    elif statistics:
        name, options = "statistics", {"form": STATISTICS_FORMS[output_format]}
    color = output is None and not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()
    # Formats written a finding at a time take them as files are checked, so memory stays flat,
    # unless they go to the terminal that shows the progress line: they follow it there.
    streamed = streams(name) and (output is not None or not sys.stdout.isatty())
    diagnostics = reported(found) if streamed else list(reported(found))
    run = Run(
        diagnostics, [str(f) for f in files], rules, language, color, workspace.skipped, summaries, show_fixes
    )
    pieces = stream(name, run, **options)
    try:
        if output is None:
            for chunk in pieces:
                click.echo(chunk, nl=False)
        else:
            _write_report(output, pieces)
    except ConfigError as error:
        _fail(error)
    step_summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if output_format == "github" and step_summary_path and not statistics:
        from ita_lint.reporters.github import step_summary

        with open(step_summary_path, "a", encoding="utf-8") as page:  # appended: other steps write there too
            page.write(step_summary(run))
    sys.exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_CLEAN)


def _write_report(output: Path, pieces: Iterable[str]) -> None:
    """The report into `output`, through a temporary file renamed once it is whole."""
    from ita_lint import outputs

    try:
        with outputs.atomically(output) as file:
            for chunk in pieces:
                file.write(chunk.encode("utf-8"))
    except OSError as error:
        raise ConfigError(f"{output}: cannot write the report: {error.strerror or error}") from error


def _findings(
    workspace: Workspace,
    files: Sequence[Path],
    lang: str,
    jobs: int,
    summaries: list[FileSummary],
    accepted: Baseline | None,
) -> Iterator[Diagnostic]:
    """Each file's findings as its check ends, in the order of `files`, then those across files
    (a plan and a report of one agency), less those the baseline accepts. `summaries` gets each
    file's summary line as it is checked."""
    from ita_lint.progress import Progress

    progress = Progress(len(files), sys.stderr, lang)
    for file_summary, found in workspace.lint_all(files, lang, jobs):
        summaries.append(file_summary)
        progress.advance(len(found))
        yield from found if accepted is None else accepted.new(found)
    progress.close()
    across = sorted(workspace.lint_across(files, summaries, lang))
    yield from across if accepted is None else accepted.new(across)


@cli.command(
    name="rules",
    help=_(
        "List every rule: code, name, severity and what it checks.", "แสดงกฎทั้งหมด: รหัส ชื่อ ระดับ และสิ่งที่ตรวจ"
    ),
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help=_("Output format.", "รูปแบบผลลัพธ์"),
)
@rules_option
@lang_option
def list_rules(output_format: str, rule_dirs: tuple[Path, ...], lang: str | None) -> None:
    from ita_lint import rule_docs

    rules = _rules(rule_dirs)
    language = lang or environment_language()
    if output_format == "json":
        _echo_json([rule_docs.as_dict(r, language) for r in rules])
    elif output_format == "markdown":
        click.echo(rule_docs.markdown(rules), nl=False)
    else:
        width = max(len(r.name) for r in rules)
        for r in rules:
            click.echo(f"{r.code}  {r.name:<{width}}  {r.severity!s:<7}  {r.description[language]}")


@cli.command(
    name="rule",
    help=_(
        "Explain one rule: what it checks, why, examples and how to fix.",
        "อธิบายกฎ: สิ่งที่ตรวจ เหตุผล ตัวอย่าง และวิธีแก้",
    ),
)
@click.argument("code_or_name")
@rules_option
@lang_option
def explain_rule(code_or_name: str, rule_dirs: tuple[Path, ...], lang: str | None) -> None:
    from ita_lint import rule_docs

    rules = _rules(rule_dirs)
    rule = next((r for r in rules if code_or_name in (r.code, r.name)), None)
    if rule is None:
        from ita_lint.errors import did_you_mean

        hint = did_you_mean(code_or_name, [name for r in rules for name in (r.name, r.code)])
        raise click.BadParameter(
            _(
                f"no rule {code_or_name!r}{hint} (see `ita-lint rules`)",
                f"ไม่มีกฎ {code_or_name!r}{hint} (ดู `ita-lint rules`)",
            ),
            param_hint="CODE_OR_NAME",
        )
    click.echo(rule_docs.explain(rule, lang or environment_language()), nl=False)


@cli.command(
    name="test-rules",
    help=_(
        "Run the rules' own valid and invalid examples (built-in, and those in DIR).",
        "ทดสอบกฎด้วยตัวอย่าง valid/invalid ของกฎเอง (กฎในตัว และกฎในโฟลเดอร์ DIR)",
    ),
)
@click.argument("directories", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
def test_rules(directories: tuple[Path, ...]) -> None:
    from ita_lint import rule_tests

    rules = _rules(directories)
    # the rules of the given directories; all rules when none is given
    chosen = [r for r in rules if any(Path(r.source).parent.resolve() == d.resolve() for d in directories)]
    outcomes = rule_tests.run(chosen if directories else rules, rules)
    click.echo(rule_tests.report(outcomes), nl=False)
    sys.exit(EXIT_FINDINGS if any(not o.passed for o in outcomes) else EXIT_CLEAN)


@cli.command(
    name="config",
    help=_(
        "Show the settings in effect for a path and where each came from.",
        "แสดงค่าตั้งที่ใช้กับไฟล์หรือโฟลเดอร์ และที่มาของแต่ละค่า",
    ),
)
@click.argument("path", required=False, default=".", type=click.Path(exists=True, path_type=Path))
@config_options
def show_config(path: Path, lang: str | None, **selection: Any) -> None:
    from ita_lint.config import DEFAULT_SOURCE, KEYS

    workspace = _workspace(**selection, lang=lang)
    try:
        settings = workspace.settings_for(path)
        rules = settings.rules_for(path, workspace.rules_of(settings)) if path.is_file() else None
    except ConfigError as error:
        _fail(error)
    click.echo(f"root = {settings.root}")
    for key in KEYS:
        value = settings.effective(key)
        shown = '"ALL"' if key == "select" and value is None else _plain(value)
        click.echo(f"{key} = {shown}  # {settings.sources.get(key, DEFAULT_SOURCE)}")
    if rules is not None:
        click.echo(f"# rules for {path}: " + ", ".join(f"{r.code}={r.severity}" for r in rules))


def _plain(value: Any) -> str:
    """A setting as one line of JSON-like text."""
    import json

    return json.dumps(_jsonable(value), ensure_ascii=False)


def _echo_json(value: Any) -> None:
    import json  # only the commands that print JSON pay for it

    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def _jsonable(value: Any) -> Any:
    if hasattr(value, "_asdict"):  # a named tuple of settings: an override, the limits
        given = value._asdict().items()
        return {k.replace("_", "-"): _jsonable(v) for k, v in given if v not in ((), None, {})}
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


@cli.command(
    help=_(
        "Show how a document was read: blocks, tables and their columns, measures, agency and year.",
        "แสดงว่าอ่านเอกสารอย่างไร: บล็อก ตารางและคอลัมน์ มาตรการ หน่วยงาน และปีงบประมาณ",
    )
)
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help=_("Output format.", "รูปแบบผลลัพธ์"),
)
def inspect(path: Path, output_format: str) -> None:
    from ita_lint import inspect as inspection

    try:
        if output_format == "json":
            _echo_json(inspection.as_dict(path))
        else:
            click.echo(inspection.render(path), nl=False)
    except ReadError as error:
        click.echo(f"{path}: {_('cannot read', 'อ่านไม่ได้')}: {error}", err=True)
        sys.exit(EXIT_ERROR)


@cli.command(
    help=_(
        "Print the JSON Schema of the YAML/JSON record format.", "แสดง JSON Schema ของรูปแบบไฟล์ข้อมูล YAML/JSON"
    )
)
def schema() -> None:
    from ita_lint.readers import record_file

    _echo_json(record_file.schema())


def _rules(extra: Sequence[Path] = ()) -> list[Rule]:
    from ita_lint.ruleset import builtin_rules_dir, load_rules

    try:
        return load_rules([builtin_rules_dir(), *extra])
    except ConfigError as error:
        _fail(error)
        raise  # unreachable: _fail exits


@cli.command(
    help=_(
        "Convert reports (text exports, Word, spreadsheets, records) into YAML record files.",
        "แปลงรายงาน (ข้อความ Word สเปรดชีต) เป็นไฟล์ข้อมูล YAML",
    )
)
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help=_(
        "Write FILE's record to DIR/<name>.yaml instead of standard output.",
        "เขียนผลลง DIR/<ชื่อ>.yaml แทนการแสดงบนหน้าจอ",
    ),
)
def convert(files: tuple[Path, ...], output_dir: Path | None) -> None:
    from ita_lint import outputs, readers
    from ita_lint.convert import to_yaml

    targets = [output_dir / f"{path.stem}.yaml" for path in files] if output_dir is not None else []
    try:
        # every target checked before the first file is read: none is an input, none written twice
        outputs.check_targets(targets, files)
    except ConfigError as error:
        _fail(error)
    failed = False
    for index, path in enumerate(files):
        try:
            text = to_yaml(readers.read(path), path.name)
        except ReadError as error:
            click.echo(f"{path}: cannot convert: {error}", err=True)
            failed = True
            continue
        except Exception as error:  # one file's bug must not abort the batch
            click.echo(f"{path}: cannot convert: internal error: {type(error).__name__}: {error}", err=True)
            failed = True
            continue
        if output_dir is None:
            click.echo(("---\n" if index else "") + text, nl=False)
            continue
        try:
            outputs.write_atomically(targets[index], text.encode("utf-8"))
        except OSError as error:
            click.echo(f"{targets[index]}: cannot write: {error.strerror or error}", err=True)
            failed = True
            continue
        click.echo(f"{path} -> {targets[index]}", err=True)
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


@cli.command(
    help=_(
        "Serve the web page where agency staff check their files (and the JSON API, POST /api/check).",
        "เปิดหน้าเว็บสำหรับเจ้าหน้าที่หน่วยงานให้ตรวจไฟล์ได้เอง (และ JSON API ที่ POST /api/check)",
    )
)
@click.option(
    "--host", default="127.0.0.1", show_default=True, help=_("Address to listen on.", "ที่อยู่ที่รับการเชื่อมต่อ")
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help=_("Port.", "พอร์ต")
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help=_(
        "Processes that check files at once [default: CPU count].",
        "จำนวนโพรเซสที่ตรวจไฟล์พร้อมกัน [ค่าเริ่มต้น: จำนวน CPU]",
    ),
)
@click.option(
    "--max-upload-mb",
    default=20.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help=_("Largest request (all its files), in MB.", "ขนาดรวมสูงสุดของไฟล์ที่ส่งในครั้งเดียว (MB)"),
)
@click.option(
    "--max-files",
    default=10,
    show_default=True,
    type=click.IntRange(min=1),
    help=_("Most files in one request.", "จำนวนไฟล์สูงสุดต่อครั้ง"),
)
@click.option(
    "--timeout",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help=_("Seconds to answer a request before it is stopped.", "เวลาสูงสุด (วินาที) ในการตรวจหนึ่งครั้ง"),
)
@click.option(
    "--config",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help=_("Configuration every upload is checked with.", "ไฟล์การตั้งค่าที่ใช้ตรวจทุกไฟล์"),
)
def serve(
    host: str,
    port: int,
    workers: int | None,
    max_upload_mb: float,
    max_files: int,
    timeout: float,
    config: Path | None,
) -> None:
    try:
        import uvicorn

        from ita_lint.web.app import ServeSettings, create_app
    except ImportError as error:
        click.echo(
            _(
                f"ita-lint serve needs the web extra ({error.name} is missing): pip install -e '.[web]'",
                f"ita-lint serve ต้องติดตั้งส่วนเว็บเพิ่ม (ไม่พบ {error.name}): pip install -e '.[web]'",
            ),
            err=True,
        )
        sys.exit(EXIT_ERROR)
    from ita_lint.config import Finder

    try:
        Finder(config, isolated=True)  # a broken configuration stops here, not in every request
    except ConfigError as error:
        _fail(error)
    settings = ServeSettings(config, workers or os.cpu_count() or 1, max_upload_mb, max_files, timeout)
    # uvicorn's access log has the method, path and status: never a file name or its content
    uvicorn.run(create_app(settings), host=host, port=port, server_header=False)
